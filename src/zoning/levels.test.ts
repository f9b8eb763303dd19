// The zoning contract (docs/contracts/zoning.md) on hand-worked cases at every boundary of issue 20's "Done when".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { putRuleSet } from '../rules/service.ts';
import { nationalRuleSets } from '../rules/national.ts';
import { createZoningDecision, createZoningMeasure, zoningDays, zoningReport } from './service.ts';
import type { ZoningUnit } from './schemas.ts';

// District 930 (Vị Thanh): W1 … W5 are five of its wards.
const [W1, W2, W3, W4, W5] = ['31318', '31321', '31324', '31327', '31330'];
const D = '2022-03-10',
  BEFORE = '2022-03-09';

let t: TestDb;
before(async () => {
  t = await testDb();
  // A province rule set with the contract's example matrix (the shape, not the national values).
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2022-03-01',
    name: 'Tỉnh: ma trận thử',
    basis: 'QĐ tỉnh',
    rules: {
      ...nationalRuleSets().at(-1)!.rules,
      zoning: {
        method: 'rate_matrix',
        window_days: 7,
        rate_bands: [20, 50, 150],
        coverage: { dose1_18plus_pct: 70, full_50plus_pct: 80, full_doses: 2 },
        levels: { met: [1, 1, 2, 3], not_met: [1, 2, 3, 4] },
        zero_level: 1,
      },
    },
  });
  await load(
    t,
    'population',
    `ward_code,population,population_18plus,population_50plus
${W1},10000,10,5
${W2},20000,,
${W5},2000,,
`,
  );
  const persons = [
    // W1: four aged 50+ (born 1960) fully vaccinated before D; three just 18 in 2022 (born 2004) with dose 1 on D;
    // one born 2005 (17) and one with dose 1 the day after D: neither counts.
    ...['o1', 'o2', 'o3', 'o4'].map((r) => `${r},Người ${r},1960,${W1}`),
    ...['y1', 'y2', 'y3'].map((r) => `${r},Người ${r},2004,${W1}`),
    `k1,Người k1,2005,${W1}`,
    `l1,Người l1,1980,${W1}`,
    ...['a1', 'a2', 'a3', 'a4', 'aq'].map((r) => `${r},Ca ${r},1990,${W1}`),
    ...['b1', 'b2', 'b3'].map((r) => `${r},Ca ${r},1990,${W2}`),
    ...['e1', 'e2', 'e3'].map((r) => `${r},Ca ${r},1990,${W5}`),
  ];
  await load(t, 'persons', `person_ref,full_name,birth_year,ward_code\n${persons.join('\n')}\n`);
  await load(
    t,
    'vaccinations',
    `person_ref,dose_number,product,given_on
${['o1', 'o2', 'o3', 'o4'].flatMap((r) => [`${r},1,astrazeneca,2021-09-01`, `${r},2,astrazeneca,2021-11-01`]).join('\n')}
${['y1', 'y2', 'y3'].map((r) => `${r},1,pfizer,${D}`).join('\n')}
k1,1,pfizer,2022-01-01
l1,1,pfizer,2022-03-11
`,
  );
  // W1: the window of D is 04/3 00:00 … 10/3 23:59:59 (Viet Nam time).
  await load(
    t,
    'cases',
    `person_ref,confirmed_at,detected_in
a1,2022-03-03T23:59:59+07:00,community
a2,2022-03-04T00:00:00+07:00,community
a3,2022-03-10T23:59:59+07:00,community
a4,2022-03-11T00:00:00+07:00,community
aq,2022-03-06T10:00:00+07:00,quarantine
b1,2022-03-08T10:00:00+07:00,community
b2,2022-03-08T10:00:00+07:00,community
b3,2022-03-08T10:00:00+07:00,community
e1,2022-03-06T10:00:00+07:00,community
e2,2022-03-06T10:00:00+07:00,community
e3,2022-03-06T10:00:00+07:00,community
`,
  );
  // W2: a decision ending the day before D. W3: two decisions, the later one in force on D.
  const decide = (unit_code: string, level: number, from_date: string, to_date: string | null, n: string) =>
    createZoningDecision(t.db, t.ctx, { unit_code, level, from_date, to_date, decision_number: n, reason: 'Ổ dịch' });
  await decide(W2, 4, '2022-03-01', BEFORE, '10/QĐ-UBND');
  await decide(W3, 3, '2022-03-01', null, '11/QĐ-UBND');
  await decide(W3, 2, '2022-03-05', '2022-03-20', '12/QĐ-UBND');
  const measure = (unit_code: string, measure: 'ct16' | 'lockdown', from_date: string, note: string | null) =>
    createZoningMeasure(t.db, t.ctx, { unit_code, measure, from_date, to_date: null, decision_number: null, note });
  await measure('930', 'ct16', '2022-03-01', null);
  await measure(W1, 'lockdown', D, 'Ấp 1, Ấp 2');
});
after(async () => {
  await t.close();
});

const find = (units: ZoningUnit[], code: string) => units.find((u) => u.unit_code === code)!;

test(`[${engineName}] rate on a band edge, coverage exactly on its thresholds, the window's first and last minute`, async () => {
  const z = await zoningReport(t.db, t.ctx, D);
  assert.deepEqual(z.rule_set, { effective_from: '2022-03-01', method: 'rate_matrix' });
  // W1: cases a2 (first minute) and a3 (last minute) of the window = 2 per 10,000 = 20.00 → band 1; 7 of 10 adults
  // with a dose = 70%, 4 of 5 aged 50+ with two = 80% → met → met[1] = 1.
  assert.deepEqual(find(z.wards, W1), {
    unit_code: W1,
    name: 'Phường I',
    level: 1,
    computed_level: 1,
    source: 'computed',
    decision: null,
    community_cases_7d: 2,
    population: 10000,
    rate_per_100k: 20,
    coverage_dose1_18plus_pct: 70,
    coverage_full_50plus_pct: 80,
    coverage_met: true,
    measures: ['ct16', 'lockdown'],
  });
  // W5: 3 per 2,000 = 150 → band 3, no adult population → coverage not met → not_met[3] = 4.
  const w5 = find(z.wards, W5);
  assert.deepEqual(
    [w5.community_cases_7d, w5.rate_per_100k, w5.coverage_dose1_18plus_pct, w5.coverage_met, w5.level],
    [3, 150, null, false, 4],
  );
  // W2: its decision ended the day before: computed, 3 per 20,000 = 15 → band 0 → not_met[0] = 1.
  const w2 = find(z.wards, W2);
  assert.deepEqual([w2.source, w2.decision, w2.rate_per_100k, w2.level], ['computed', null, 15, 1]);
  // W4: no population: no rate, no computed level, not counted.
  const w4 = find(z.wards, W4);
  assert.deepEqual([w4.population, w4.rate_per_100k, w4.computed_level, w4.level], [null, null, null, null]);
  // District 930 on its own totals: 8 cases per 32,000 = 25 → band 1; coverage 70/80 → met → 1; measures ct16.
  const d = find(z.districts, '930');
  assert.deepEqual(
    [d.community_cases_7d, d.population, d.rate_per_100k, d.coverage_met, d.level, d.measures],
    [8, 32000, 25, true, 1, ['ct16']],
  );
  assert.deepEqual(z.counts, { districts: { 1: 1, 2: 0, 3: 0, 4: 0 }, wards: { 1: 2, 2: 1, 3: 0, 4: 1 } });
  assert.equal(z.compare_at, null);
  assert.equal(z.counts_compare, null);
  assert.deepEqual(z.changed, []);
  assert.deepEqual(
    z.wards.map((w) => w.unit_code),
    [...z.wards.map((w) => w.unit_code)].sort(),
  );
  assert.equal(z.wards.length, 75);
  assert.equal(z.districts.length, 8);
});

test(`[${engineName}] two decisions for one unit: the latest start in force wins; the computed level is still shown`, async () => {
  const z = await zoningReport(t.db, t.ctx, D);
  assert.deepEqual(find(z.wards, W3), {
    unit_code: W3,
    name: 'Phường IV',
    level: 2,
    computed_level: null,
    source: 'decision',
    decision: { decision_number: '12/QĐ-UBND', from_date: '2022-03-05', reason: 'Ổ dịch' },
    community_cases_7d: 0,
    population: null,
    rate_per_100k: null,
    coverage_dose1_18plus_pct: null,
    coverage_full_50plus_pct: null,
    coverage_met: false,
    measures: ['ct16'],
  });
  const early = await zoningReport(t.db, t.ctx, '2022-03-04');
  assert.deepEqual([find(early.wards, W3).level, find(early.wards, W3).decision?.decision_number], [3, '11/QĐ-UBND']);
  // after the later one ends (20/3), the open earlier one is in force again
  const late = await zoningReport(t.db, t.ctx, '2022-03-21');
  assert.equal(find(late.wards, W3).decision?.decision_number, '11/QĐ-UBND');
});

test(`[${engineName}] compared with the day before: counts then and every unit whose level changed, in order`, async () => {
  const z = await zoningReport(t.db, t.ctx, D, BEFORE);
  // On 9/3: W1 has a1 + a2 in its window (20 → band 1) but only 4 of 10 adults with a dose → not_met[1] = 2; W2 is
  // under its decision (4); the district: 8 per 32,000 = 25, coverage 40% → not_met[1] = 2, and so the province.
  assert.equal(z.compare_at, BEFORE);
  assert.deepEqual(z.counts_compare, {
    districts: { 1: 0, 2: 1, 3: 0, 4: 0 },
    wards: { 1: 0, 2: 2, 3: 0, 4: 2 },
  });
  assert.deepEqual(z.changed, [
    { unit_code: '93', tier: 'province', from: 2, to: 1 },
    { unit_code: '930', tier: 'district', from: 2, to: 1 },
    { unit_code: W1, tier: 'ward', from: 2, to: 1 },
    { unit_code: W2, tier: 'ward', from: 4, to: 1 },
  ]);
});

test(`[${engineName}] levels by day for the map's slider agree with the report of each day`, async () => {
  const days = await zoningDays(t.db, t.ctx, BEFORE, D);
  assert.deepEqual(days.days, [BEFORE, D]);
  assert.deepEqual(days.wards.find((w) => w.unit_code === W1)!.levels, [2, 1]);
  assert.deepEqual(days.wards.find((w) => w.unit_code === W2)!.levels, [4, 1]);
  assert.deepEqual(days.wards.find((w) => w.unit_code === W4)!.levels, [null, null]);
  assert.deepEqual(days.districts.find((d) => d.unit_code === '930')!.levels, [2, 1]);
  assert.deepEqual(days.counts, [
    { day: BEFORE, wards: { 1: 0, 2: 2, 3: 0, 4: 2 }, districts: { 1: 0, 2: 1, 3: 0, 4: 0 } },
    { day: D, wards: { 1: 2, 2: 1, 3: 0, 4: 1 }, districts: { 1: 1, 2: 0, 3: 0, 4: 0 } },
  ]);
});

test(`[${engineName}] "assessed" (2686/QĐ-BCĐQG): wards without a decision are 1, districts and province roll up`, async () => {
  const at = '2021-09-07';
  await createZoningDecision(t.db, t.ctx, {
    unit_code: '31393',
    level: 4,
    from_date: '2021-09-01',
    to_date: null,
    decision_number: '20/QĐ',
    reason: null,
  });
  await createZoningDecision(t.db, t.ctx, {
    unit_code: '931',
    level: 3,
    from_date: '2021-09-01',
    to_date: null,
    decision_number: '21/QĐ',
    reason: null,
  });
  const z = await zoningReport(t.db, t.ctx, at);
  assert.equal(z.rule_set.method, 'assessed');
  const ward = z.wards.find((w) => w.unit_code === '31393');
  const district = ward ? z.districts.find((d) => d.level === 4) : undefined;
  assert.ok(ward && district, 'ward 93432 lies in one of the districts');
  assert.equal(find(z.districts, '931').computed_level, 1);
  assert.equal(find(z.districts, '931').level, 3);
  assert.deepEqual([district.computed_level, district.source], [4, 'computed']);
  assert.deepEqual([z.province.computed_level, z.province.level], [4, 4]);
  assert.deepEqual(z.counts.districts, { 1: 6, 2: 0, 3: 1, 4: 1 });
  assert.deepEqual(z.counts.wards, { 1: 74, 2: 0, 3: 0, 4: 1 });
});
