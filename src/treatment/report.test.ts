// The daily report's treatment section (docs/contracts/treatment.md) on the hand-worked province of fixtures.ts.
// T = 10/9/2021 06:30, P = 9/9/2021 06:30. Active at T: A B C D F G J K (E discharged and H died, both proposed
// from their care episodes); at P: A B C D E G J K (F not yet confirmed, H dead on 8/9).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { dailyReport } from '../reports/daily.ts';
import { loadTreatmentScenario, T } from './fixtures.ts';

let t: TestDb;

before(async () => {
  t = await testDb();
  await loadTreatmentScenario(t);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] active cases by severity: observation exactly at T, after T, none`, async () => {
  const r = await dailyReport(t.db, t.ctx, T, null);
  assert.equal(r.current.cases.active, 8);
  // A mild (own), B unknown (none at all), C critical (observed exactly at T), D moderate (observed in the period),
  // F asymptomatic (own), G moderate (own: the mild one came a minute after T), J mild, K moderate.
  assert.deepEqual(r.current.treatment.active_by_severity, {
    asymptomatic: 1,
    mild: 2,
    moderate: 3,
    severe: 0,
    critical: 1,
    unknown: 1,
  });
  assert.equal(r.previous.cases.active, 8);
  // At P: A mild, B unknown, C severe (8/9), D mild (own: observed after P), E severe, G moderate, J mild, K moderate.
  assert.deepEqual(r.previous.treatment.active_by_severity, {
    asymptomatic: 0,
    mild: 3,
    moderate: 2,
    severe: 2,
    critical: 0,
    unknown: 1,
  });
  // Oxygen: at T only C (ventilator); at P C (mask) and E (hfnc), nobody ventilated.
  assert.deepEqual([r.current.treatment.on_oxygen, r.current.treatment.on_ventilator], [1, 1]);
  assert.deepEqual([r.previous.treatment.on_oxygen, r.previous.treatment.on_ventilator], [2, 0]);
});

test(`[${engineName}] settings: a transfer at T, a home start at T, two open episodes counted once`, async () => {
  const r = await dailyReport(t.db, t.ctx, T, null);
  // T: C at H3 (its H2 episode ended exactly at T), D H1, G H1B, J H2 (its later episode), K HC; home A, F.
  assert.deepEqual([r.current.treatment.in_facility, r.current.treatment.at_home], [5, 2]);
  // P: C H2, D H1, E H3, J H2, K HC; home A.
  assert.deepEqual([r.previous.treatment.in_facility, r.previous.treatment.at_home], [5, 1]);
});

test(`[${engineName}] by facility and tier: facilities active on the cut-off's date, last active day = T's date`, async () => {
  const r = await dailyReport(t.db, t.ctx, T, null);
  assert.deepEqual(r.current.treatment.by_facility, [
    {
      facility_code: 'H1',
      tier: 1,
      current: 1,
      beds: 100,
      icu_beds: 0,
      icu_current: 0,
      ventilators: 0,
      on_ventilator: 0,
    },
    {
      facility_code: 'H1B',
      tier: 1,
      current: 1,
      beds: 50,
      icu_beds: null,
      icu_current: 0,
      ventilators: null,
      on_ventilator: 0,
    },
    {
      facility_code: 'H2',
      tier: 2,
      current: 1,
      beds: 20,
      icu_beds: 2,
      icu_current: 0,
      ventilators: 1,
      on_ventilator: 0,
    },
    {
      facility_code: 'H3',
      tier: 3,
      current: 1,
      beds: 10,
      icu_beds: 4,
      icu_current: 1,
      ventilators: 3,
      on_ventilator: 1,
    },
  ]);
  // Episode tiers: D 1 (H1's), G 2 (given), J 2, C 3; beds by the facility's tier: H1 + H1B, H2, H3.
  assert.deepEqual(r.current.treatment.by_tier, {
    '1': { current: 1, beds: 150 },
    '2': { current: 2, beds: 20 },
    '3': { current: 1, beds: 10 },
  });
  assert.deepEqual(r.previous.treatment.by_facility, [
    {
      facility_code: 'H1',
      tier: 1,
      current: 1,
      beds: 100,
      icu_beds: 0,
      icu_current: 0,
      ventilators: 0,
      on_ventilator: 0,
    },
    {
      facility_code: 'H2',
      tier: 2,
      current: 2,
      beds: 20,
      icu_beds: 2,
      icu_current: 1,
      ventilators: 1,
      on_ventilator: 0,
    },
    {
      facility_code: 'H3',
      tier: 3,
      current: 1,
      beds: 10,
      icu_beds: 4,
      icu_current: 1,
      ventilators: 3,
      on_ventilator: 0,
    },
    {
      facility_code: 'HC',
      tier: 2,
      current: 1,
      beds: 30,
      icu_beds: null,
      icu_current: 0,
      ventilators: null,
      on_ventilator: 0,
    },
  ]);
  assert.deepEqual(r.previous.treatment.by_tier, {
    '1': { current: 1, beds: 100 },
    '2': { current: 3, beds: 50 },
    '3': { current: 1, beds: 10 },
  });
});

test(`[${engineName}] a district's report counts its persons and its facilities only`, async () => {
  // District 930: wards 31321, 31324 — persons A B C D G H K, facilities H1 H1B H2 H3.
  const r = await dailyReport(t.db, t.ctx, T, ['31321', '31324']);
  // Active at T: A B C D G K → A mild, B unknown, C critical, D moderate, G moderate, K moderate.
  assert.deepEqual(r.current.treatment.active_by_severity, {
    asymptomatic: 0,
    mild: 1,
    moderate: 3,
    severe: 0,
    critical: 1,
    unknown: 1,
  });
  assert.deepEqual([r.current.treatment.in_facility, r.current.treatment.at_home], [4, 1]);
  assert.deepEqual(
    r.current.treatment.by_facility.map((f) => [f.facility_code, f.current]),
    [
      ['H1', 1],
      ['H1B', 1],
      ['H2', 0],
      ['H3', 1],
    ],
  );
});
