// Stock arithmetic and refusals: receipts, transfers, wastage, corrections and doses at registered sites; a lot's
// stock at a site can never fall below zero on any day (API and import); the supply figures from these records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { AppError } from '../shared/errors.ts';
import { createAllocation, putSite, recordMove, stockLevels, supplySummary, type MoveInput } from './supply.ts';
import { putRound } from './rounds.ts';
import { putDose } from './doses.ts';

let t: TestDb;
const allocations: Record<string, number> = {};
const load = (csv: string, partial = false) =>
  importFile(t.db, t.ctx, 'vaccinations', Readable.from([csv]), { partial });
const move = (m: Partial<MoveInput> & Pick<MoveInput, 'kind' | 'moved_on' | 'site_code' | 'lot' | 'quantity'>) =>
  recordMove(t.db, t.ctx, { product: 'pfizer', ...m });
const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

/** The promise is refused with this message key, field and (some) parameters. */
async function refused(p: Promise<unknown>, key: string, field: string, params: Record<string, unknown> = {}) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof AppError, String(e));
    assert.deepEqual([e.key, e.field], [key, field]);
    for (const [k, v] of Object.entries(params)) assert.equal(e.params[k], v, k);
    return true;
  });
}

before(async () => {
  t = await testDb();
  const r = await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,ward_code\nQ1,Người Q1,31321\nQ2,Người Q2,31321\nQ3,Người Q3,31321\nQ4,Người Q4,31340\nQ5,Người Q5,31340\nQ6,Người Q6,31340\n',
    ]),
  );
  assert.equal(r.inserted, 6);
  const sites = [
    ['KHO', 'Kho vắc xin CDC tỉnh', 'store', '31321'],
    ['TTYT930', 'Kho TTYT Vị Thanh', 'store', '31318'],
    ['TYT1', 'Trạm Y tế Phường III', 'site', '31321'],
    ['TYT2', 'Trạm Y tế Ngã Bảy', 'site', '31340'],
    ['TYT3', 'Trạm Y tế Lái Hiếu', 'site', '31340'],
  ] as const;
  for (const [site_code, name, kind, ward_code] of sites)
    await putSite(t.db, t.ctx, { site_code, name, kind, ward_code });
  await putRound(t.db, t.ctx, {
    round_code: 'R1',
    name: 'Đợt 1',
    starts_on: '2021-07-01',
    target_groups: [],
    site_codes: ['TYT1'],
  });
  for (const [n, product, quantity, target_level, target_code, round_code] of [
    ['QD-1', 'pfizer', 1000, 'province', undefined, 'R1'],
    ['QD-2', 'astrazeneca', 500, 'province', undefined, null],
    ['QD-3', 'pfizer', 600, 'district', '930', null],
  ] as const) {
    const a = await createAllocation(t.db, t.ctx, {
      decision_number: n,
      decided_on: '2021-07-01',
      product,
      quantity,
      target_level,
      target_code,
      round_code,
    });
    allocations[n] = a.allocation_id as number;
  }
  await move({
    kind: 'receipt',
    moved_on: '2021-07-05',
    site_code: 'KHO',
    lot: 'PF1',
    expires_on: '2021-10-31',
    quantity: 600,
    allocation_id: allocations['QD-1'],
  });
  await move({
    kind: 'receipt',
    moved_on: '2021-07-06',
    site_code: 'KHO',
    lot: 'PF2',
    expires_on: '2021-12-31',
    quantity: 300,
    allocation_id: allocations['QD-1'],
  });
  await move({
    kind: 'receipt',
    moved_on: '2021-07-25',
    site_code: 'KHO',
    product: 'astrazeneca',
    lot: 'AZ1',
    expires_on: '2021-09-30',
    quantity: 500,
    allocation_id: allocations['QD-2'],
  });
  await move({
    kind: 'transfer',
    moved_on: '2021-07-10',
    site_code: 'KHO',
    to_site_code: 'TYT1',
    lot: 'PF1',
    quantity: 200,
  });
  await move({
    kind: 'transfer',
    moved_on: '2021-07-11',
    site_code: 'KHO',
    to_site_code: 'TYT2',
    lot: 'PF1',
    quantity: 100,
  });
  await move({
    kind: 'transfer',
    moved_on: '2021-07-15',
    site_code: 'KHO',
    to_site_code: 'TYT3',
    lot: 'PF2',
    quantity: 3,
  });
  await move({
    kind: 'transfer',
    moved_on: '2021-07-20',
    site_code: 'TYT3',
    to_site_code: 'KHO',
    lot: 'PF2',
    quantity: 1,
    reason: 'trả lại kho',
  });
  await putDose(t.db, t.ctx, {
    person_ref: 'Q1',
    dose_number: 1,
    product: 'pfizer',
    given_on: '2021-07-12',
    site: 'TYT1',
    lot: 'PF1',
  });
  await putDose(t.db, t.ctx, {
    person_ref: 'Q2',
    dose_number: 1,
    product: 'pfizer',
    given_on: '2021-07-12',
    site: 'TYT1',
    lot: 'PF1',
  });
  assert.deepEqual(
    (await load('person_ref,dose_number,product,given_on,lot,site\nQ3,1,pfizer,2021-07-12,PF1,TYT1\n')).rejected,
    [],
  );
  await move({
    kind: 'wastage',
    moved_on: '2021-07-12',
    site_code: 'TYT1',
    lot: 'PF1',
    quantity: 6,
    reason: 'lọ đã mở hết hạn sử dụng',
  });
});
after(async () => {
  await t.close();
});

test(`[${engineName}] a move or dose that would take any day's stock below zero is refused, with the day and balance`, async () => {
  const moves = await count('vaccine_stock_moves');
  // TYT2 holds 100 doses of PF1.
  await refused(
    move({ kind: 'wastage', moved_on: '2021-07-15', site_code: 'TYT2', lot: 'PF1', quantity: 101, reason: 'vỡ' }),
    'stock_negative',
    'quantity',
    { site: 'TYT2', lot: 'PF1', date: '2021-07-15', balance: -1 },
  );
  // AZ1 reaches the store on 25/7: it cannot leave on 20/7.
  await refused(
    move({
      kind: 'transfer',
      moved_on: '2021-07-20',
      site_code: 'KHO',
      to_site_code: 'TYT2',
      product: 'astrazeneca',
      lot: 'AZ1',
      quantity: 10,
    }),
    'stock_negative',
    'quantity',
    { site: 'KHO', lot: 'AZ1', date: '2021-07-20', balance: -10 },
  );
  // Back-dated: on 11/7 TYT1 would keep 200 − 195 = 5, then on 12/7 give 3 doses and waste 6 → −4.
  await refused(
    move({
      kind: 'wastage',
      moved_on: '2021-07-11',
      site_code: 'TYT1',
      lot: 'PF1',
      quantity: 195,
      reason: 'mất dây chuyền lạnh',
    }),
    'stock_negative',
    'quantity',
    { site: 'TYT1', date: '2021-07-12', balance: -4 },
  );
  await refused(
    move({
      kind: 'adjustment',
      moved_on: '2021-07-30',
      site_code: 'TYT2',
      lot: 'PF1',
      quantity: -101,
      reason: 'kiểm kê',
    }),
    'stock_negative',
    'quantity',
    { balance: -1 },
  );
  // A dose at a registered site must come from a lot of that product in its stock.
  await refused(
    putDose(t.db, t.ctx, {
      person_ref: 'Q4',
      dose_number: 1,
      product: 'pfizer',
      given_on: '2021-07-16',
      site: 'TYT2',
      lot: 'XX',
    }),
    'stock_negative',
    'lot',
    { site: 'TYT2', lot: 'XX', balance: -1 },
  );
  await refused(
    putDose(t.db, t.ctx, {
      person_ref: 'Q4',
      dose_number: 1,
      product: 'astrazeneca',
      given_on: '2021-07-16',
      site: 'TYT2',
      lot: 'PF1',
    }),
    'stock_negative',
    'lot',
    { product: 'astrazeneca' },
  );
  assert.equal(await count('vaccine_stock_moves'), moves);
  assert.equal(
    (
      await t.db.query(
        `SELECT 1 FROM vaccinations v JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'Q4'`,
      )
    ).length,
    0,
  );
  // Plain input errors name their field.
  await refused(
    move({
      kind: 'receipt',
      moved_on: '2021-07-30',
      site_code: 'KHO',
      lot: 'PF1',
      expires_on: '2021-11-30',
      quantity: 5,
    }),
    'lot_expiry_mismatch',
    'expires_on',
  );
  await refused(
    move({ kind: 'receipt', moved_on: '2021-07-30', site_code: 'KHO', lot: 'PF9', quantity: 5 }),
    'required',
    'expires_on',
  );
  await refused(
    move({ kind: 'transfer', moved_on: '2021-07-30', site_code: 'KHO', lot: 'PF1', quantity: 5 }),
    'transfer_target',
    'to_site_code',
  );
  await refused(
    move({ kind: 'transfer', moved_on: '2021-07-30', site_code: 'KHO', to_site_code: 'KHO', lot: 'PF1', quantity: 5 }),
    'transfer_target',
    'to_site_code',
  );
  await refused(
    move({ kind: 'wastage', moved_on: '2021-07-30', site_code: 'KHO', lot: 'PF1', quantity: 5 }),
    'required',
    'reason',
  );
  await refused(
    move({ kind: 'wastage', moved_on: '2021-07-30', site_code: 'KHO', lot: 'NOPE', quantity: 5, reason: 'x' }),
    'unknown_lot',
    'lot',
  );
  await refused(
    move({ kind: 'wastage', moved_on: '2021-07-30', site_code: 'NOWHERE', lot: 'PF1', quantity: 5, reason: 'x' }),
    'unknown_site',
    'site_code',
  );
  await refused(
    move({
      kind: 'receipt',
      moved_on: '2021-07-30',
      site_code: 'KHO',
      lot: 'PF1',
      quantity: 5,
      allocation_id: allocations['QD-2'],
    }),
    'allocation_product_mismatch',
    'allocation_id',
  );
  assert.equal(await count('vaccine_stock_moves'), moves);
});

test(`[${engineName}] the import refuses the rows that would empty a lot, on the day or later`, async () => {
  // TYT3 receives 3 doses of PF2 on 15/7 and returns 1 to the store on 20/7: 3 doses on 16/7 leave −1 on 20/7.
  const three =
    'person_ref,dose_number,product,given_on,lot,site\nQ4,1,pfizer,2021-07-16,PF2,TYT3\nQ5,1,pfizer,2021-07-16,PF2,TYT3\nQ6,1,pfizer,2021-07-16,PF2,TYT3\n';
  const r = await load(three);
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'lot'],
      [3, 'lot'],
      [4, 'lot'],
    ],
  );
  assert.match(r.rejected[0].reason, /PF2 @ TYT3/);
  assert.equal(r.inserted, 0);
  const two =
    'person_ref,dose_number,product,given_on,lot,site\nQ4,1,pfizer,2021-07-16,PF2,TYT3\nQ5,1,pfizer,2021-07-16,PF2,TYT3\n';
  assert.deepEqual([(await load(two)).inserted, (await load(two)).updated], [2, 0]);
  // Re-importing the same doses replaces them: they are not counted twice.
  const again = await load(two);
  assert.deepEqual([again.inserted, again.updated, again.rejected], [0, 0, []]);
  // The stock is now 0 from 20/7: a dose on 21/7 is refused on its own line, the partial import keeps the rest.
  const r2 = await load(
    'person_ref,dose_number,product,given_on,lot,site\nQ6,1,pfizer,2021-07-21,PF2,TYT3\nQ6,2,pfizer,2021-08-11,,Điểm tiêm lưu động\n',
    true,
  );
  assert.deepEqual([r2.inserted, r2.rejected.map((x) => [x.line, x.column])], [1, [[2, 'lot']]]);
});

test(`[${engineName}] stock by site and lot with expiry, each movement accounted for`, async () => {
  const rows = await stockLevels(t.db, t.ctx, { on: '2021-07-31' });
  assert.deepEqual(
    rows.map((r) => [
      r.site_code,
      r.lot,
      r.expires_on,
      r.received,
      r.transferred_in,
      r.transferred_out,
      r.administered,
      r.wasted,
      r.balance,
    ]),
    [
      ['KHO', 'AZ1', '2021-09-30', 500, 0, 0, 0, 0, 500],
      ['KHO', 'PF1', '2021-10-31', 600, 0, 300, 0, 0, 300],
      ['KHO', 'PF2', '2021-12-31', 300, 1, 3, 0, 0, 298],
      ['TYT1', 'PF1', '2021-10-31', 0, 200, 0, 3, 6, 191],
      ['TYT2', 'PF1', '2021-10-31', 0, 100, 0, 0, 0, 100],
      ['TYT3', 'PF2', '2021-12-31', 0, 3, 1, 2, 0, 0],
    ],
  );
  // Stock of the commune officer's ward only; expiry flagged once past.
  const ward = await stockLevels(t.db, { ...t.ctx, wards: ['31340'] }, { on: '2021-11-01' });
  assert.deepEqual(
    ward.map((r) => [r.site_code, r.lot, r.expired]),
    [
      ['TYT2', 'PF1', true],
      ['TYT3', 'PF2', false],
    ],
  );
  // A dose from an expired lot is recorded with a flag (it was given), and still leaves the stock.
  const late = await putDose(t.db, t.ctx, {
    person_ref: 'Q1',
    dose_number: 2,
    product: 'pfizer',
    given_on: '2021-11-02',
    site: 'TYT1',
    lot: 'PF1',
  });
  assert.deepEqual(
    late.flags.map((f) => f.code),
    ['late', 'expired_lot'],
  );
  assert.equal((await stockLevels(t.db, t.ctx, { on: '2021-11-02', site_code: 'TYT1' }))[0].balance, 190);
  const [a] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'vaccine_stock_move'`,
  );
  assert.equal(a.n, 8); // 3 receipts, 4 transfers, 1 wastage
});

test(`[${engineName}] supply figures: allocated, received, administered and its share of received`, async () => {
  const s = await supplySummary(t.db, t.ctx, '2021-07-31');
  // Allocated to the province 1.000 + 500 (the district decision QD-3 is a sub-allocation); received 600 + 300 + 500;
  // administered Q1 Q2 Q3 at TYT1, Q4 Q5 at TYT3 = 5 of 1.400 received = 0,357…% → 0,36.
  assert.deepEqual(s.total, {
    allocated: 1500,
    received: 1400,
    administered: 5,
    wasted: 6,
    dose1: 5,
    dose2: 0,
    dose3_plus: 0,
    administered_pct_of_received: 0.36,
  });
  assert.deepEqual(
    s.by_product.map((r) => [
      r.product,
      r.allocated,
      r.received,
      r.administered,
      r.wasted,
      r.administered_pct_of_received,
    ]),
    [
      ['astrazeneca', 500, 500, 0, 0, 0],
      ['pfizer', 1000, 900, 5, 6, 0.56],
    ],
  );
  assert.deepEqual(
    s.by_round.map((r) => [
      r.round_code,
      r.product,
      r.allocated,
      r.received,
      r.administered,
      r.administered_pct_of_received,
    ]),
    [
      ['R1', 'pfizer', 1000, 900, 3, 0.33],
      [null, 'astrazeneca', 500, 500, 0, 0],
      [null, 'pfizer', 0, 0, 2, null],
    ],
  );
  // A commune officer of 31340: no decision addressed to them, nothing received there, the doses of their people.
  const ward = await supplySummary(t.db, { ...t.ctx, wards: ['31340'] }, '2021-07-31');
  assert.deepEqual([ward.total.allocated, ward.total.received, ward.total.administered], [0, 0, 2]);
  // The district officer of 930 sees the decision addressed to the district.
  const district = await supplySummary(
    t.db,
    { ...t.ctx, wards: ['31318', '31321', '31324', '31327', '31330', '31333', '31336', '31338', '31339'] },
    '2021-07-31',
  );
  assert.equal(district.total.allocated, 600);
});

test(`[${engineName}] two doses racing for the last dose of a lot: the second waits for the first, then is refused`, async () => {
  await move({
    kind: 'transfer',
    moved_on: '2021-08-02',
    site_code: 'KHO',
    to_site_code: 'TYT2',
    lot: 'PF2',
    quantity: 1,
  });
  const dose = (person_ref: string) => ({
    person_ref,
    dose_number: 2,
    product: 'pfizer' as const,
    given_on: '2021-08-03',
    site: 'TYT2',
    lot: 'PF2',
  });
  let second!: Promise<unknown>;
  await t.db.tx(async (first) => {
    await putDose(first, t.ctx, dose('Q4'));
    // Another connection records a dose from the same lot while the first transaction is still open.
    second = putDose(t.db, t.ctx, dose('Q5'));
    second.catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
  });
  await assert.rejects(second, (e: AppError) => e.key === 'stock_negative');
  const [tyt2] = (await stockLevels(t.db, t.ctx, { on: '2021-08-03', site_code: 'TYT2' })).filter(
    (r) => r.lot === 'PF2',
  );
  assert.deepEqual([tyt2.transferred_in, tyt2.administered, tyt2.balance], [1, 1, 0]);
});
