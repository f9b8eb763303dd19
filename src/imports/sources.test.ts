// The CSV reader against csv-parse (the reference): quoting, CRLF, BOM, empty lines, ragged rows, records cut at any
// chunk boundary, and malformed quoting named as such. No database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { readRows, spreadsheetText } from './sources.ts';

async function rows(text: string, chunk: number): Promise<string[][]> {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const out: string[][] = [];
  let bytesSeen = 0;
  for await (const batch of readRows(Readable.from(parts), 'csv', (n) => {
    bytesSeen = n;
  })) {
    for (const r of batch) {
      assert.equal(r.line, out.length + 1);
      out.push(r.cells as string[]);
    }
  }
  assert.equal(bytesSeen, bytes.length);
  return out;
}

const SAMPLE =
  '\uFEFFsample_ref,person_ref,note\n' +
  'S1,P1,plain\n' +
  '\n' +
  'S2,"P2","with ""quotes"", a comma\nand a new line"\n' +
  'S3,P3\n' +
  '"S4",,""\n' +
  'S5,Nguyễn Văn Ánh,"ct E:21,5"\n' +
  '\n' +
  'S6,P6,last without newline';

test('CSV records match csv-parse (LF and CRLF files), whatever the chunk boundaries', async () => {
  for (const text of [SAMPLE, SAMPLE.replaceAll('\n', '\r\n')]) {
    const want = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    assert.equal(want.length, 7);
    for (const chunk of [1, 2, 3, 7, 64, 1 << 16]) assert.deepEqual(await rows(text, chunk), want, `chunk ${chunk}`);
  }
});

test('malformed quoting is refused with a CSV_ code', async () => {
  for (const [text, code] of [
    ['a,b\n1,"x"y\n', 'CSV_INVALID_CLOSING_QUOTE'],
    ['a,b\n1,x"y\n', 'CSV_INVALID_OPENING_QUOTE'],
    ['a,b\n1,"never closed\n', 'CSV_QUOTE_NOT_CLOSED'],
  ]) {
    await assert.rejects(rows(text, 4), (e: { code?: string }) => e.code === code, text);
  }
});

test('spreadsheet cells become the text a CSV would carry', () => {
  const at = new Date('2021-09-05T08:30:00Z'); // Excel's wall clock, zone-less
  assert.equal(spreadsheetText(at, 'instant'), '2021-09-05 08:30:00');
  assert.equal(spreadsheetText(at, 'date'), '2021-09-05');
  assert.equal(spreadsheetText(44444.5, 'instant'), '2021-09-05 12:00:00');
  assert.equal(spreadsheetText(44444, 'date'), '2021-09-05');
  assert.equal(spreadsheetText(31321, 'text'), '31321');
  assert.equal(spreadsheetText({ richText: [{ text: 'Ng' }, { text: 'uyễn' }] }, 'text'), 'Nguyễn');
  assert.equal(spreadsheetText({ formula: 'A1', result: 7 }, 'text'), '7');
  assert.equal(spreadsheetText({ formula: 'A1' }, 'text'), '');
  assert.equal(spreadsheetText({ error: '#N/A' }, 'text'), '#N/A');
  assert.equal(spreadsheetText(null, 'text'), '');
});
