// The `samples` and `pool_results` imports: a re-import changes nothing, bad rows are all named and nothing is
// written, pool limits and corrections, and the same file as an Excel workbook (dates as Excel stores them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import type { ImportOptions } from '../imports/pipeline.ts';
import { testingFigures } from './figures.ts';

let t: TestDb;
const load = (kind: string, body: string | Buffer, opts: ImportOptions = {}) =>
  importFile(t.db, t.ctx, kind, Readable.from([body]), opts);
const lines = (r: { rejected: { line: number; column: string }[] }) => r.rejected.map((x) => [x.line, x.column]);
const one = async (sql: string) => (await t.db.query<{ n: number }>(sql))[0].n;
const tally = async () => ({
  samples: await one('SELECT count(*)::int AS n FROM samples'),
  pools: await one('SELECT count(*)::int AS n FROM pools'),
  history: await one('SELECT count(*)::int AS n FROM sample_result_history'),
  cases: await one('SELECT count(*)::int AS n FROM cases'),
  // Audited changes: every import run is audited as a batch, even one that changes nothing.
  audit: await one(`SELECT count(*)::int AS n FROM audit_log WHERE action <> 'import'`),
});

const SAMPLES =
  'sample_ref,person_ref,taken_at,method,pool_ref,result,result_at,lab,specimen,ct_values\n' +
  'A1,K1,2021-09-01 08:00,pcr,GA,,,CDC,nasopharyngeal,\n' +
  'A2,K2,2021-09-01 08:05,RT-PCR,GA,,,CDC,,\n' +
  'A3,K3,2021-09-01T08:10:00+07:00,pcr,GB,,,CDC,,\n' +
  'A4,K4,2021-09-01 09:00,pcr,,positive,2021-09-01 21:00,CDC,,"E:21,5;N:23.0"\n' +
  'A5,K5,2021-09-01 09:30,rapid_antigen,,negative,2021-09-01 09:45,,nasal,\n';
const POOLS = 'pool_ref,result,result_at\nGA,negative,2021-09-01 20:00\nGB,positive,2021-09-01 20:00\n';

before(async () => {
  t = await testDb();
  const persons = ['person_ref,full_name,ward_code'];
  for (let i = 1; i <= 9; i++) persons.push(`K${i},Người K${i},${i <= 6 ? '31321' : '31340'}`);
  assert.equal((await load('persons', persons.join('\n') + '\n')).inserted, 9);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] samples and pool results import; the same files again change nothing`, async () => {
  const r1 = await load('samples', SAMPLES);
  assert.deepEqual([r1.rows, r1.inserted, r1.updated, r1.rejected], [5, 5, 0, []]);
  const r2 = await load('pool_results', POOLS);
  assert.deepEqual([r2.inserted, r2.updated], [2, 0]);
  const [a4] = await t.db.query<{ method: string; ct_values: unknown }>(
    `SELECT method, ct_values FROM samples WHERE sample_ref = 'A4'`,
  );
  assert.deepEqual(a4, { method: 'pcr', ct_values: { E: 21.5, N: 23 } });
  // The positive PCR (A4) confirmed K4 in the import's transaction.
  assert.equal(
    await one(
      `SELECT count(*)::int AS n FROM cases c JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'K4'`,
    ),
    1,
  );

  const before = await tally();
  assert.deepEqual(before, { samples: 5, pools: 2, history: 0, cases: 1, audit: before.audit });
  for (const [kind, csv] of [
    ['samples', SAMPLES],
    ['pool_results', POOLS],
  ]) {
    const again = await load(kind, csv);
    assert.deepEqual([again.inserted, again.updated, again.rejected], [0, 0, []], kind);
  }
  assert.deepEqual(await tally(), before);
  // At 2021-09-02: A1 A2 negative by GA; A3 pending (positive pool); A4 positive; A5 negative.
  const f = await testingFigures(t.db, t.ctx, new Date('2021-09-02T00:00:00+07:00'));
  assert.deepEqual([f.samples_taken, f.negative, f.positive, f.invalid, f.pending], [5, 3, 1, 0, 1]);
  assert.deepEqual(f.by_method.rapid_antigen, {
    samples_taken: 1,
    samples_taken_new: 1,
    negative: 1,
    positive: 0,
    invalid: 0,
    pending: 0,
  });
  assert.deepEqual(f.pooled, { samples: 3, pools: 2, pools_tested: 2, pools_positive: 1 });
});

test(`[${engineName}] a later file without results keeps them; a changed result is a correction kept in history`, async () => {
  // The sampling team's list again, without results: nothing changes.
  const list = await load('samples', 'sample_ref,person_ref,taken_at,method\nA4,K4,2021-09-01 09:00,pcr\n');
  assert.deepEqual([list.inserted, list.updated], [0, 0]);
  // The lab corrects A5 (negative → positive).
  const fix = await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,result,result_at\nA5,K5,2021-09-01 09:30,rapid_antigen,positive,2021-09-01 10:00\n',
  );
  assert.deepEqual([fix.inserted, fix.updated], [0, 1]);
  const h = await t.db.query<{ sample_ref: string; result: string; superseded_by: string }>(
    'SELECT sample_ref, result, superseded_by FROM sample_result_history',
  );
  assert.deepEqual(h, [{ sample_ref: 'A5', result: 'negative', superseded_by: 'test' }]);
  const [a] = await t.db.query<{ b: string; a: string }>(
    `SELECT before->>'result' AS b, after->>'result' AS a FROM audit_log WHERE action = 'update' AND entity = 'sample' AND entity_key = 'A5'`,
  );
  assert.deepEqual(a, { b: 'negative', a: 'positive' });
});

test(`[${engineName}] a file with bad rows imports nothing and names every bad row`, async () => {
  const before = await tally();
  const file =
    'sample_ref,person_ref,taken_at,method,pool_ref,result,result_at,ct_values\n' +
    'B1,K1,2021-09-03 08:00,pcr,,,,\n' + // 2: good
    'B2,NOBODY,2021-09-03 08:00,pcr,,,,\n' + // 3: unknown person_ref
    'B3,K2,2021-09-03 08:00,pcr,,positive,,\n' + // 4: result without result_at
    'B4,K3,2021-09-03 08:00,elisa,,,,\n' + // 5: unknown method
    'B5,K3,2021-09-03 08:00,pcr,,negative,2021-09-03 20:00,E:99\n' + // 6: Ct out of range
    'B6,K4,2021-09-03 08:00,rapid_antigen,GX,,,\n' + // 7: a rapid test in a pool
    'B7,K5,2021-09-03 08:00,pcr,,,2021-09-03 20:00,\n'; // 8: result_at without a result
  const r = await load('samples', file);
  assert.deepEqual(lines(r), [
    [3, 'person_ref'],
    [4, 'result_at'],
    [5, 'method'],
    [6, 'ct_values'],
    [7, 'pool_ref'],
    [8, 'result_at'],
  ]);
  assert.match(r.rejected[0].reason, /NOBODY/);
  assert.equal(r.inserted + r.updated, 0);
  assert.deepEqual(await tally(), before);
  const en = await importFile(t.db, { ...t.ctx, lang: 'en' }, 'samples', Readable.from([file]));
  assert.equal(en.rejected[2].reason, 'Invalid value "elisa", allowed: pcr, rapid_antigen');
});

test(`[${engineName}] a pool over the rule set's limit is rejected on every line of it`, async () => {
  const rows = ['sample_ref,person_ref,taken_at,method,pool_ref'];
  for (let i = 1; i <= 6; i++) rows.push(`P${i},K${i},2021-09-04 08:00,pcr,GP`);
  rows.push('P7,K7,2021-09-04 08:00,pcr,GQ');
  const r = await load('samples', rows.join('\n') + '\n');
  assert.deepEqual(
    lines(r),
    [2, 3, 4, 5, 6, 7].map((l) => [l, 'pool_ref']),
  );
  assert.equal(r.rejected[0].reason, 'Mẫu gộp GP có 6 mẫu, vượt giới hạn 5 mẫu');
  // Existing members count too: GA already holds A1, A2; four more make six.
  const more = await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,pool_ref\n' +
      ['Q3,K3', 'Q4,K4', 'Q5,K5', 'Q6,K6'].map((x) => `${x},2021-09-01 08:00,pcr,GA`).join('\n') +
      '\n',
  );
  assert.deepEqual(
    lines(more),
    [2, 3, 4, 5].map((l) => [l, 'pool_ref']),
  );
  // Moving A1 out of GA in the same file leaves room: 1 + 4 = 5.
  const moved = await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,pool_ref\nA1,K1,2021-09-01 08:00,pcr,GZ\n' +
      ['Q3,K3', 'Q4,K4', 'Q5,K5', 'Q6,K6'].map((x) => `${x},2021-09-01 08:00,pcr,GA`).join('\n') +
      '\n',
  );
  assert.deepEqual([moved.rejected, moved.inserted, moved.updated], [[], 4, 1]);
});

test(`[${engineName}] a household pool (one address) may hold 15 samples in a file, not 16`, async () => {
  const people = await load(
    'persons',
    'person_ref,full_name,ward_code,address\n' +
      Array.from({ length: 16 }, (_, i) => `HH${i + 1},Thành viên ${i + 1},31321,"12 Trần Hưng Đạo, khu vực 3"`).join(
        '\n',
      ) +
      '\n',
  );
  assert.equal(people.inserted, 16);
  const pooled = (n: number, pool: string) =>
    'sample_ref,person_ref,taken_at,method,pool_ref\n' +
    Array.from({ length: n }, (_, i) => `${pool}-${i + 1},HH${i + 1},2021-09-05 08:00,pcr,${pool}`).join('\n') +
    '\n';
  const fifteen = await load('samples', pooled(15, 'GH15'));
  assert.deepEqual([fifteen.rejected, fifteen.inserted], [[], 15]);
  const sixteen = await load('samples', pooled(16, 'GH16'));
  assert.equal(sixteen.rejected.length, 16);
  assert.equal(sixteen.rejected[0].reason, 'Mẫu gộp GH16 có 16 mẫu, vượt giới hạn 15 mẫu');
});

/** The workbook a lab sends: dates as Excel date cells, a number where a text is expected, an empty row. */
async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả');
  for (const r of rows) ws.addRow(r);
  ws.getColumn(3).numFmt = 'dd/mm/yyyy hh:mm';
  ws.getColumn(7).numFmt = 'dd/mm/yyyy hh:mm';
  wb.addWorksheet('Ghi chú').addRow(['not read']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
// Excel keeps wall-clock times without a zone: exceljs hands them over as UTC fields.
const excel = (s: string) => new Date(s + ':00Z');

test(`[${engineName}] samples from an Excel workbook: Excel dates and numbers read as the CSV would be`, async () => {
  const header = [
    'sample_ref',
    'person_ref',
    'taken_at',
    'method',
    'pool_ref',
    'result',
    'result_at',
    'lab',
    'ct_values',
  ];
  const file = await workbook([
    header,
    ['X1', 'K7', excel('2021-09-05T08:00'), 'pcr', null, 'positive', excel('2021-09-05T20:00'), 'CDC', 24.5],
    [],
    [
      'X2',
      'K8',
      '2021-09-05 08:30',
      { richText: [{ text: 'rapid_' }, { text: 'antigen' }] },
      null,
      'negative',
      44444.375,
      'CDC',
      null,
    ],
    [
      'X3',
      'K9',
      excel('2021-09-05T09:00'),
      'pcr',
      null,
      { formula: '"pending"', result: 'pending' },
      null,
      'CDC',
      null,
    ],
  ]);
  const r = await load('samples', file, { format: 'xlsx' });
  // 44444.375 is 2021-09-05 09:00 as an unformatted Excel serial number.
  assert.deepEqual([r.rows, r.inserted, r.rejected], [3, 3, []]);
  const got = await t.db.query<{
    sample_ref: string;
    taken_at: Date;
    method: string;
    result_at: Date | null;
    ct_values: unknown;
  }>(`SELECT sample_ref, taken_at, method, result_at, ct_values FROM samples WHERE sample_ref LIKE 'X%' ORDER BY 1`);
  assert.deepEqual(
    got.map((g) => [g.sample_ref, g.taken_at.toISOString(), g.method, g.result_at?.toISOString() ?? null, g.ct_values]),
    [
      ['X1', '2021-09-05T01:00:00.000Z', 'pcr', '2021-09-05T13:00:00.000Z', { Ct: 24.5 }],
      ['X2', '2021-09-05T01:30:00.000Z', 'rapid_antigen', '2021-09-05T02:00:00.000Z', null],
      ['X3', '2021-09-05T02:00:00.000Z', 'pcr', null, null],
    ],
  );
  assert.deepEqual(
    [
      (await load('samples', file, { format: 'xlsx' })).inserted,
      (await load('samples', file, { format: 'xlsx' })).updated,
    ],
    [0, 0],
  );

  // Rejections name the worksheet's row numbers (row 3 is empty).
  const bad = await workbook([
    header,
    ['Y1', 'NOBODY', excel('2021-09-05T08:00'), 'pcr'],
    [],
    ['Y2', 'K7', 'hôm qua', 'pcr'],
  ]);
  const rb = await load('samples', bad, { format: 'xlsx' });
  assert.deepEqual(lines(rb), [
    [2, 'person_ref'],
    [4, 'taken_at'],
  ]);
  const broken = await load('samples', Buffer.from('not a zip file'), { format: 'xlsx' });
  assert.deepEqual(lines(broken), [[1, '']]);
  assert.match(broken.rejected[0].reason, /Excel/);
});
