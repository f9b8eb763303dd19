// Vaccine coverage of risk zoning across a new year (issue 20): a person's age on day D is year(D) − birth year,
// so on 1/1 everyone is a year older. zoning_levels counts from coverage_days (reached in D's year, by the age in
// it) and coverage_years (reached in an earlier year, by birth year): hand-worked on both sides of 1/1/2022.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { zoningReport } from './service.ts';

const W = '31318'; // a ward of district 930, the only one with a population here

let t: TestDb;
before(async () => {
  t = await testDb();
  await load(t, 'population', `ward_code,population,population_18plus,population_50plus\n${W},1000,10,4\n`);
  // o1 (61), m1 (49 in 2021, 50 in 2022) fully vaccinated in 2021; y1, y2 born 2004 (17 in 2021) with dose 1 in
  // 2021; z1 (49, then 50) with dose 1 only, on 31/12; n1 with dose 1 on 1/1/2022; u1 (no birth year) never counts.
  await load(
    t,
    'persons',
    `person_ref,full_name,birth_year,ward_code
o1,Người o1,1960,${W}
m1,Người m1,1972,${W}
y1,Người y1,2004,${W}
y2,Người y2,2004,${W}
z1,Người z1,1972,${W}
n1,Người n1,1990,${W}
u1,Người u1,,${W}
`,
  );
  await load(
    t,
    'vaccinations',
    `person_ref,dose_number,product,given_on
o1,1,astrazeneca,2021-07-01
o1,2,astrazeneca,2021-09-01
m1,1,astrazeneca,2021-08-01
m1,2,astrazeneca,2021-10-01
y1,1,pfizer,2021-11-15
y2,1,pfizer,2021-11-15
z1,1,pfizer,2021-12-31
n1,1,pfizer,2022-01-01
u1,1,pfizer,2021-07-01
u1,2,pfizer,2021-08-01
`,
  );
});
after(async () => {
  await t.close();
});

// dose 1 of 10 adults, both doses of 4 aged 50+ (4800/QĐ-BYT: full = 2 doses):
//   30/12/2021: o1, m1                     = 2 → 20%;  o1     = 1 → 25%
//   31/12/2021: o1, m1, z1                 = 3 → 30%;  o1     = 1 → 25% (m1 is 49)
//   1/1/2022:   o1, m1, z1, y1, y2, n1     = 6 → 60%;  o1, m1 = 2 → 50% (z1 is 50 but has one dose)
//   2/1/2022:   the same                     60%;               50%
const EXPECTED: [string, number, number][] = [
  ['2021-12-30', 20, 25],
  ['2021-12-31', 30, 25],
  ['2022-01-01', 60, 50],
  ['2022-01-02', 60, 50],
];

test(`[${engineName}] on 1/1 the vaccinated are a year older: 18+ and 50+ coverage across a new year`, async () => {
  for (const [day, cov18, cov50] of EXPECTED) {
    const z = await zoningReport(t.db, t.ctx, day);
    const w = z.wards.find((u) => u.unit_code === W)!;
    assert.deepEqual([w.coverage_dose1_18plus_pct, w.coverage_full_50plus_pct], [cov18, cov50], `ward on ${day}`);
    const d = z.districts.find((u) => u.unit_code === '930')!;
    assert.deepEqual([d.coverage_dose1_18plus_pct, d.coverage_full_50plus_pct], [cov18, cov50], `district on ${day}`);
  }
});

test(`[${engineName}] a report compared with a day close by (one call over both) or far off (two) agrees with each day's own`, async () => {
  const alone = new Map<string, Awaited<ReturnType<typeof zoningReport>>>();
  for (const day of ['2021-06-01', '2021-12-20', '2021-12-31', '2022-01-01'])
    alone.set(day, await zoningReport(t.db, t.ctx, day));
  for (const [at, compare] of [
    ['2022-01-01', '2021-12-31'],
    ['2022-01-01', '2021-12-20'],
    ['2021-12-31', '2022-01-01'],
    ['2022-01-01', '2021-06-01'],
  ]) {
    const z = await zoningReport(t.db, t.ctx, at, compare);
    const [now, then] = [alone.get(at)!, alone.get(compare)!];
    assert.deepEqual(
      [z.province, z.districts, z.wards, z.counts],
      [now.province, now.districts, now.wards, now.counts],
    );
    assert.deepEqual(z.counts_compare, then.counts, `${at} compared with ${compare}`);
    const tiers = (r: typeof now) =>
      [
        ['province', [r.province]],
        ['district', r.districts],
        ['ward', r.wards],
      ] as const;
    const before = new Map(tiers(then).flatMap(([tier, us]) => us.map((u) => [`${tier}:${u.unit_code}`, u.level])));
    assert.deepEqual(
      z.changed,
      tiers(now).flatMap(([tier, us]) =>
        us
          .filter((u) => before.get(`${tier}:${u.unit_code}`) !== u.level)
          .map((u) => ({ unit_code: u.unit_code, tier, from: before.get(`${tier}:${u.unit_code}`), to: u.level })),
      ),
    );
  }
});

test(`[${engineName}] one range over both years gives each day's coverage, whichever day it starts on`, async () => {
  const range = (from: string, to: string) =>
    t.db.query<{ day: string; cov18: number; cov50: number }>(
      `SELECT day::text AS day, coverage_dose1_18plus_pct::float8 AS cov18, coverage_full_50plus_pct::float8 AS cov50
         FROM zoning_levels($1, $2, $3) WHERE tier = 'ward' AND unit_code = $4 ORDER BY day`,
      [t.ctx.province, from, to, W],
    );
  const rows = (r: { day: string; cov18: number; cov50: number }[]) => r.map((x) => [x.day, x.cov18, x.cov50]);
  assert.deepEqual(rows(await range('2021-12-30', '2022-01-02')), EXPECTED);
  assert.deepEqual(rows(await range('2021-12-31', '2021-12-31')), [EXPECTED[1]]);
  assert.deepEqual(rows(await range('2022-01-02', '2022-01-02')), [EXPECTED[3]]);
});
