// Where import rows come from: a CSV or an Excel (XLSX) file, both streamed, both turned into the same batches of
// records (line number + cells) so every kind accepts either. Bytes read are counted for the progress indicator.
import { Transform, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

export type ImportFormat = 'csv' | 'xlsx';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A record: its line (1 = header; CSV: record number, XLSX: the sheet's row number) and its cells. */
export interface SourceRow {
  line: number;
  cells: unknown[];
}

/** The format of a file, from its name. */
export function formatOf(fileName: string): ImportFormat {
  return /\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv';
}

/** Batches of records from `input`; `counted` is told the bytes read so far. */
export function readRows(
  input: Readable,
  format: ImportFormat,
  counted: (bytes: number) => void,
): AsyncIterable<SourceRow[]> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      counted(bytes);
      done(null, chunk);
    },
  });
  input.on('error', (e) => counter.destroy(e));
  const counting = input.pipe(counter);
  return format === 'xlsx' ? xlsxRows(counting) : csvRows(counting);
}

const BATCH = 1000;

/**
 * RFC 4180 records, streamed: comma-separated, `"` quoting with `""` inside, LF or CRLF between records, a UTF-8
 * BOM dropped, empty lines skipped, rows of any length. A line without quotes (nearly all of a lab's file) is cut
 * with split(); only quoted records go through the character loop. Malformed quoting throws an error whose code
 * starts with CSV_.
 */
async function* csvRows(input: Readable): AsyncIterable<SourceRow[]> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  let line = 0;
  let started = false;
  const take = (eof: boolean): SourceRow[] => {
    const rows: SourceRow[] = [];
    const used = parseRecords(
      text,
      eof,
      (cells) => rows.push({ line: ++line, cells }),
      () => line + rows.length + 1,
    );
    text = text.slice(used);
    return rows;
  };
  for await (const chunk of input) {
    text += decoder.write(chunk as Buffer);
    if (!started && text) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      started = true;
    }
    const rows = take(false);
    if (rows.length) yield rows;
  }
  text += decoder.end();
  const rows = take(true);
  if (rows.length) yield rows;
}

function csvError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Parses whole records from `text`; returns how much was used (the rest waits for more input unless `eof`). */
function parseRecords(text: string, eof: boolean, emit: (cells: string[]) => void, recordNo: () => number): number {
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0 && !eof) break;
    const end = nl < 0 ? n : nl;
    const quote = text.indexOf('"', pos);
    if (quote < 0 || quote >= end) {
      const record = text.charCodeAt(end - 1) === 13 && end > pos ? text.slice(pos, end - 1) : text.slice(pos, end);
      pos = end + 1;
      if (record !== '') emit(record.split(','));
      continue;
    }
    const next = quotedRecord(text, pos, eof, emit, recordNo);
    if (next < 0) break;
    pos = next;
  }
  return Math.min(pos, n);
}

/** One record holding quotes, from `pos`: the position after it, or -1 when the text ends inside it. */
function quotedRecord(
  text: string,
  pos: number,
  eof: boolean,
  emit: (cells: string[]) => void,
  recordNo: () => number,
): number {
  const n = text.length;
  const cells: string[] = [];
  let i = pos;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0 || (k + 1 >= n && !eof)) {
          if (!eof) return -1;
          throw csvError(
            'CSV_QUOTE_NOT_CLOSED',
            `Quoted field not closed at the end of the file (record ${recordNo()})`,
          );
        }
        if (text.charCodeAt(k + 1) === 34) {
          value += text.slice(j, k + 1);
          j = k + 2;
          continue;
        }
        value += text.slice(j, k);
        i = k + 1;
        break;
      }
      cells.push(value);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 10) {
        emit(cells);
        return i + 1;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        emit(cells);
        return i + 2;
      }
      if (i >= n || (c === 13 && i + 1 >= n)) {
        if (!eof) return -1;
        emit(cells);
        return n;
      }
      throw csvError(
        'CSV_INVALID_CLOSING_QUOTE',
        `Invalid closing quote: "${text[i]}" after a quoted field (record ${recordNo()})`,
      );
    }
    let k = i;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === 44 || c === 10) break;
      if (c === 34)
        throw csvError('CSV_INVALID_OPENING_QUOTE', `A quote inside an unquoted field (record ${recordNo()})`);
      k++;
    }
    if (k >= n && !eof) return -1;
    const atNewline = k < n && text.charCodeAt(k) === 10;
    cells.push(atNewline && text.charCodeAt(k - 1) === 13 && k > i ? text.slice(i, k - 1) : text.slice(i, k));
    if (k < n && text.charCodeAt(k) === 44) {
      i = k + 1;
      continue;
    }
    emit(cells);
    return atNewline ? k + 1 : k;
  }
}

/** The first worksheet's rows; empty rows are skipped, later worksheets are read through and ignored. */
async function* xlsxRows(input: Readable): AsyncIterable<SourceRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let first = true;
  for await (const sheet of reader) {
    let batch: SourceRow[] = [];
    for await (const row of sheet) {
      if (!first) continue;
      const values = (row.values as unknown[]).slice(1); // exceljs rows are 1-based
      if (values.every((v) => v === null || v === undefined || v === '')) continue;
      batch.push({ line: row.number, cells: values });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    first = false;
  }
}

export type CellHint = 'date' | 'instant' | 'text';

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH_DAYS = 25569; // serial of 1970-01-01 (1900 date system)

/**
 * A spreadsheet cell as the text a CSV would carry. Excel keeps dates and times without a zone: a date cell arrives
 * as a Date whose UTC fields are the wall-clock time (or as a serial number when unformatted), and becomes
 * `YYYY-MM-DD` for a date column or `YYYY-MM-DD HH:MM:SS` (read as Viet Nam time) for an instant column.
 */
export function spreadsheetText(v: unknown, hint: CellHint): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && hint !== 'text')
    return spreadsheetText(new Date(Math.round((v - EXCEL_EPOCH_DAYS) * 86400) * 1000), hint);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    return hint === 'date' ? day : `${day} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}`;
  }
  const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('formula' in o || 'sharedFormula' in o || 'result' in o) return spreadsheetText(o.result, hint);
  if (o.text !== undefined) return spreadsheetText(o.text, hint);
  if (o.error) return o.error;
  return String(v);
}
