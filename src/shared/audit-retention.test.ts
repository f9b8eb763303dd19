// The public declarations' audit can be summarised and pruned by policy (issue 19, finding 5): a prune by the
// owner removes the rows of the days before a date and keeps their daily counts; the application's role can do
// neither.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { declarationAuditSummary, pruneDeclarationAudit } from './audit.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
  const rows: [string, string, string | null, string | null][] = [
    ['2021-08-01T10:00:00+07:00', 'qr:TG', 'checkpoint', 'TG'],
    ['2021-08-01T11:00:00+07:00', 'qr:TG', 'checkpoint', 'TG'],
    ['2021-08-01T23:59:00+07:00', 'clerk', null, null],
    // 17:30 UTC is 00:30 the next day in Viet Nam.
    ['2021-08-01T17:30:00Z', 'qr:TG', 'checkpoint', 'TG'],
    ['2021-08-03T09:00:00+07:00', 'qr:KS', 'accommodation', 'KS'],
  ];
  for (const [i, [at, actor, kind, code]] of rows.entries())
    await t.db.query(
      `INSERT INTO declaration_audit (province_code, at, actor, declaration_ref, site_kind, site_code)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [t.ctx.province, at, actor, `D-${i}`, kind, code],
    );
});
after(() => t.close());

const EXPECTED = [
  { day: '2021-08-01', actor: 'clerk', site_kind: '', site_code: '', declarations: 1 },
  { day: '2021-08-01', actor: 'qr:TG', site_kind: 'checkpoint', site_code: 'TG', declarations: 2 },
  { day: '2021-08-02', actor: 'qr:TG', site_kind: 'checkpoint', site_code: 'TG', declarations: 1 },
  { day: '2021-08-03', actor: 'qr:KS', site_kind: 'accommodation', site_code: 'KS', declarations: 1 },
];
const left = async () =>
  (await t.db.query<{ ref: string }>(`SELECT declaration_ref AS ref FROM declaration_audit ORDER BY 1`)).map(
    (r) => r.ref,
  );
/** As the owner of the tables (the login under the application's role). */
const asOwner = <T>(fn: (db: TestDb['db']) => Promise<T>) =>
  t.db.tx(async (tx) => {
    await tx.exec('SET LOCAL ROLE NONE');
    return fn(tx);
  });

test(`[${engineName}] the summary counts declarations per day in Viet Nam, actor and site`, async () => {
  assert.deepEqual(await declarationAuditSummary(t.db, t.ctx.province), EXPECTED);
  assert.deepEqual(await declarationAuditSummary(t.db, t.ctx.province, { from: '2021-08-02', to: '2021-08-02' }), [
    EXPECTED[2],
  ]);
});

test(`[${engineName}] the application's role can neither prune nor write the kept counts`, async () => {
  await assert.rejects(pruneDeclarationAudit(t.db, '2021-08-02'), /permission denied/);
  await assert.rejects(
    t.db.query(
      `INSERT INTO declaration_audit_daily (province_code, day, actor, declarations) VALUES ($1, '2021-07-01', 'x', 9)`,
      [t.ctx.province],
    ),
    /permission denied/,
  );
  assert.deepEqual(await left(), ['D-0', 'D-1', 'D-2', 'D-3', 'D-4']);
});

test(`[${engineName}] the owner's prune removes the days before the date and the summary stays the same`, async () => {
  assert.deepEqual(await asOwner((db) => pruneDeclarationAudit(db, '2021-08-02')), { pruned: 3 });
  assert.deepEqual(await left(), ['D-3', 'D-4']);
  assert.deepEqual(await declarationAuditSummary(t.db, t.ctx.province), EXPECTED);
  // A later prune adds to the counts kept; pruning the same days again removes nothing.
  assert.deepEqual(await asOwner((db) => pruneDeclarationAudit(db, '2021-08-03')), { pruned: 1 });
  assert.deepEqual(await asOwner((db) => pruneDeclarationAudit(db, '2021-08-03')), { pruned: 0 });
  assert.deepEqual(await left(), ['D-4']);
  assert.deepEqual(await declarationAuditSummary(t.db, t.ctx.province), EXPECTED);
});
