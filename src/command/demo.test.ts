// The command demo imports whole (every row passes the import checks) and fills the summary with the seeds' figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName } from '../test/db.ts';
import { commandSummary } from './summary.ts';
import { loadCommandDemo } from './demo.ts';

test(`the command demo loads and gives the seeds' figures (${engineName})`, async () => {
  const t = await testDb();
  try {
    const asOf = '2021-10-13T00:00:00+07:00';
    await loadCommandDemo(t.db, t.ctx, asOf);
    const s = await commandSummary(t.db, t.ctx, new Date(asOf));
    const item = (code: string) => s.supplies.find((i) => i.item === code)!;
    // Seed 000: Cloramin B issued 370 + 1000 = 1.370 kg; stock 2000 − 1370 − 5 (count) = 625, of which the first
    // district holds 600 − 370 = 230. Seed 004: PPE 30.000 − 2.370 = 27.630; masks 600.000 − 34.635 = 565.365.
    assert.equal(item('CLO').stock_total, 625);
    assert.equal(item('CLO').stock.province, 395);
    assert.equal(item('PPE').stock_total, 27_630);
    assert.equal(item('MASK').stock_total, 565_365);
    assert.equal(item('VENT').stock_total, 89);
    // The last day (the period before the cut-off): 300 N95 received, 120 test kits issued.
    assert.deepEqual(
      s.supplies.filter((i) => i.received || i.issued).map((i) => [i.item, i.received, i.issued]),
      [
        ['N95', 300, 0],
        ['TKIT', 0, 120],
      ],
    );
    assert.deepEqual(
      [s.funds.allocation, s.funds.donation, s.funds.spending],
      [3_208_155_000, 435_000_000, 424_165_000],
    );
    // NQ68: 8 + 6 + 4 beneficiaries in three districts, 6 + 4 + 2 paid: 12/18 = 66.67 %.
    const nq68 = s.support.find((p) => p.programme === 'nq68')!;
    assert.deepEqual([nq68.approved, nq68.paid, nq68.paid_pct], [18, 12, 66.67]);
    assert.equal(s.tasks.total, 12);
  } finally {
    await t.close();
  }
});
