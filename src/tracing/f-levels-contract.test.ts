// f_levels_at() against docs/contracts/daily-report.md "F-levels at T", on a hand-worked chain.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);

before(async () => {
  t = await testDb();
  await load(
    'persons',
    'person_ref,full_name\n' +
      'ABCDEFGH'
        .split('')
        .map((x) => `${x},Người ${x}`)
        .join('\n') +
      '\n',
  );
  await load('cases', 'person_ref,confirmed_at\nA,2021-09-01 08:00\nF,2021-09-02 10:00\nG,2021-08-20 08:00\n');
  await load('outcomes', 'person_ref,outcome,at\nG,discharged,2021-09-03 09:00\n');
  // A–B 30/8, B–C 31/8, C–D 1/9, A–F 1/9, A–E 10/8 (old), G–H 1/9. Direction does not matter (B–C given as C→B).
  await load(
    'exposures',
    'source_ref,contact_ref,exposed_on\nA,B,2021-08-30\nC,B,2021-08-31\nC,D,2021-09-01\nA,F,2021-09-01\nA,E,2021-08-10\nG,H,2021-09-01\n',
  );
});
after(async () => {
  await t.close();
});

async function levels(at: string, max = 2): Promise<Record<string, number>> {
  const rows = await t.db.query<{ person_ref: string; level: number }>(
    `SELECT p.person_ref, f.level FROM f_levels_at($1, $2::timestamptz, $3) f
       JOIN persons p ON p.province_code = $1 AND p.person_id = f.person_id ORDER BY 1`,
    [t.ctx.province, at, max],
  );
  return Object.fromEntries(rows.map((r) => [r.person_ref, r.level]));
}

test(`[${engineName}] levels at 5/9 06:30: A, F sources; B F1; C F2; D F3; recovered G's contact H none`, async () => {
  assert.deepEqual(await levels('2021-09-05T06:30:00+07:00'), { A: 0, B: 1, C: 2, F: 0 });
  assert.deepEqual(await levels('2021-09-05T06:30:00+07:00', 3), { A: 0, B: 1, C: 2, D: 3, F: 0 });
});

test(`[${engineName}] levels at 2/9 06:30: F not yet confirmed is F1; G still active makes H F1`, async () => {
  assert.deepEqual(await levels('2021-09-02T06:30:00+07:00'), { A: 0, B: 1, C: 2, F: 1, G: 0, H: 1 });
});

test(`[${engineName}] the contact window (14 days, by Viet Nam day) drops old edges`, async () => {
  // 13/9: window from 30/8 — A–B still counts. 14/9: from 31/8 — A–B is gone, and B, C, D with it.
  assert.deepEqual(await levels('2021-09-13T23:59:59+07:00'), { A: 0, B: 1, C: 2, F: 0 });
  assert.deepEqual(await levels('2021-09-14T00:00:00+07:00'), { A: 0, F: 0 });
  // 13/9 23:59:59 in Viet Nam is 16:59:59 UTC: the day is taken in Viet Nam time, not UTC.
  assert.deepEqual(await levels('2021-09-13T16:59:59Z'), { A: 0, B: 1, C: 2, F: 0 });
});

test(`[${engineName}] exactly at confirmation and outcome instants`, async () => {
  assert.equal((await levels('2021-09-02T10:00:00+07:00')).F, 0); // confirmed_at ≤ T
  assert.equal((await levels('2021-09-03T09:00:00+07:00')).G, undefined); // outcome at ≤ T: no longer a source
  assert.equal((await levels('2021-09-03T08:59:59+07:00')).G, 0);
});
