// Coverage figures on hand-worked data: the daily-report contract figures, coverage by ward / district / province,
// doses by round and product, and the due list (JSON and XLSX read back).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { vaccinationFigures, coverage, dosesByRoundAndProduct } from './counts.ts';
import { putSite } from './supply.ts';
import { putRound } from './rounds.ts';
import { dueListXlsx, nextDoses } from './due.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);
const T1 = new Date('2021-09-10T06:30:00+07:00');
const T2 = new Date('2022-01-05T00:00:00+07:00');

// Wards 31318 and 31321 lie in district 930 (Vị Thanh), 31340 in 931 (Ngã Bảy).
// Population 1.000 / 500 / 600 (18+: 800 / 400 / 450) → province 2.100 (18+: 1.650).
before(async () => {
  t = await testDb();
  await load('population', 'ward_code,population,population_18plus\n31321,1000,800\n31318,500,400\n31340,600,450\n');
  await load(
    'persons',
    `person_ref,full_name,birth_year,ward_code
P1,Nguyễn Văn Một,1980,31321
P2,Trần Thị Hai,2004,31321
P3,=1+2 Lê Ba,,31321
P4,Phạm Văn Bốn,1990,31318
P5,Võ Thị Năm,1950,31340
P6,Đỗ Văn Sáu,1970,
P7,Hồ Thị Bảy,1985,31340
P8,Lý Văn Tám,1960,31340
P9,Mai Thị Chín,1940,31340
`,
  );
  await putSite(t.db, t.ctx, { site_code: 'S1', name: 'Trạm Y tế Phường III', kind: 'site', ward_code: '31321' });
  await putRound(t.db, t.ctx, {
    round_code: 'R1',
    name: 'Đợt 1',
    starts_on: '2021-06-01',
    ends_on: '2021-07-15',
    target_groups: ['Nhân viên y tế'],
    site_codes: [],
  });
  await putRound(t.db, t.ctx, {
    round_code: 'R2',
    name: 'Đợt 2',
    starts_on: '2021-07-16',
    ends_on: '2021-09-30',
    target_groups: ['Người từ 65 tuổi'],
    site_codes: ['S1'],
  });
  await putRound(t.db, t.ctx, {
    round_code: 'R3',
    name: 'Đợt 3',
    starts_on: '2021-08-05',
    target_groups: ['Người từ 18 tuổi'],
    site_codes: [],
  });
  await load(
    'vaccinations',
    `person_ref,dose_number,product,given_on,site,round
P1,1,pfizer,2021-07-01,,
P1,2,pfizer,2021-07-22,,
P1,3,moderna,2021-11-01,,
P2,1,pfizer,2021-07-10,,
P3,1,astrazeneca,2021-07-10,,
P4,1,astrazeneca,2021-06-01,,
P4,2,astrazeneca,2021-08-01,S1,
P5,1,verocell,2021-08-01,TYT Ngã Bảy,
P6,1,verocell,2021-08-05,,R3
P6,2,verocell,2021-08-30,S1,
P8,2,moderna,2021-08-10,,
P9,1,verocell,2021-08-01,,
`,
  );
  await load('cases', 'person_ref,confirmed_at\nP9,2021-08-10 08:00\n');
  await load('outcomes', 'person_ref,outcome,at\nP9,died,2021-08-20 08:00\n');
});
after(async () => {
  await t.close();
});

test(`[${engineName}] the daily-report figures: persons with dose ≥ N, adults 18+ over the summed population 18+`, async () => {
  // At 10/9/2021: 11 doses (P1 dose 3 comes later). Dose ≥ 1: P1–P6, P8 (dose 2 only), P9 = 8; dose ≥ 2: P1 P4 P6 P8.
  // Adults in 2021: P1 P4 P5 P6 P8 P9 (P2 is 17, P3 has no birth year) = 6 / 1.650 = 0,3636… → 0,36.
  assert.deepEqual(await vaccinationFigures(t.db, t.ctx, T1), {
    doses: 11,
    persons_dose1: 8,
    persons_dose2: 4,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 0.36,
  });
  // At 5/1/2022: P1's dose 3 counts, and P2 turns 18 (2022 − 2004) → 7 / 1.650 = 0,4242… → 0,42.
  assert.deepEqual(await vaccinationFigures(t.db, t.ctx, T2), {
    doses: 12,
    persons_dose1: 8,
    persons_dose2: 4,
    persons_dose3: 1,
    coverage_dose1_18plus_pct: 0.42,
  });
  // A dose counts from the start of its Viet Nam day: before 01/8 P1 ×2, P2, P3, P4; 01/8 brings P4 dose 2, P5, P9.
  assert.equal((await vaccinationFigures(t.db, t.ctx, new Date('2021-07-31T23:59:59+07:00'))).doses, 5);
  assert.equal((await vaccinationFigures(t.db, t.ctx, new Date('2021-08-01T00:00:00+07:00'))).doses, 8);
  // By round: R1 holds the dose 1 of P1 P2 P3 P4; adults P1 P4 → 2 / 1.650 = 0,12.
  assert.deepEqual(await vaccinationFigures(t.db, t.ctx, T1, { round_code: 'R1' }), {
    doses: 4,
    persons_dose1: 4,
    persons_dose2: 0,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 0.12,
  });
  // By product: Vero Cell doses of P5, P6 (×2), P9.
  assert.deepEqual(await vaccinationFigures(t.db, t.ctx, T1, { product: 'verocell' }), {
    doses: 4,
    persons_dose1: 3,
    persons_dose2: 1,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 0.18,
  });
});

test(`[${engineName}] the coverage figure is null without population, and scoped to an officer's wards`, async () => {
  const ward31340 = { ...t.ctx, wards: ['31340'] };
  // P5 P8 P9 live in 31340, all adults: 3 / 450 = 0,67.
  assert.deepEqual(await vaccinationFigures(t.db, ward31340, T1), {
    doses: 3,
    persons_dose1: 3,
    persons_dose2: 1,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: 0.67,
  });
  const noPopulation = { ...t.ctx, wards: ['31333'] };
  assert.equal((await vaccinationFigures(t.db, noPopulation, T1)).coverage_dose1_18plus_pct, null);
});

test(`[${engineName}] coverage by ward, district and province over population and population 18+`, async () => {
  const cols = (r: Record<string, unknown>) => [
    r.unit_code,
    r.population,
    r.population_18plus,
    r.persons_dose1,
    r.persons_dose2,
    r.persons_dose1_18plus,
    r.dose1_pct,
    r.dose1_18plus_pct,
    r.dose2_pct,
    r.dose2_18plus_pct,
  ];
  assert.deepEqual((await coverage(t.db, t.ctx, T1, 'ward')).map(cols), [
    ['31318', 500, 400, 1, 1, 1, 0.2, 0.25, 0.2, 0.25],
    ['31321', 1000, 800, 3, 1, 1, 0.3, 0.13, 0.1, 0.13], // 1/800 = 0,125 → 0,13
    ['31340', 600, 450, 3, 1, 3, 0.5, 0.67, 0.17, 0.22],
    [null, null, null, 1, 1, 1, null, null, null, null], // P6 has no ward
  ]);
  assert.deepEqual((await coverage(t.db, t.ctx, T1, 'district')).map(cols), [
    ['930', 1500, 1200, 4, 2, 2, 0.27, 0.17, 0.13, 0.17],
    ['931', 600, 450, 3, 1, 3, 0.5, 0.67, 0.17, 0.22],
    [null, null, null, 1, 1, 1, null, null, null, null],
  ]);
  const [province] = await coverage(t.db, t.ctx, T1, 'province');
  assert.deepEqual(cols(province), ['93', 2100, 1650, 8, 4, 6, 0.38, 0.36, 0.19, 0.24]);
  assert.equal(province.unit_name, 'Hậu Giang');
  // The province row agrees with the daily-report figure.
  assert.equal(province.dose1_18plus_pct, (await vaccinationFigures(t.db, t.ctx, T1)).coverage_dose1_18plus_pct);
  assert.equal((await coverage(t.db, t.ctx, T1, 'ward'))[1].unit_name, 'III');
});

test(`[${engineName}] doses by round and product: named round, round at the site that day, or none`, async () => {
  const s = await dosesByRoundAndProduct(t.db, t.ctx, '2021-09-10');
  assert.deepEqual(
    s.by_round.map((r) => [r.round_code, r.product, r.administered, r.dose1, r.dose2]),
    [
      ['R1', 'astrazeneca', 2, 2, 0], // P3, P4 dose 1
      ['R1', 'pfizer', 2, 2, 0], // P1, P2 dose 1
      ['R2', 'astrazeneca', 1, 0, 1], // P4 dose 2 at S1, a site of R2
      ['R2', 'verocell', 1, 0, 1], // P6 dose 2 at S1: R2 lists the site, R3 (no sites) loses
      ['R3', 'moderna', 1, 0, 1], // P8 dose 2, no site: R3 runs everywhere
      ['R3', 'verocell', 1, 1, 0], // P6 dose 1 names R3
      [null, 'pfizer', 1, 0, 1], // P1 dose 2 (22/7): R1 ended, R2 only at S1
      [null, 'verocell', 2, 2, 0], // P5 at an unlisted site, P9 before R3
    ],
  );
  assert.deepEqual(
    s.by_product.map((r) => [r.product, r.administered]),
    [
      ['astrazeneca', 3],
      ['moderna', 1],
      ['pfizer', 3],
      ['verocell', 4],
    ],
  );
  assert.equal(s.total.administered, 11);
  assert.equal(s.total.administered_pct_of_received, null); // nothing received
});

test(`[${engineName}] the due list by ward, overdue first, without the deceased; XLSX read back`, async () => {
  const due = await nextDoses(t.db, t.ctx, { on: '2021-09-10' });
  // P2: Pfizer 10/7 → dose 2 from 31/7, overdue after 07/8. P3: AstraZeneca 10/7 → from 04/9 (56 days) to 02/10.
  // P5: Vero Cell 01/8 → from 22/8, overdue after 29/8. P9 (same schedule) died on 20/8.
  assert.deepEqual(
    due.map((d) => [d.ward_code, d.person_ref, d.next_dose, d.due_from, d.overdue_after, d.status]),
    [
      ['31321', 'P2', 2, '2021-07-31', '2021-08-07', 'overdue'],
      ['31321', 'P3', 2, '2021-09-04', '2021-10-02', 'due'],
      ['31340', 'P5', 2, '2021-08-22', '2021-08-29', 'overdue'],
    ],
  );
  assert.deepEqual(
    (await nextDoses(t.db, t.ctx, { on: '2021-09-10', ward_code: '31340' })).map((d) => d.person_ref),
    ['P5'],
  );
  assert.deepEqual(
    (await nextDoses(t.db, { ...t.ctx, wards: ['31321'] }, { on: '2021-09-10' })).map((d) => d.person_ref),
    ['P2', 'P3'],
  );

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await dueListXlsx(due, 'vi')) as unknown as ArrayBuffer);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['31321 III', '31340 Ngã Bảy'],
  );
  const sheet = wb.worksheets[0];
  assert.equal(sheet.rowCount, 3);
  const cells = (row: number) => Array.from({ length: 13 }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
  assert.deepEqual(cells(1).slice(0, 3), ['Mã người', 'Họ và tên', 'Năm sinh']);
  assert.deepEqual(cells(2), [
    'P2',
    'Trần Thị Hai',
    2004,
    null,
    null,
    null,
    1,
    'pfizer',
    '10/07/2021',
    2,
    '31/07/2021',
    '07/08/2021',
    'Quá hạn',
  ]);
  // A name starting with "=" is written as text, never as a formula.
  assert.equal(sheet.getRow(3).getCell(2).value, "'=1+2 Lê Ba");
  assert.equal(wb.worksheets[1].getRow(2).getCell(1).value, 'P5');
});
