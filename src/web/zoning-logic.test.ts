// Unit tests of the zoning pages' logic (web/src/zoning/levels.ts): colours, the slider's days, one day's levels,
// counts, the province's own units and the rules form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  countRows,
  dayIndex,
  fromZoningForm,
  levelColour,
  levelReason,
  levelsOn,
  LEVEL_COLOURS,
  NO_LEVEL,
  ownUnits,
  parseList,
  sliderWindow,
  toZoningForm,
  unitChain,
  zoningFieldOf,
} from '../../web/src/zoning/levels.ts';

test('each level has its colour; no level or an unknown one is grey', () => {
  assert.deepEqual(
    [1, 2, 3, 4].map((l) => levelColour(l)),
    [LEVEL_COLOURS[1], LEVEL_COLOURS[2], LEVEL_COLOURS[3], LEVEL_COLOURS[4]],
  );
  assert.equal(new Set(Object.values(LEVEL_COLOURS)).size, 4);
  assert.equal(levelColour(null), NO_LEVEL);
  assert.equal(levelColour(undefined), NO_LEVEL);
  assert.equal(levelColour(5), NO_LEVEL);
  assert.equal(levelColour(0), NO_LEVEL);
});

test('the slider covers 60 days ending with the chosen day, across month and year ends', () => {
  assert.deepEqual(sliderWindow('2021-09-07'), { from: '2021-07-10', to: '2021-09-07' }); // 22 days of July + 31 + 7
  assert.deepEqual(sliderWindow('2022-01-05', 7), { from: '2021-12-30', to: '2022-01-05' });
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2021-03-01', -1), '2021-02-28');
});

test('slider position of a day: its index, else the last day before it, else the first', () => {
  const days = ['2021-09-01', '2021-09-02', '2021-09-03'];
  assert.equal(dayIndex(days, '2021-09-02'), 1);
  assert.equal(dayIndex(days, '2021-09-03'), 2);
  assert.equal(dayIndex(days, '2021-09-30'), 2);
  assert.equal(dayIndex(days, '2021-08-01'), 0);
  assert.equal(dayIndex([], '2021-09-01'), 0);
});

test("one day's levels out of the days series, wards and districts together", () => {
  const series = {
    days: ['2021-09-06', '2021-09-07'],
    wards: [
      { unit_code: '31321', levels: [3, 4] },
      { unit_code: '31340', levels: [null, 1] },
    ],
    districts: [{ unit_code: '930', levels: [3, 4] }],
  };
  assert.deepEqual(
    [...levelsOn(series, 0)],
    [
      ['930', 3],
      ['31321', 3],
      ['31340', null],
    ],
  );
  assert.deepEqual(levelsOn(series, 1).get('31340'), 1);
  assert.equal(levelsOn(series, 5).get('31321'), null); // past the series: no level, not a crash
});

test('counts by level in level order, zeros for missing levels', () => {
  assert.deepEqual(countRows({ 1: 91, 3: 32, 4: 20 }), [
    { level: 1, count: 91 },
    { level: 2, count: 0 },
    { level: 3, count: 32 },
    { level: 4, count: 20 },
  ]);
  assert.deepEqual(
    countRows(undefined).map((r) => r.count),
    [0, 0, 0, 0],
  );
});

test("the province's own units: its geography only, ordered by code", () => {
  const u = (geography: string, level: 'province' | 'district' | 'ward', code: string, parent: string | null) => ({
    geography,
    level,
    code,
    full_name: code,
    parent_code: parent,
  });
  const units = [
    u('2025', 'province', '92', null),
    u('2025', 'ward', '31321', '92'),
    u('2024', 'ward', '31340', '931'),
    u('2024', 'ward', '31321', '930'),
    u('2024', 'district', '931', '93'),
    u('2024', 'district', '930', '93'),
    u('2024', 'province', '93', null),
  ];
  const own = ownUnits(units, '93');
  assert.equal(own.province?.code, '93');
  assert.deepEqual(
    own.districts.map((d) => d.code),
    ['930', '931'],
  );
  assert.deepEqual(
    own.wards.map((w) => [w.geography, w.code]),
    [
      ['2024', '31321'],
      ['2024', '31340'],
    ],
  );
  assert.deepEqual(ownUnits(units, '92').districts, []);
});

test('the rules form: lists with ; and decimal commas, bad entries kept as NaN for the server to name', () => {
  assert.deepEqual(parseList('20; 50,5;150'), [20, 50.5, 150]);
  assert.deepEqual(parseList('20 abc'), [20, NaN]);
  const zoning = {
    method: 'rate_matrix' as const,
    window_days: 7,
    rate_bands: [20, 50, 150],
    coverage: { dose1_18plus_pct: 70, full_50plus_pct: 80, full_doses: 2 },
    levels: { met: [1, 1, 2, 3], not_met: [1, 2, 3, 4] },
    zero_level: 1,
  };
  const form = toZoningForm(zoning);
  assert.equal(form.rate_bands, '20; 50; 150');
  assert.equal(form.not_met, '1; 2; 3; 4');
  assert.deepEqual(fromZoningForm(form), zoning);
  assert.deepEqual(fromZoningForm({ ...form, full_50plus_pct: '82,5' }).coverage.full_50plus_pct, 82.5);
  assert.ok(Number.isNaN(fromZoningForm({ ...form, window_days: 'bảy' }).window_days));
});

test("the server's error path names the rules form's field", () => {
  assert.equal(zoningFieldOf('rules.zoning.coverage.full_50plus_pct'), 'full_50plus_pct');
  assert.equal(zoningFieldOf('rules.zoning.levels.not_met'), 'not_met');
  assert.equal(zoningFieldOf('rules.zoning.levels.met.2'), 'met');
  assert.equal(zoningFieldOf('rules.zoning.rate_bands'), 'rate_bands');
  assert.equal(zoningFieldOf('rules.zoning.window_days'), 'window_days');
  assert.equal(zoningFieldOf('rules.quarantine.home.days'), null);
  assert.equal(zoningFieldOf(undefined), null);
});

test("a level's explanation: the rate band from whole numbers, the coverage row, no cases, no population", () => {
  // 4800/QĐ-BYT: bands <20, 20–<50, 50–<150, ≥150; met 1,2,3,3; not met 2,3,4,4.
  const z4800 = {
    method: 'rate_matrix' as const,
    window_days: 7,
    rate_bands: [20, 50, 150],
    coverage: { dose1_18plus_pct: 70, full_50plus_pct: 80, full_doses: 2 },
    levels: { met: [1, 2, 3, 3], not_met: [2, 3, 4, 4] },
    zero_level: 1,
  };
  const unit = (cases: number, population: number | null, met: boolean) => ({
    community_cases_7d: cases,
    population,
    coverage_met: met,
  });
  // 2 cases / 10,000 people = 20 per 100,000: exactly on the first edge, group 1; not met → 3.
  assert.deepEqual(levelReason(unit(2, 10000, false), 'ward', z4800), {
    kind: 'matrix',
    band: 1,
    met: false,
    level: 3,
  });
  // 1 case / 5,001 people = 19.996…, shown 20,00 but under 20: group 0; met → 1.
  assert.deepEqual(levelReason(unit(1, 5001, true), 'ward', z4800), { kind: 'matrix', band: 0, met: true, level: 1 });
  // 15 / 10,000 = 150: the last group; met → 3, not met → 4.
  assert.deepEqual(levelReason(unit(15, 10000, true), 'district', z4800), {
    kind: 'matrix',
    band: 3,
    met: true,
    level: 3,
  });
  assert.deepEqual(levelReason(unit(0, 10000, false), 'ward', z4800), { kind: 'no_cases', level: 1 });
  assert.deepEqual(levelReason(unit(3, null, false), 'ward', z4800), { kind: 'no_population' });
  assert.deepEqual(levelReason(unit(3, 10000, false), 'district', { ...z4800, method: 'assessed' }), {
    kind: 'assessed',
    tier: 'district',
  });
  assert.deepEqual(levelReason(unit(3, 10000, false), 'ward', undefined), { kind: 'no_rules' });
});

test("a unit's chain up to the province (its measures reach it), stopping at an unknown parent", () => {
  const units = [
    { code: '93', parent_code: null },
    { code: '930', parent_code: '93' },
    { code: '31117', parent_code: '930' },
    { code: '31999', parent_code: '999' },
  ];
  assert.deepEqual(unitChain(units, '31117'), ['31117', '930', '93']);
  assert.deepEqual(unitChain(units, '93'), ['93']);
  assert.deepEqual(unitChain(units, '31999'), ['31999', '999']);
});
