// The report composes the modules' own SQL (quarantine_open_at, sample_result_at): its testing section equals the
// testing module's figures and its quarantine section the quarantine module's counts, at cut-offs either side of
// and exactly at the instant results arrive and episodes end or start (an episode ending at T is not open at T).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { computeFigures } from './figures.ts';
import { DAY_MS } from './daily.ts';
import { testingFigures, type TestingCounts } from '../testing/figures.ts';
import { listEpisodes, listFacilities } from '../quarantine/service.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
  const p = t.ctx.province;
  await t.db.query(
    `INSERT INTO persons (province_code, person_ref, full_name, ward_code)
     SELECT $1, x, 'Người ' || x, '31321' FROM unnest('{A,B,C,D,E,F}'::text[]) x`,
    [p],
  );
  const id = `(SELECT person_id FROM persons WHERE province_code = '93' AND person_ref = x.ref)`;
  await t.db.exec(`
    INSERT INTO pools (province_code, pool_ref, result, result_at) VALUES
      ('93', 'P-NEG', 'negative', '2021-08-02 10:00+07'), ('93', 'P-POS', 'positive', '2021-08-02 10:00+07'),
      ('93', 'P-INV', 'invalid', '2021-08-02 10:00+07');
    INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, pool_ref, result, result_at)
    SELECT '93', x.sample, ${id}, x.taken::timestamptz, 'pcr', x.pool, x.result, x.result_at::timestamptz FROM (VALUES
      ('S1', 'A', '2021-08-01 08:00+07', NULL, 'negative', '2021-08-01 20:00+07'),
      ('S2', 'B', '2021-08-01 09:00+07', 'P-NEG', 'pending', NULL),
      ('S3', 'C', '2021-08-01 09:00+07', 'P-POS', 'pending', NULL),
      ('S4', 'C', '2021-08-02 12:00+07', NULL, 'positive', '2021-08-02 18:00+07'),  -- C's re-sample decides
      ('S5', 'D', '2021-08-01 09:00+07', 'P-INV', 'pending', NULL),
      ('S6', 'E', '2021-08-02 06:00+07', NULL, 'positive', '2021-08-02 10:00+07'),
      ('S7', 'F', '2021-08-01 10:00+07', NULL, 'pending', NULL)
    ) x(sample, ref, taken, pool, result, result_at);

    INSERT INTO facilities (province_code, facility_code, name, kind, ward_code, beds) VALUES
      ('93', 'FA', 'Khu A', 'quarantine', '31321', 10), ('93', 'FB', 'Khu B', 'both', '31321', 5);
    INSERT INTO quarantine_episodes (province_code, person_id, kind, facility_code, start_at, end_at, end_reason)
    SELECT '93', ${id}, x.kind, x.facility, x.start_at::timestamptz, x.end_at::timestamptz, x.reason FROM (VALUES
      ('A', 'centralized', 'FA', '2021-08-01 10:00+07', '2021-08-02 10:00+07', 'transferred'),
      ('A', 'home', NULL, '2021-08-02 10:00+07', NULL, NULL),
      ('B', 'home', NULL, '2021-07-30 08:00+07', NULL, NULL),
      ('B', 'centralized', 'FB', '2021-08-01 12:00+07', NULL, NULL),  -- two open: the later one counts
      ('C', 'self_monitoring', NULL, '2021-08-02 10:00+07', NULL, NULL),
      ('D', 'centralized', 'FA', '2021-07-25 10:00+07', '2021-08-02 10:00+07', 'completed')
    ) x(ref, kind, facility, start_at, end_at, reason);`);
});
after(async () => {
  await t.close();
});

const BEFORE = new Date('2021-08-02T09:59:00+07:00');
const AT = new Date('2021-08-02T10:00:00+07:00'); // pools' and S6's result_at; A's and D's end_at, A's and C's start_at
const NEXT_DAY = new Date('2021-08-03T06:30:00+07:00');

const report = (at: Date) =>
  computeFigures(t.db, t.ctx.province, { t: at, p: new Date(+at - DAY_MS), pp: new Date(+at - 2 * DAY_MS) }, null);

test(`[${engineName}] the report's testing section is the testing module's figures`, async () => {
  // [taken, taken in the last 24 h, negative, positive, invalid, pending], worked out by hand.
  const want: [Date, number[]][] = [
    // S7 (taken exactly 24 h before AT) is new at BEFORE, not at AT; no result known yet but S1's.
    [BEFORE, [6, 2, 1, 0, 0, 5]],
    // At 10:00 the pools' results count: S2 negative, S5 invalid, S3 stays pending (positive pool); S6 positive.
    [AT, [6, 1, 2, 1, 1, 2]],
    [NEXT_DAY, [7, 1, 2, 2, 1, 2]],
  ];
  const list = (f: TestingCounts) => [
    f.samples_taken,
    f.samples_taken_new,
    f.negative,
    f.positive,
    f.invalid,
    f.pending,
  ];
  for (const [at, counts] of want) {
    const { current, previous } = await report(at);
    const module = await testingFigures(t.db, t.ctx, at);
    assert.deepEqual(list(current.testing), counts, at.toISOString());
    assert.deepEqual(list(module), counts, at.toISOString());
    const p = new Date(+at - DAY_MS);
    assert.deepEqual(list(previous.testing), list(await testingFigures(t.db, t.ctx, p)), p.toISOString());
  }
});

test(`[${engineName}] the report's quarantine section is the quarantine module's counts`, async () => {
  // [centralized, home, self_monitoring, total] and persons at FA, FB, worked out by hand.
  const want: [Date, number[], number[]][] = [
    [BEFORE, [3, 0, 0, 3], [2, 1]], // A and D at FA, B at FB (its later episode), C not started
    [AT, [1, 1, 1, 3], [0, 1]], // A's and D's stays ended at 10:00: A home, D out; C started
    [NEXT_DAY, [1, 1, 1, 3], [0, 1]],
  ];
  for (const [at, current, byFacility] of want) {
    const { current: f } = await report(at);
    const q = f.quarantine.current;
    assert.deepEqual([q.centralized, q.home, q.self_monitoring, q.total], current, at.toISOString());
    assert.deepEqual(
      f.quarantine.by_facility.map((x) => [x.facility_code, x.current]),
      [
        ['FA', byFacility[0]],
        ['FB', byFacility[1]],
      ],
    );
    // The module: facilities' occupancy, and each person once under their latest-started open episode.
    const facilities = await listFacilities(t.db, t.ctx, { at });
    assert.deepEqual(
      facilities.facilities.map((x) => [x.facility_code, x.current]),
      f.quarantine.by_facility.map((x) => [x.facility_code, x.current]),
    );
    const latest = new Map<string, { kind: string; start_at: Date }>();
    for (const e of await listEpisodes(t.db, t.ctx, { open_at: at }))
      if (!latest.has(e.person_ref) || e.start_at > latest.get(e.person_ref)!.start_at) latest.set(e.person_ref, e);
    const kinds = [...latest.values()].map((e) => e.kind);
    const n = (k: string) => kinds.filter((x) => x === k).length;
    assert.deepEqual([n('centralized'), n('home'), n('self_monitoring'), latest.size], current, at.toISOString());
  }
});
