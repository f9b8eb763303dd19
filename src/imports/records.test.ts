// Every contract import kind: happy path, idempotent re-import, references and bad rows (docs/contracts/imports.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { mergePersons } from '../people/service.ts';

let t: TestDb;
const load = (kind: string, csv: string, partial = false) =>
  importFile(t.db, t.ctx, kind, Readable.from([csv]), { partial });
const lines = (r: { rejected: { line: number; column: string }[] }) => r.rejected.map((x) => [x.line, x.column]);

before(async () => {
  t = await testDb();
  const r = await load(
    'persons',
    'person_ref,full_name,ward_code\nA,Người A,31321\nB,Người B,31321\nC,Người C,31340\nD,Người D,31340\n',
  );
  assert.equal(r.inserted, 4);
});
after(async () => {
  await t.close();
});

const files: Record<string, string> = {
  cases:
    'person_ref,confirmed_at,case_number,detected_in,severity\nA,2021-09-01 08:00,BN100,community,mild\nB,2021-09-02T10:00:00+07:00,BN101,quarantine,\n',
  outcomes: 'person_ref,outcome,at\nA,discharged,2021-09-15 09:00\n',
  exposures: 'source_ref,contact_ref,exposed_on,setting\nA,C,2021-08-30,household\nC,D,31/08/2021,work\n',
  facilities:
    'facility_code,name,kind,ward_code,beds,icu_beds,tier\nF1,Trường Quân sự,quarantine,31321,80,,\nH1,Bệnh viện tỉnh,treatment,31321,120,10,3\n',
  quarantine:
    'person_ref,kind,start_at,facility_code,end_at,end_reason,subject_group\nC,centralized,2021-09-01 10:00,F1,,,contact\nD,home,2021-09-01 12:00,,2021-09-10 12:00,completed,contact\n',
  samples:
    'sample_ref,person_ref,taken_at,method,pool_ref,result,result_at,lab\nS1,C,2021-09-01 11:00,pcr,G1,,,CDC\nS2,D,2021-09-01 11:05,pcr,G1,,,CDC\nS3,A,2021-09-01 07:00,pcr,,positive,2021-09-01 20:00,CDC\n',
  pool_results: 'pool_ref,result,result_at\nG1,negative,2021-09-02 08:00\n',
  vaccinations:
    'person_ref,dose_number,product,given_on,lot,site\nC,1,AstraZeneca,2021-07-01,AZ01,TYT\nC,2,pfizer,2021-09-20,,\nD,1,verocell,2021-08-01,,\n',
};

test(`[${engineName}] every contract kind imports, then re-imports with no change`, async () => {
  const want: Record<string, number> = {
    cases: 2,
    outcomes: 1,
    exposures: 2,
    facilities: 2,
    quarantine: 2,
    samples: 3,
    pool_results: 1,
    vaccinations: 3,
  };
  for (const [kind, csv] of Object.entries(files)) {
    const r = await load(kind, csv);
    assert.deepEqual([r.inserted, r.updated, r.rejected], [want[kind], 0, []], kind);
  }
  for (const [kind, csv] of Object.entries(files)) {
    const r = await load(kind, csv);
    assert.deepEqual([r.inserted, r.updated], [0, 0], kind);
  }
  const [c] = await t.db.query<{ confirmed_at: Date; detected_in: string }>(
    `SELECT confirmed_at, detected_in FROM cases c JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'B'`,
  );
  assert.equal(c.confirmed_at.toISOString(), '2021-09-02T03:00:00.000Z');
  assert.equal(c.detected_in, 'quarantine');
  const [v] = await t.db.query<{ product: string }>(
    `SELECT product FROM vaccinations WHERE dose_number = 1 ORDER BY given_on LIMIT 1`,
  );
  assert.equal(v.product, 'astrazeneca');
});

test(`[${engineName}] changed rows update and are audited`, async () => {
  const r = await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason\nC,centralized,2021-09-01 10:00,F1,2021-09-15 10:00,completed\n',
  );
  assert.deepEqual([r.inserted, r.updated], [0, 1]);
  const [a] = await t.db.query<{ entity_key: string; b: string | null; a: string }>(
    `SELECT entity_key, before->>'end_at' AS b, after->>'end_reason' AS a FROM audit_log WHERE action = 'update' AND entity = 'quarantine_episode'`,
  );
  assert.equal(a.b, null);
  assert.equal(a.a, 'completed');
  assert.match(a.entity_key, /^C\//);
});

test(`[${engineName}] bad rows in each kind are named by line and column, nothing written`, async () => {
  const cases: [string, string, [number, string][]][] = [
    [
      'cases',
      'person_ref,confirmed_at\nZZ,2021-09-01 08:00\nC,yesterday\n',
      [
        [2, 'person_ref'],
        [3, 'confirmed_at'],
      ],
    ],
    [
      'outcomes',
      'person_ref,outcome,at\nC,discharged,2021-09-15 09:00\nB,discharged,2021-09-01 09:00\nB,recovered,2021-09-20 09:00\n',
      [
        [2, 'person_ref'],
        [3, 'at'],
        [4, 'outcome'],
      ],
    ],
    [
      'exposures',
      'source_ref,contact_ref,exposed_on\nA,A,2021-09-01\nA,ZZ,2021-09-01\n',
      [
        [2, 'contact_ref'],
        [3, 'contact_ref'],
      ],
    ],
    [
      'facilities',
      'facility_code,name,kind,beds\nF9,X,hotel,10\nF8,Y,quarantine,-1\n',
      [
        [2, 'kind'],
        [3, 'beds'],
      ],
    ],
    [
      'quarantine',
      'person_ref,kind,start_at,facility_code,end_at\nD,centralized,2021-09-01 10:00,,\nD,home,2021-09-01 10:00,F1,\nD,centralized,2021-09-05 10:00,H1,\nD,home,2021-09-05 10:00,,2021-09-04 10:00\n',
      [
        [2, 'facility_code'],
        [3, 'facility_code'],
        [4, 'facility_code'],
        [5, 'end_at'],
      ],
    ],
    [
      'samples',
      'sample_ref,person_ref,taken_at,method,result,result_at\nX1,ZZ,2021-09-01 10:00,pcr,,\nX2,A,2021-09-01 10:00,pcr,positive,\nX3,A,2021-09-01 10:00,elisa,,\nX4,A,2021-09-01 10:00,pcr,negative,2021-08-01 10:00\n',
      [
        [2, 'person_ref'],
        [3, 'result_at'],
        [4, 'method'],
        [5, 'result_at'],
      ],
    ],
    [
      'pool_results',
      'pool_ref,result,result_at\nNOPOOL,negative,2021-09-02 08:00\nG1,maybe,2021-09-02 08:00\n',
      [
        [2, 'pool_ref'],
        [3, 'result'],
      ],
    ],
    [
      'vaccinations',
      'person_ref,dose_number,product,given_on\nA,0,pfizer,2021-09-01\nA,1,sinovac-x,2021-09-01\nA,1,pfizer,2021-02-30\n',
      [
        [2, 'dose_number'],
        [3, 'product'],
        [4, 'given_on'],
      ],
    ],
  ];
  const [{ n: before }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  for (const [kind, csv, want] of cases) {
    const r = await load(kind, csv);
    assert.deepEqual(lines(r), want, kind);
    assert.equal(r.inserted + r.updated, 0, kind);
  }
  const [{ n: after }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  assert.equal(after, before);
});

test(`[${engineName}] a merge repoints every record of the merged person`, async () => {
  await load('persons', 'person_ref,full_name,ward_code\nC2,Người C (trùng),31340\nA2,Người A (trùng),31321\n');
  await load('samples', 'sample_ref,person_ref,taken_at,method\nS9,C2,2021-09-03 10:00,pcr\n');
  await load('exposures', 'source_ref,contact_ref,exposed_on\nC,C2,2021-09-02\n');
  await mergePersons(t.db, t.ctx, 'C', 'C2');
  // A's duplicate carries the case and its outcome: both move (outcomes follow the case).
  await mergePersons(t.db, t.ctx, 'A2', 'A');
  const [o] = await t.db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM outcomes o JOIN persons p USING (province_code, person_id)`,
  );
  assert.equal(o.person_ref, 'A2');
  const self = await t.db.query(`SELECT 1 FROM exposures WHERE source_person_id = contact_person_id`);
  assert.equal(self.length, 0);
  const [s] = await t.db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM samples s JOIN persons p USING (province_code, person_id) WHERE s.sample_ref = 'S9'`,
  );
  assert.equal(s.person_ref, 'C');
  // A later file naming the merged ref lands on the kept person.
  await load('samples', 'sample_ref,person_ref,taken_at,method\nS10,C2,2021-09-04 10:00,pcr\n');
  const [s2] = await t.db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM samples s JOIN persons p USING (province_code, person_id) WHERE s.sample_ref = 'S10'`,
  );
  assert.equal(s2.person_ref, 'C');
});
