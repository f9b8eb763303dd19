// The demo's vaccine supply (src/vaccination/demo.ts), worked back from a few doses: a tenth more received than
// given per lot, each district store sent what its wards gave, one round per month; a second load adds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { loadVaccinationDemo } from './demo.ts';

let t: TestDb;
async function load(kind: string, csv: string) {
  assert.deepEqual((await importFile(t.db, t.ctx, kind, Readable.from([csv]))).rejected, [], kind);
}
before(async () => {
  t = await testDb('93');
  // 31321 Phường III is in Thành phố Vị Thanh (930), 31340 Phường Ngã Bảy in Thành phố Ngã Bảy (931).
  await load(
    'persons',
    'person_ref,full_name,birth_year,ward_code\nA,Nguyễn Văn An,1980,31321\nB,Trần Thị Bình,1970,31340\nC,Lê Văn Cường,1960,31340\n',
  );
  await load(
    'vaccinations',
    'person_ref,dose_number,product,given_on,lot,site\n' +
      'A,1,astrazeneca,2021-07-20,AZ1,x\nB,1,astrazeneca,2021-07-25,AZ1,x\nC,1,pfizer,2021-08-03,PF1,x\n',
  );
});
after(async () => {
  await t?.close();
});

test(`[${engineName}] the vaccination demo: receipts, transfers by district and monthly rounds from the doses`, async () => {
  await loadVaccinationDemo(t.db, t.ctx);
  const moves = await t.db.query(
    `SELECT kind, moved_on::text, site_code, to_site_code, product, lot, quantity FROM vaccine_stock_moves
      ORDER BY move_id`,
  );
  assert.deepEqual(moves, [
    // AZ1: 2 doses → ceil(2.2) = 3 received 3 days before the first dose (20/7); 1 to each district store.
    {
      kind: 'receipt',
      moved_on: '2021-07-17',
      site_code: 'KHO-TINH',
      to_site_code: null,
      product: 'astrazeneca',
      lot: 'AZ1',
      quantity: 3,
    },
    {
      kind: 'transfer',
      moved_on: '2021-07-18',
      site_code: 'KHO-TINH',
      to_site_code: 'KHO-930',
      product: 'astrazeneca',
      lot: 'AZ1',
      quantity: 1,
    },
    {
      kind: 'transfer',
      moved_on: '2021-07-18',
      site_code: 'KHO-TINH',
      to_site_code: 'KHO-931',
      product: 'astrazeneca',
      lot: 'AZ1',
      quantity: 1,
    },
    // PF1: 1 dose → ceil(1.1) = 2.
    {
      kind: 'receipt',
      moved_on: '2021-07-31',
      site_code: 'KHO-TINH',
      to_site_code: null,
      product: 'pfizer',
      lot: 'PF1',
      quantity: 2,
    },
    {
      kind: 'transfer',
      moved_on: '2021-08-01',
      site_code: 'KHO-TINH',
      to_site_code: 'KHO-931',
      product: 'pfizer',
      lot: 'PF1',
      quantity: 1,
    },
  ]);
  const allocations = await t.db.query(
    'SELECT product, quantity, decided_on::text FROM vaccine_allocations ORDER BY product',
  );
  assert.deepEqual(allocations, [
    { product: 'astrazeneca', quantity: 3, decided_on: '2021-07-10' },
    { product: 'pfizer', quantity: 2, decided_on: '2021-07-24' },
  ]);
  const rounds = await t.db.query(
    'SELECT round_code, name, starts_on::text, ends_on::text FROM vaccination_rounds ORDER BY 1',
  );
  assert.deepEqual(rounds, [
    { round_code: 'DOT1', name: 'Đợt 1 (tháng 7/2021)', starts_on: '2021-07-20', ends_on: '2021-07-31' },
    { round_code: 'DOT2', name: 'Đợt 2 (tháng 8/2021)', starts_on: '2021-08-01', ends_on: '2021-08-03' },
  ]);
  await loadVaccinationDemo(t.db, t.ctx);
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM vaccine_stock_moves');
  assert.equal(n, 5);
});
