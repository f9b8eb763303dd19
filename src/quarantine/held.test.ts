// Residents held in another province (docs/contracts/period-report.md): the quarantine import's `held_in_province`,
// refused with a facility, for the province itself or for an unknown code (line and column, nothing written); such
// episodes change none of the province's quarantine figures (daily report, facility occupancy, due lists, review
// table). The scenario is 25/7–1/8/2021; every figure is worked by hand in the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { importFile } from '../app/imports.ts';
import { dailyReport } from '../reports/daily.ts';
import { listFacilities } from './service.ts';
import { dueLists } from './due.ts';
import { reviewTable } from './review.ts';

let t: TestDb;
const T = new Date('2021-08-01T18:00:00+07:00'); // P = 31/7 18:00, PP = 30/7 18:00
const HEADER = 'person_ref,kind,start_at,facility_code,end_at,end_reason,subject_group,held_in_province\n';

before(async () => {
  t = await testDb();
  await load(
    t,
    'persons',
    'person_ref,full_name,ward_code\n' +
      ['A1', 'A2', 'A3', 'A4', 'H1', 'H2', 'H3', 'H4', 'H5'].map((r) => `${r},Người ${r},31321`).join('\n') +
      '\n',
  );
  await load(t, 'facilities', 'facility_code,name,kind,ward_code,beds\nFA,Trường Quân sự,quarantine,31321,10\n');
  await load(
    t,
    'quarantine',
    HEADER +
      'A1,centralized,2021-07-25 08:00,FA,,,contact,\n' +
      'A2,home,2021-07-31 20:00,,,,outbreak_area,\n' + // after P: new in T's period
      'A3,self_monitoring,2021-07-20 08:00,,2021-08-01 08:00,completed,abroad,\n' + // completed in T's period
      'A4,centralized,2021-07-31 10:00,FA,,,contact,\n', // new in P's period
  );
});
after(async () => {
  await t?.close();
});

const quarantineOf = async () => {
  const r = await dailyReport(t.db, t.ctx, T);
  return { current: r.current.quarantine, previous: r.previous.quarantine };
};

test(`[${engineName}] episodes held in another province change none of the province's quarantine figures`, async () => {
  const before = await quarantineOf();
  // At T: A1 and A4 at FA, A2 at home; A3 ended 08:00 today (completed); new since P: A2; 4 persons ever.
  // At P: A1, A4 at FA, A3 self-monitoring; new in (PP, P]: A4; A2 not yet started (3 persons).
  assert.deepEqual(before.current, {
    current: { centralized: 2, home: 1, self_monitoring: 0, total: 3 },
    by_facility: [{ facility_code: 'FA', current: 2, beds: 10 }],
    new: 1,
    completed: 1,
    persons_cumulative: 4,
  });
  assert.deepEqual(before.previous, {
    current: { centralized: 2, home: 0, self_monitoring: 1, total: 3 },
    by_facility: [{ facility_code: 'FA', current: 2, beds: 10 }],
    new: 1,
    completed: 0,
    persons_cumulative: 3,
  });
  const facilitiesBefore = await listFacilities(t.db, t.ctx, { at: T });
  const dueBefore = await dueLists(t.db, t.ctx, '2021-08-01');
  const reviewBefore = await reviewTable(t.db, t.ctx, { from: '2021-07-01', to: '2021-08-01' });

  // Held elsewhere: H1 centralized in Tiền Giang (82, no facility) and H2 at home in Trà Vinh (84, started after P:
  // would be "new"), H3 completed in Thái Nguyên (19) this morning (would be "completed"), and A1 — at FA here —
  // with a later-started episode in Cần Thơ (92), which would otherwise become A1's counted episode and take A1 out
  // of FA's occupancy.
  const held =
    HEADER +
    'H1,centralized,2021-07-28 08:00,,,,contact,82\n' +
    'H2,home,2021-07-31 19:00,,,,outbreak_area,84\n' +
    'H3,self_monitoring,2021-07-15 08:00,,2021-08-01 07:00,completed,abroad,19\n' +
    'A1,home,2021-07-30 08:00,,,,contact,92\n';
  const first = await importFile(t.db, t.ctx, 'quarantine', Readable.from([held]));
  assert.deepEqual([first.inserted, first.updated, first.rejected], [4, 0, []]);
  const again = await importFile(t.db, t.ctx, 'quarantine', Readable.from([held]));
  assert.deepEqual([again.inserted, again.updated, again.rejected], [0, 0, []]);

  assert.deepEqual(await quarantineOf(), before);
  assert.deepEqual(await listFacilities(t.db, t.ctx, { at: T }), facilitiesBefore);
  assert.deepEqual(await dueLists(t.db, t.ctx, '2021-08-01'), dueBefore);
  assert.deepEqual(await reviewTable(t.db, t.ctx, { from: '2021-07-01', to: '2021-08-01' }), reviewBefore);

  // The episodes are stored, with their province.
  const stored = await t.db.query<{ person_ref: string; kind: string; held_in_province: string; facility_code: null }>(
    `SELECT p.person_ref, e.kind, e.held_in_province, e.facility_code FROM quarantine_episodes e
       JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
      WHERE e.held_in_province IS NOT NULL ORDER BY p.person_ref`,
  );
  assert.deepEqual(stored, [
    { person_ref: 'A1', kind: 'home', held_in_province: '92', facility_code: null },
    { person_ref: 'H1', kind: 'centralized', held_in_province: '82', facility_code: null },
    { person_ref: 'H2', kind: 'home', held_in_province: '84', facility_code: null },
    { person_ref: 'H3', kind: 'self_monitoring', held_in_province: '19', facility_code: null },
  ]);
});

test(`[${engineName}] held_in_province with a facility, for the province itself or unknown: refused by line and column`, async () => {
  const file =
    HEADER +
    'H4,centralized,2021-07-28 08:00,FA,,,,82\n' + // line 2: a facility of this province
    'H4,home,2021-07-29 08:00,,,,,93\n' + // line 3: Hậu Giang itself
    'H5,home,2021-07-29 08:00,,,,,99\n' + // line 4: no province 99
    'H5,home,2021-07-30 08:00,,,,,79\n'; // line 5: fine, but the file is all or nothing
  const r = await importFile(t.db, t.ctx, 'quarantine', Readable.from([file]));
  assert.equal(r.inserted, 0);
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'facility_code'],
      [3, 'held_in_province'],
      [4, 'held_in_province'],
    ],
  );
  assert.match(r.rejected[0].reason, /tỉnh khác \(82\).*để trống facility_code/);
  assert.match(r.rejected[1].reason, /93 là mã của chính tỉnh này/);
  assert.match(r.rejected[2].reason, /Không có tỉnh\/thành phố mã 99/);
  const [{ n }] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM quarantine_episodes e JOIN persons p ON p.province_code = e.province_code
        AND p.person_id = e.person_id WHERE p.person_ref IN ('H4', 'H5')`,
  );
  assert.equal(n, 0);

  // In English too; a centralized row with neither a facility nor a province is still refused.
  const en = await importFile(
    t.db,
    { ...t.ctx, lang: 'en' },
    'quarantine',
    Readable.from([HEADER + 'H4,centralized,2021-07-28 08:00,,,,,\nH5,home,2021-07-29 08:00,,,,,93\n']),
  );
  assert.deepEqual(
    en.rejected.map((x) => [x.line, x.column, x.reason]),
    [
      [2, 'facility_code', 'Centralized quarantine needs a facility_code'],
      [3, 'held_in_province', 'held_in_province must be another province; 93 is this province'],
    ],
  );
});
