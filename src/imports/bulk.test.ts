// Long imports: progress while reading (rows, bytes, percent), the bulk-load path that rebuilds a table's indexes
// and foreign keys exactly as they were, and an Excel file through the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { deferringIndexes, type ImportProgress } from './pipeline.ts';
import { progressLine } from './progress.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
  const r = await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from(['person_ref,full_name,ward_code\nP1,Người Một,31321\n']),
  );
  assert.equal(r.inserted, 1);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] progress: rows and the share of the file read, then checking and writing`, async () => {
  const rows = ['sample_ref,person_ref,taken_at,method,result,result_at'];
  for (let i = 1; i <= 60_000; i++) rows.push(`Z${i},P1,2021-09-01 08:00,pcr,negative,2021-09-01 20:00`);
  const file = rows.join('\n') + '\n';
  const seen: ImportProgress[] = [];
  // In 64 KB pieces, as a file or an upload arrives.
  const bytes = Buffer.from(file);
  const pieces = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) =>
    bytes.subarray(i * 65536, (i + 1) * 65536),
  );
  const r = await importFile(t.db, t.ctx, 'samples', Readable.from(pieces), {
    totalBytes: file.length,
    onProgress: (p) => seen.push({ ...p }),
  });
  assert.deepEqual([r.inserted, r.rejected], [60_000, []]);
  const reading = seen.filter((p) => p.phase === 'reading');
  // Staging is written in 4 MB batches: at least one batch went before the end of the file.
  assert.ok(reading.length >= 1 && reading[0].rows > 0 && reading[0].rows < 60_000, JSON.stringify(reading));
  assert.ok(reading[0].bytes > 0 && reading[0].bytes <= file.length);
  assert.deepEqual(
    seen.slice(-2).map((p) => [p.phase, p.rows, p.bytes]),
    [
      ['checking', 60_000, file.length],
      ['applying', 60_000, file.length],
    ],
  );
  assert.equal(
    progressLine({ phase: 'reading', rows: 120_000, bytes: 45, totalBytes: 100 }, 'vi'),
    'đang đọc 120.000 dòng · 45%',
  );
  assert.equal(
    progressLine({ phase: 'checking', rows: 1500, bytes: 100, totalBytes: 100 }, 'en'),
    'checking 1,500 rows',
  );
});

const catalogue = async () =>
  t.db.query<{ what: string }>(
    `SELECT pg_get_indexdef(indexrelid) AS what FROM pg_index WHERE indrelid = 'samples'::regclass
   UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'samples'::regclass
   ORDER BY 1`,
  );

test(`[${engineName}] a bulk write drops the secondary indexes and foreign keys and restores them as they were`, async () => {
  const before = await catalogue();
  assert.ok(before.some((c) => /samples_taken/.test(c.what)) && before.some((c) => /FOREIGN KEY/.test(c.what)));
  await t.db.tx(async (tx) => {
    await deferringIndexes(tx, 'samples', async () => {
      const during = await tx.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM pg_index WHERE indrelid = 'samples'::regclass)::int
              + (SELECT count(*) FROM pg_constraint WHERE conrelid = 'samples'::regclass AND contype = 'f')::int AS n`,
      );
      assert.equal(during[0].n, 1); // the primary key alone
      await tx.query(
        `INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method)
                      SELECT $1, 'BULK' || i, (SELECT person_id FROM persons WHERE person_ref = 'P1'), now(), 'pcr' FROM generate_series(1, 10) i`,
        [t.ctx.province],
      );
    });
  });
  assert.deepEqual(await catalogue(), before);
  // A row breaking a key is caught when the key is restored, and the whole transaction rolls back.
  await assert.rejects(
    t.db.tx((tx) =>
      deferringIndexes(tx, 'samples', () =>
        tx.query(
          `INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method) VALUES ($1, 'ORPHAN', -1, now(), 'pcr')`,
          [t.ctx.province],
        ),
      ),
    ),
  );
  assert.deepEqual(await catalogue(), before);
  assert.equal((await t.db.query(`SELECT 1 FROM samples WHERE sample_ref IN ('ORPHAN', 'BULK1')`)).length, 1);
});

test(`[${engineName}] the command line imports an Excel workbook (.xlsx)`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-xlsx-'));
  try {
    // The file handling is the point here, so the embedded database serves on both runs (cli.test.ts covers a server).
    const env = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'en_US.UTF-8', DATABASE_URL: '' };
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
    assert.equal(cli('init', '--province', '93').status, 0);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['person_ref', 'full_name', 'birth_date', 'ward_code']);
    ws.addRow(['X1', 'Nguyễn Văn Xuân', new Date('1985-04-30T00:00:00Z'), 31321]);
    ws.addRow(['X2', 'Trần Thị Hạ', null, '31324']);
    ws.getColumn(3).numFmt = 'dd/mm/yyyy';
    const file = join(dir, 'persons.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = cli('import', 'persons', file);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { kind: 'persons', rows: 2, inserted: 2, updated: 0, rejected: [] });
    writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
    const bad = cli('import', 'persons', join(dir, 'broken.xlsx'));
    assert.equal(bad.status, 2);
    assert.match(JSON.parse(bad.stdout).rejected[0].reason, /Unreadable Excel/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
