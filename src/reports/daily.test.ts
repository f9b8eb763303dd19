// The daily report against docs/contracts/daily-report.md on a hand-worked province, with records placed exactly at
// the cut-offs. T = 10/9/2021 06:30, P = 9/9/2021 06:30, PP = 8/9/2021 06:30 (all Viet Nam time).
// Wards: 31321 and 31324 lie in district 930 (Vị Thanh), 31340 in district 931 (Ngã Bảy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { dailyReport } from './daily.ts';
import { loadScenario, T } from './fixtures.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);

const report = (at = T, wards: string[] | null = null) => dailyReport(t.db, t.ctx, at, wards);

before(async () => {
  t = await testDb();
  await loadScenario(t);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] as_of and previous_as_of echo T and T − 24h in Viet Nam time`, async () => {
  const r = await report(new Date('2021-09-09T23:30:00Z'));
  assert.equal(r.province_code, '93');
  assert.equal(r.as_of, '2021-09-10T06:30:00+07:00');
  assert.equal(r.previous_as_of, '2021-09-09T06:30:00+07:00');
});

test(`[${engineName}] cases at T and P, records exactly at the cut-offs`, async () => {
  const r = await report();
  // T: C1, C2 (exactly T), C3, C4, C6 — C5 one second late. New in (P, T]: C2, C4 (C3 exactly at P is not).
  assert.deepEqual(r.current.cases, {
    total: 5,
    new: 2,
    new_community: 1,
    discharged: 1,
    died: 1,
    transferred_out: 1,
    active: 2,
  });
  // P: C1, C3 (exactly P), C6; new in (PP, P]: C3; C6 transferred exactly at P; C1 not yet discharged, C4 not yet dead.
  assert.deepEqual(r.previous.cases, {
    total: 3,
    new: 1,
    new_community: 1,
    discharged: 0,
    died: 0,
    transferred_out: 1,
    active: 2,
  });
});

test(`[${engineName}] contacts: F1/F2 from active cases, confirmed persons never counted`, async () => {
  const r = await report();
  // T: sources C2, C3. F1 E1 (C2), E3 (C3); C4 is at distance 1 but confirmed (and dead). F2: E2 (via E1), E5 (via C4).
  assert.deepEqual(r.current.contacts, { f1: 2, f2: 2 });
  // P: sources C1, C3. F1: E4 (edge of 26/8 still in P's window), E3, C4 (not yet confirmed); F2: E5.
  assert.deepEqual(r.previous.contacts, { f1: 3, f2: 1 });
});

test(`[${engineName}] quarantine: open at the cut-off, one person once under the latest start, facilities by code`, async () => {
  const r = await report();
  // T: E1 (FA), E2 (FA, started exactly at T), E5 (two open episodes → the centralized one at FB started at P),
  // E7 self-monitoring, E8 home; E3's episode ended exactly at T is closed.
  assert.deepEqual(r.current.quarantine, {
    current: { centralized: 3, home: 1, self_monitoring: 1, total: 5 },
    by_facility: [
      { facility_code: 'FA', current: 2, beds: 80 },
      { facility_code: 'FB', current: 1, beds: 20 },
    ],
    new: 2,
    completed: 1,
    persons_cumulative: 8,
  });
  // P: E1 (FA), E3 home, E5 (FB, started exactly at P), E8 home; E4's episode ended exactly at P is closed.
  assert.deepEqual(r.previous.quarantine, {
    current: { centralized: 2, home: 2, self_monitoring: 0, total: 4 },
    by_facility: [
      { facility_code: 'FA', current: 1, beds: 80 },
      { facility_code: 'FB', current: 1, beds: 20 },
    ],
    new: 2,
    completed: 1,
    persons_cumulative: 6,
  });
});

test(`[${engineName}] testing: own results and negative/invalid pool results known by the cut-off`, async () => {
  const r = await report();
  // T: 8 taken (S8 one second late); negative S1, S9, and S2, S3 by pool G1 exactly at T; positive S6; invalid S7 by
  // pool G3; pending S4 (positive pool leaves members pending) and S5 (its result comes one second after T).
  assert.deepEqual(r.current.testing, {
    samples_taken: 8,
    samples_taken_new: 4,
    negative: 4,
    positive: 1,
    invalid: 1,
    pending: 2,
  });
  // P: S1 (negative exactly at P), S2 (taken exactly at P, pending), S6 positive, S9 negative.
  assert.deepEqual(r.previous.testing, {
    samples_taken: 4,
    samples_taken_new: 3,
    negative: 2,
    positive: 1,
    invalid: 0,
    pending: 1,
  });
});

test(`[${engineName}] vaccination: a dose counts from the start of its Viet Nam day; coverage of adults 18+`, async () => {
  const r = await report();
  // T (day 10/9): 6 doses; dose ≥1: E1, E2, E3, E4, E5 (dose 2 only); dose ≥2: E1, E5. Adults (2021 − birth ≥ 18)
  // with a dose: E1, E2 (born 2003), E5 → 3 over 200 + 100 adults = 1 %.
  assert.deepEqual(r.current.vaccination, {
    doses: 6,
    persons_dose1: 5,
    persons_dose2: 2,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 1,
  });
  // P (day 9/9): E1 dose 1, E3, E4, E5 dose 2; adults E1, E5 → 2/300 = 0,67 %.
  assert.deepEqual(r.previous.vaccination, {
    doses: 4,
    persons_dose1: 4,
    persons_dose2: 1,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 0.67,
  });
  // 10/9 00:00 Viet Nam time is already day 10/9 (the doses of that day count); one second before it is not.
  const midnight = await report(new Date('2021-09-10T00:00:00+07:00'));
  assert.equal(midnight.current.vaccination.doses, 6);
  assert.equal((await report(new Date('2021-09-09T16:59:59Z'))).current.vaccination.doses, 4);
  // The same at P: at 11/9 00:00, P = 10/9 00:00 counts the doses of 10/9 (6) and T those of 11/9 too (8).
  const next = await report(new Date('2021-09-11T00:00:00+07:00'));
  assert.deepEqual([next.current.vaccination.doses, next.previous.vaccination.doses], [8, 6]);
});

test(`[${engineName}] age is the year of T in Viet Nam time minus the birth year`, async () => {
  // 1/1/2022 00:00 in Viet Nam (still 2021 in UTC): E3 (2004) turns 18; E6's dose of 11/9 counts by then.
  const newYear = await report(new Date('2022-01-01T00:00:00+07:00'));
  assert.equal(newYear.current.vaccination.coverage_dose1_18plus_pct, 1.67); // E1 E2 E3 E5 E6 = 5/300
  const eve = await report(new Date('2021-12-31T23:59:59+07:00'));
  assert.equal(eve.current.vaccination.coverage_dose1_18plus_pct, 1.33); // E1 E2 E5 E6 = 4/300
});

test(`[${engineName}] a district's report covers its wards only; facilities by their ward`, async () => {
  const wards930 = (
    await t.db.query<{ code: string }>(
      `SELECT code FROM admin_units WHERE province_code = '93' AND geography = '2024' AND parent_code = '930'`,
    )
  ).map((w) => w.code);
  const r = await report(T, wards930);
  assert.deepEqual(r.current.cases, {
    total: 3,
    new: 1,
    new_community: 0,
    discharged: 1,
    died: 0,
    transferred_out: 1,
    active: 1,
  });
  assert.deepEqual(r.current.contacts, { f1: 2, f2: 0 });
  assert.deepEqual(r.current.quarantine.current, { centralized: 1, home: 0, self_monitoring: 1, total: 2 });
  assert.deepEqual(r.current.quarantine.by_facility, [{ facility_code: 'FA', current: 1, beds: 80 }]);
  // Samples of persons in 930: S1 S2 S4 S5 S9 (taken ≤ T).
  assert.equal(r.current.testing.samples_taken, 5);
  // Adults of 930 with a dose: E1 only, over the 200 adults of 31321.
  assert.equal(r.current.vaccination.coverage_dose1_18plus_pct, 0.5);
});

test(`[${engineName}] coverage is null when no population is loaded`, async () => {
  const other = await testDb();
  try {
    const r = await dailyReport(other.db, other.ctx, T);
    assert.equal(r.current.vaccination.coverage_dose1_18plus_pct, null);
    assert.deepEqual(r.current.quarantine.by_facility, []);
    assert.equal(r.current.cases.total, 0);
  } finally {
    await other.close();
  }
});

test(`[${engineName}] the figures at T do not change when later records arrive`, async () => {
  const before = await report();
  await load('cases', 'person_ref,confirmed_at\nE7,2021-09-10T06:30:01+07:00\n');
  await load('outcomes', 'person_ref,outcome,at\nC2,discharged,2021-09-10T07:00:00+07:00\n');
  await load('exposures', 'source_ref,contact_ref,exposed_on\nC3,E8,2021-09-11\n');
  await load(
    'quarantine',
    'person_ref,kind,start_at,end_at,end_reason\nE1,home,2021-09-10T08:00:00+07:00,,\nE8,home,2021-09-06T09:00:00+07:00,2021-09-10T09:00:00+07:00,completed\n',
  );
  await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,result,result_at\nS10,E2,2021-09-10T09:00:00+07:00,pcr,negative,2021-09-10T12:00:00+07:00\nS4,C2,2021-09-09T08:00:00+07:00,pcr,positive,2021-09-10T10:00:00+07:00\n',
  );
  await load('vaccinations', 'person_ref,dose_number,product,given_on\nE3,2,verocell,2021-09-11\n');
  assert.deepEqual(await report(), before);
});
