// Unit tests of the map's logic (web/src/geo): roll-up of ward figures, legend classes, jurisdiction, unit names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bbox,
  classBreaks,
  colourOf,
  districtsInScope,
  figureOf,
  figureValues,
  legend,
  NO_DATA,
  niceCeil,
  PALETTE,
  rollUp,
  rollUpRecords,
} from '../../web/src/geo/area-figures.ts';
import { areaLabel, unitIndex, unitName, wardDistricts, type Unit } from '../../web/src/geo/units.ts';

const u = (
  geography: '2024' | '2025',
  level: Unit['level'],
  code: string,
  full_name: string,
  parent_code: string | null,
): Unit => ({ geography, level, code, name: full_name, full_name, parent_code });
const units: Unit[] = [
  u('2024', 'province', '93', 'Tỉnh Hậu Giang', null),
  u('2024', 'district', '930', 'Thành phố Vị Thanh', '93'),
  u('2024', 'district', '931', 'Thành phố Ngã Bảy', '93'),
  u('2024', 'ward', '31321', 'Phường III', '930'),
  u('2024', 'ward', '31324', 'Phường IV', '930'),
  u('2024', 'ward', '31340', 'Phường Ngã Bảy', '931'),
  u('2025', 'ward', '31321', 'Phường Vị Thanh', '92'), // the 2025 ward reusing a 2024 code
];

test('ward figures roll up to their districts; wards without a district are left out', () => {
  const parentOf = wardDistricts(units);
  assert.deepEqual(
    [...parentOf],
    [
      ['31321', '930'],
      ['31324', '930'],
      ['31340', '931'],
    ],
  );
  const byDistrict = rollUp(
    new Map([
      ['31321', 10],
      ['31324', 5],
      ['31340', 7],
      ['99999', 3],
    ]),
    parentOf,
  );
  assert.deepEqual(
    [...byDistrict],
    [
      ['930', 15],
      ['931', 7],
    ],
  );
});

test('a ratio rolls up as the ratio of the sums; a sum skips unknown wards; ÷ 0 is no value', () => {
  const parentOf = wardDistricts(units);
  const byWard = new Map([
    ['31321', { positive_new: 1, results_new: 1, dose1_18plus: 1, population_18plus: 200, cases_new: 1 }],
    ['31324', { positive_new: 0, results_new: 3, dose1_18plus: 1, population_18plus: null, cases_new: 0 }],
    ['31340', { positive_new: 0, results_new: 0, dose1_18plus: 2, population_18plus: 0, cases_new: 1 }],
  ]);
  const byDistrict = rollUpRecords(byWard, parentOf);
  assert.deepEqual(byDistrict.get('930'), {
    positive_new: 1,
    results_new: 4,
    dose1_18plus: 2,
    population_18plus: 200,
    cases_new: 1,
  });
  const positivity = { num: 'positive_new', den: 'results_new' };
  const coverage = { num: 'dose1_18plus', den: 'population_18plus' };
  // 930: 1 positive of 4 results = 25 %, not the mean of 100 % and 0 %; 2 adults of 200 = 1 %.
  assert.deepEqual([...figureValues(positivity, byDistrict)], [['930', 25]]); // 931: no results → no value
  assert.deepEqual([...figureValues(coverage, byDistrict)], [['930', 1]]); // 931: 0 adults → no value
  assert.deepEqual(
    [...figureValues({ sum: 'cases_new' }, byDistrict)],
    [
      ['930', 1],
      ['931', 1],
    ],
  );
  // Per ward: 100 %, no value for an unknown or zero denominator.
  assert.deepEqual(
    [...figureValues(positivity, byWard)],
    [
      ['31321', 100],
      ['31324', 0],
    ],
  );
  assert.deepEqual([...figureValues(coverage, byWard)], [['31321', 0.5]]);
  // Rounded to 2 decimals; a field unknown in every ward of a district stays unknown.
  assert.equal(figureOf(positivity, { positive_new: 1, results_new: 3 }), 33.33);
  const unknown = rollUpRecords(new Map([['31340', { population: null }]]), parentOf);
  assert.equal(figureOf({ sum: 'population' }, unknown.get('931')), undefined);
  assert.equal(figureOf({ sum: 'population' }, undefined), undefined);
});

test('legend classes: five equal, round steps from 0 covering the largest district', () => {
  // Hậu Giang's largest district has 131.144 people: 131.144 / 5 = 26.228,8 → steps of 30.000.
  assert.equal(niceCeil(26228.8), 30000);
  assert.equal(niceCeil(7), 8);
  assert.equal(niceCeil(100), 100);
  assert.equal(niceCeil(0.3), 0.3);
  const breaks = classBreaks([131144, 56289, 91992]);
  assert.deepEqual(breaks, [30000, 60000, 90000, 120000]);
  assert.equal(colourOf(56289, breaks), PALETTE[1]);
  assert.equal(colourOf(60000, breaks), PALETTE[2]); // a bound belongs to the class above it
  assert.equal(colourOf(131144, breaks), PALETTE[4]);
  assert.equal(colourOf(0, breaks), PALETTE[0]);
  assert.equal(colourOf(undefined, breaks), NO_DATA);
  assert.deepEqual(
    legend([30, 60]).map((l) => [l.from, l.to]),
    [
      [0, 30],
      [30, 60],
      [60, null],
    ],
  );
  assert.deepEqual(classBreaks([0, 0]), []); // nothing to colour: the map says "no data"
  // Counts step by whole numbers (one new case is not "0,8+"); percentages may step by fractions.
  assert.deepEqual(classBreaks([1, 0, 1], undefined, true), [1, 2, 3, 4]);
  assert.deepEqual(classBreaks([1, 0, 1]), [0.2, 0.4, 0.6, 0.8]);
  assert.deepEqual(classBreaks([131144], undefined, true), [30000, 60000, 90000, 120000]);
});

test("a user's districts come from their wards; a province user covers all", () => {
  const parentOf = wardDistricts(units);
  assert.equal(districtsInScope(null, parentOf), null);
  assert.deepEqual([...districtsInScope(['31340'], parentOf)!], ['931']);
  assert.deepEqual([...districtsInScope(['31321', '31324'], parentOf)!], ['930']);
});

test('unit names: a ward with the units above it, 2024 names where a code is reused in 2025', () => {
  const index = unitIndex(units);
  assert.equal(areaLabel(index, '31321'), 'Phường III, Thành phố Vị Thanh, Tỉnh Hậu Giang');
  assert.equal(areaLabel(index, '93'), 'Tỉnh Hậu Giang');
  assert.equal(areaLabel(index, '00000'), '00000');
  assert.equal(unitName(index, null), '—');
  assert.equal(unitName(index, '31340'), 'Phường Ngã Bảy');
});

test('bbox of multipolygons', () => {
  assert.deepEqual(
    bbox([
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [105.4, 9.8],
              [105.5, 9.7],
              [105.45, 9.9],
              [105.4, 9.8],
            ],
          ],
        ],
      },
      {
        type: 'Polygon',
        coordinates: [
          [
            [105.6, 9.6],
            [105.7, 9.65],
            [105.6, 9.6],
          ],
        ],
      },
    ]),
    [105.4, 9.6, 105.7, 9.9],
  );
  assert.equal(bbox([]), null);
});
