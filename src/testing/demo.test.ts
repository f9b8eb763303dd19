// The demo's labs and screening round (src/testing/demo.ts): the two labs its samples name, the first screening
// round over every ward of the province with the population as its target; loaded once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { loadTestingDemo } from './demo.ts';

let t: TestDb;
before(async () => {
  t = await testDb('93');
  await importFile(t.db, t.ctx, 'population', Readable.from(['ward_code,population\n31321,1000\n31340,500\n']));
});
after(async () => {
  await t?.close();
});

test(`[${engineName}] the testing demo: two labs, the first screening round on day 50 over the 75 wards`, async () => {
  await loadTestingDemo(t.db, t.ctx, '2021-06-15');
  const labs = await t.db.query('SELECT lab_code, name, capacity_per_day FROM labs ORDER BY capacity_per_day');
  assert.deepEqual(labs, [
    { lab_code: 'Bệnh viện Đa khoa tỉnh Hậu Giang', name: 'Bệnh viện Đa khoa tỉnh Hậu Giang', capacity_per_day: 1000 },
    { lab_code: 'CDC Hậu Giang', name: 'Trung tâm Kiểm soát bệnh tật tỉnh Hậu Giang', capacity_per_day: 3000 },
  ]);
  // 15/6 + 50 days = 4/8/2021; Hậu Giang has 75 wards (reference-data/admin-units-2024.csv); 1000 + 500 people.
  const rounds = await t.db.query(
    `SELECT r.round_code, r.starts_on::text, r.ends_on::text, r.target_population,
            (SELECT count(*)::int FROM screening_round_areas a WHERE a.province_code = r.province_code AND a.round_code = r.round_code) AS wards
       FROM screening_rounds r`,
  );
  assert.deepEqual(rounds, [
    { round_code: 'SL1', starts_on: '2021-08-04', ends_on: '2021-08-04', target_population: 1500, wards: 75 },
  ]);
  await loadTestingDemo(t.db, t.ctx, '2021-06-15');
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM labs');
  assert.equal(n, 2);
});
