// The care and severity imports' refusals (issue 21, "Bad input": line and column, nothing written) and the outcome
// an episode's end proposes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { importFile } from '../app/imports.ts';

let t: TestDb;
const run = (kind: string, csv: string) => importFile(t.db, t.ctx, kind, Readable.from([csv]));
const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

before(async () => {
  t = await testDb();
  await load(
    t,
    'persons',
    `person_ref,full_name,ward_code
P1,Một,31321
P2,Hai,31321
P3,Ba,31324
P4,Bốn,31324
NC,Không phải ca,31321
`,
  );
  await load(
    t,
    'facilities',
    `facility_code,name,kind,ward_code,beds,tier
T2,Bệnh viện hai giường,treatment,31321,2,2
Q1,Khu cách ly,quarantine,31321,50,
`,
  );
  await load(
    t,
    'cases',
    `person_ref,confirmed_at
P1,2021-09-01 08:00
P2,2021-09-01 08:00
P3,2021-09-01 08:00
P4,2021-09-01 08:00
`,
  );
  await load(t, 'outcomes', `person_ref,outcome,at\nP4,transferred_out,2021-09-05 08:00\n`);
  await load(t, 'care', `person_ref,setting,facility_code,start_at\nP1,facility,T2,2021-09-02 08:00\n`);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] care: every bad row named by line and column, nothing written`, async () => {
  const r = await run(
    'care',
    `person_ref,setting,facility_code,start_at,end_at,end_reason
P2,facility,XX,2021-09-03 08:00,,
P2,facility,Q1,2021-09-03 08:00,,
P3,home,,2021-09-04 08:00,2021-09-03 08:00,recovered
NC,home,,2021-09-04 08:00,,
P1,home,,2021-09-03 08:00,,
P3,facility,,2021-09-04 08:00,,
P3,home,,2021-09-06 08:00,2021-09-07 08:00,
`,
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'facility_code'], // unknown facility
      [3, 'facility_code'], // a quarantine facility
      [4, 'end_at'], // end before start
      [5, 'person_ref'], // not a case
      [6, 'start_at'], // P1 is still at T2 since 2/9: overlapping open episodes
      [7, 'facility_code'], // a facility episode without a facility
      [8, 'end_reason'], // an end without a reason
    ],
  );
  assert.match(r.rejected[4].reason, /02\/09\/2021 08:00/);
  assert.equal(r.inserted, 0);
  assert.equal(await count('care_episodes'), 1);
});

test(`[${engineName}] care: a full facility refused without an override reason, taken with one`, async () => {
  // T2 has 2 beds and P1 in one: P2 fits, P3 at the same instant does not.
  const csv = `person_ref,setting,facility_code,start_at,override_reason
P2,facility,T2,2021-09-03 08:00,
P3,facility,T2,2021-09-03 09:00,%
`;
  const refused = await run('care', csv.replace('%', ''));
  assert.deepEqual(
    refused.rejected.map((x) => [x.line, x.column]),
    [[3, 'facility_code']],
  );
  assert.match(refused.rejected[0].reason, /T2: 2\/2/);
  assert.equal(await count('care_episodes'), 1);
  const taken = await run('care', csv.replace('%', 'Bệnh nhân nặng, chờ chuyển tuyến'));
  assert.deepEqual(taken.rejected, []);
  assert.equal(taken.inserted, 2);
});

test(`[${engineName}] an episode ended recovered or died proposes the outcome once, never over one recorded`, async () => {
  const r = await run(
    'care',
    `person_ref,setting,facility_code,start_at,end_at,end_reason
P1,facility,T2,2021-09-02 08:00,2021-09-12 08:00,recovered
P2,facility,T2,2021-09-03 08:00,2021-09-06 08:00,transferred
P2,home,,2021-09-06 08:00,2021-09-10 10:00,died
P4,home,,2021-09-01 09:00,2021-09-04 08:00,recovered
`,
  );
  assert.deepEqual(r.rejected, []);
  const outcomes = await t.db.query<{ person_ref: string; outcome: string; at: Date }>(
    `SELECT p.person_ref, o.outcome, o.at FROM outcomes o JOIN persons p USING (province_code, person_id) ORDER BY 1`,
  );
  assert.deepEqual(
    outcomes.map((o) => [o.person_ref, o.outcome, o.at.toISOString()]),
    [
      ['P1', 'discharged', '2021-09-12T01:00:00.000Z'],
      ['P2', 'died', '2021-09-10T03:00:00.000Z'],
      ['P4', 'transferred_out', '2021-09-05T01:00:00.000Z'], // recorded before: kept, nothing added
    ],
  );
  const [audited] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'outcome' AND after->>'proposed_by' = 'care_episode'`,
  );
  assert.equal(audited.n, 2);
});

test(`[${engineName}] severity: not a case and a bad value refused; oxygen defaults to none`, async () => {
  const bad = await run(
    'severity',
    `person_ref,observed_at,severity,oxygen
NC,2021-09-03 08:00,mild,
P1,2021-09-03 08:00,serious,
`,
  );
  assert.deepEqual(
    bad.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'person_ref'],
      [3, 'severity'],
    ],
  );
  await load(t, 'severity', `person_ref,observed_at,severity\nP1,2021-09-03 08:00,moderate\n`);
  const rows = await t.db.query<{ severity: string; oxygen: string }>(
    'SELECT severity, oxygen FROM severity_observations',
  );
  assert.deepEqual(rows, [{ severity: 'moderate', oxygen: 'none' }]);
});
