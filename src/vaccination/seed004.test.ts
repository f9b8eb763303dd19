// Seed 004 (Điện Biên, 18h 01/8/2021): "allocated 78.040 doses, received 68.550, 59.495 doses given (86,8% of
// received)", by round (đợt 1–6) and product — rebuilt from records: allocation decisions, receipts at the
// provincial store and one imported dose per injection, then counted back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { createAllocation, putSite, recordMove, supplySummary } from './supply.ts';
import { putRound } from './rounds.ts';
import { vaccinationFigures } from './counts.ts';
import type { Product } from './products.ts';

let t: TestDb;
const WARD = '03124'; // Noong Bua, Điện Biên Phủ

// [round, product, quantity allocated, received?]: đợt 6 was allocated (plan of 9.490 doses) but not yet received.
const ALLOCATIONS: [string, Product, number, boolean][] = [
  ['D1', 'astrazeneca', 1_900, true],
  ['D2', 'verocell', 8_000, true],
  ['D3', 'astrazeneca', 22_850, true],
  ['D4', 'verocell', 20_000, true],
  ['D5', 'moderna', 7_200, true],
  ['D5', 'pfizer', 2_600, true],
  ['D5', 'astrazeneca', 6_000, true],
  ['D6', 'moderna', 6_720, false],
  ['D6', 'pfizer', 2_370, false],
  ['D6', 'astrazeneca', 400, false],
];
// [round, product, dose number, given on, first person, persons]: the seed's results per round; second doses go
// to persons who had their first dose in an earlier round.
const DOSES: [string, Product, number, string, number, number][] = [
  ['D1', 'astrazeneca', 1, '2021-03-20', 1, 2_142],
  ['D2', 'verocell', 1, '2021-05-10', 2_143, 7_444],
  ['D2', 'astrazeneca', 2, '2021-05-20', 1, 2_038],
  ['D3', 'astrazeneca', 1, '2021-06-20', 9_587, 25_124],
  ['D3', 'verocell', 2, '2021-06-20', 2_143, 1_799],
  ['D4', 'verocell', 1, '2021-07-25', 34_711, 4_913],
  ['D5', 'moderna', 1, '2021-07-28', 39_624, 7_148],
  ['D5', 'pfizer', 1, '2021-07-28', 46_772, 2_327],
  ['D5', 'astrazeneca', 1, '2021-07-28', 49_099, 1_439],
  ['D5', 'astrazeneca', 2, '2021-07-28', 9_587, 5_121],
];
const PERSONS = 50_537;

before(async () => {
  t = await testDb('11');
  // The persons are plain registrations (their import is tested elsewhere): written in one statement for speed.
  await t.db.query(
    `INSERT INTO persons (province_code, person_ref, full_name, birth_year, ward_code)
                    SELECT '11', 'P' || i, 'Người ' || i, 1980, $1 FROM generate_series(1, $2::int) i`,
    [WARD, PERSONS],
  );
  assert.deepEqual(
    (
      await importFile(
        t.db,
        t.ctx,
        'population',
        Readable.from([`ward_code,population,population_18plus\n${WARD},598856,360552\n`]),
      )
    ).rejected,
    [],
  );

  await putSite(t.db, t.ctx, {
    site_code: 'KHO-CDC',
    name: 'Kho vắc xin CDC Điện Biên',
    kind: 'store',
    ward_code: WARD,
  });
  for (let n = 1; n <= 6; n++) {
    await putRound(t.db, t.ctx, {
      round_code: `D${n}`,
      name: `Đợt ${n}`,
      starts_on: '2021-03-01',
      target_groups: [],
      site_codes: [],
    });
  }
  for (const [i, [round, product, quantity, received]] of ALLOCATIONS.entries()) {
    const a = await createAllocation(t.db, t.ctx, {
      decision_number: `QĐ-${round}`,
      decided_on: '2021-03-01',
      product,
      quantity,
      target_level: 'province',
      round_code: round,
    });
    if (received) {
      await recordMove(t.db, t.ctx, {
        kind: 'receipt',
        moved_on: '2021-03-10',
        site_code: 'KHO-CDC',
        product,
        lot: `L${i}`,
        expires_on: '2022-03-01',
        quantity,
        allocation_id: a.allocation_id as number,
      });
    }
  }
  const doses = ['person_ref,dose_number,product,given_on,round'];
  for (const [round, product, dose, on, first, persons] of DOSES) {
    for (let p = first; p < first + persons; p++) doses.push(`P${p},${dose},${product},${on},${round}`);
  }
  const r = await importFile(t.db, t.ctx, 'vaccinations', Readable.from([doses.join('\n')]));
  assert.deepEqual([r.inserted, r.rejected.length], [59_495, 0]);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] seed 004: allocated 78.040, received 68.550, administered 59.495 = 86,8% of received`, async () => {
  const s = await supplySummary(t.db, t.ctx, '2021-08-01');
  assert.deepEqual(
    [s.total.allocated, s.total.received, s.total.administered, s.total.administered_pct_of_received],
    [78_040, 68_550, 59_495, 86.79],
  );
  // Round by round as the report writes it.
  const round = (code: string) => s.by_round.filter((r) => r.round_code === code);
  const sum = (code: string, f: 'allocated' | 'administered' | 'dose1' | 'dose2') =>
    round(code).reduce((a, r) => a + r[f], 0);
  assert.deepEqual(
    ['D1', 'D2', 'D3', 'D4'].map((c) => [
      sum(c, 'allocated'),
      sum(c, 'administered'),
      sum(c, 'dose1'),
      sum(c, 'dose2'),
    ]),
    [
      [1_900, 2_142, 2_142, 0], // Đợt 1: cấp 1.900 liều; 2.142 người tiêm mũi 1
      [8_000, 9_482, 7_444, 2_038], // Đợt 2: cấp 8.000; 9.482 người (mũi 1 7.444, mũi 2 2.038)
      [22_850, 26_923, 25_124, 1_799], // Đợt 3: cấp 22.850; 26.923 người (mũi 1 25.124, mũi 2 1.799)
      [20_000, 4_913, 4_913, 0], // Đợt 4: cấp 20.000; 4.913 mũi 1
    ],
  );
  // Đợt 5 by product: Moderna 7.148 mũi, Pfizer 2.327 mũi, AstraZeneca 6.560/6.000 liều (mũi 1 1.439, mũi 2 5.121).
  assert.deepEqual(
    round('D5').map((r) => [r.product, r.allocated, r.administered, r.dose1, r.dose2]),
    [
      ['astrazeneca', 6_000, 6_560, 1_439, 5_121],
      ['moderna', 7_200, 7_148, 7_148, 0],
      ['pfizer', 2_600, 2_327, 2_327, 0],
    ],
  );
  // Đợt 6: 9.490 doses planned (Moderna 6.720, Pfizer 2.370, AstraZeneca 400), nothing received or given yet.
  assert.deepEqual(
    round('D6').map((r) => [r.product, r.allocated, r.received, r.administered]),
    [
      ['astrazeneca', 400, 0, 0],
      ['moderna', 6_720, 0, 0],
      ['pfizer', 2_370, 0, 0],
    ],
  );
});

test(`[${engineName}] seed 004 as daily-report figures: persons with dose 1 and 2, coverage of adults 18+`, async () => {
  // 50.537 first doses of 360.552 adults 18+ (the 5946/BYT-DP target) = 14,016…% → 14,02.
  assert.deepEqual(await vaccinationFigures(t.db, t.ctx, new Date('2021-08-01T18:00:00+07:00')), {
    doses: 59_495,
    persons_dose1: PERSONS,
    persons_dose2: 8_958,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 14.02,
  });
  assert.deepEqual(
    await vaccinationFigures(t.db, t.ctx, new Date('2021-08-01T18:00:00+07:00'), {
      round_code: 'D5',
      product: 'astrazeneca',
    }),
    { doses: 6_560, persons_dose1: 6_560, persons_dose2: 5_121, persons_dose3: 0, coverage_dose1_18plus_pct: 1.82 },
  );
});
