// Rows written by an import are audited (issue 19, finding 5): the batch with its facts, each inserted row by its
// key, each updated row with its before and after, in the import's own transaction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import type { Ctx } from '../shared/context.ts';

let t: TestDb;
let clerk: Ctx;
before(async () => {
  t = await testDb();
  clerk = { ...t.ctx, actor: 'clerk' };
});
after(() => t.close());

let seen = 0;
async function audited() {
  const rows = await t.db.query<{
    audit_id: number;
    actor: string;
    action: string;
    entity: string;
    entity_key: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }>(
    `SELECT audit_id, actor, action, entity, entity_key, before, after FROM audit_log WHERE audit_id > $1 ORDER BY audit_id`,
    [seen],
  );
  if (rows.length) seen = rows[rows.length - 1].audit_id;
  return rows;
}
const csv = (s: string) => Readable.from([s]);

test(`[${engineName}] a file of new rows: each inserted row by its key, then the batch`, async () => {
  await audited();
  const r = await importFile(
    t.db,
    clerk,
    'persons',
    csv('person_ref,full_name,ward_code\nB1,Lê Văn Một,31321\nB2,Lê Thị Hai,31321\n'),
    { fileName: 'persons-1.csv' },
  );
  assert.deepEqual([r.inserted, r.updated], [2, 0]);
  const rows = await audited();
  assert.deepEqual(
    rows
      .slice(0, 2)
      .map((a) => [a.actor, a.action, a.entity, a.entity_key, a.before, a.after])
      .sort(),
    [
      ['clerk', 'insert', 'person', 'B1', null, null],
      ['clerk', 'insert', 'person', 'B2', null, null],
    ],
  );
  assert.equal(rows.length, 3);
  const batch = rows[2];
  assert.deepEqual([batch.actor, batch.action, batch.entity], ['clerk', 'import', 'import_run']);
  assert.deepEqual(
    {
      kind: batch.after!.kind,
      file_name: batch.after!.file_name,
      actor: batch.after!.actor,
      rows: batch.after!.rows,
      inserted: batch.after!.inserted,
      updated: batch.after!.updated,
      rejected: batch.after!.rejected,
    },
    { kind: 'persons', file_name: 'persons-1.csv', actor: 'clerk', rows: 2, inserted: 2, updated: 0, rejected: 0 },
  );
  assert.equal(batch.entity_key, String(batch.after!.import_id));
});

test(`[${engineName}] a file that changes a row and adds one: the update with before and after, the insert by key`, async () => {
  await audited();
  const r = await importFile(
    t.db,
    clerk,
    'persons',
    // B1 unchanged, B2 renamed, B3 new.
    csv('person_ref,full_name,ward_code\nB1,Lê Văn Một,31321\nB2,Lê Thị Hai Mới,31321\nB3,Lê Văn Ba,31321\n'),
    { fileName: 'persons-2.csv' },
  );
  assert.deepEqual([r.inserted, r.updated], [1, 1]);
  const rows = await audited();
  const perRow = rows.filter((a) => a.entity === 'person');
  assert.deepEqual(perRow.map((a) => [a.action, a.entity_key]).sort(), [
    ['insert', 'B3'],
    ['update', 'B2'],
  ]);
  const update = perRow.find((a) => a.action === 'update')!;
  assert.equal(update.before!.full_name, 'Lê Thị Hai');
  assert.equal(update.after!.full_name, 'Lê Thị Hai Mới');
  const batches = rows.filter((a) => a.action === 'import');
  assert.deepEqual(
    batches.map((b) => [b.after!.file_name, b.after!.rows, b.after!.inserted, b.after!.updated]),
    [['persons-2.csv', 3, 1, 1]],
  );
});

test(`[${engineName}] a rejected file writes nothing and audits nothing`, async () => {
  await audited();
  const r = await importFile(t.db, clerk, 'persons', csv('person_ref,full_name,ward_code\nB4,Lê Văn Bốn,99999\n'));
  assert.equal(r.rejected.length, 1);
  assert.deepEqual(await audited(), []);
});
