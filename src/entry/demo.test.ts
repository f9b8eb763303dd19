// The demo province's entry records (src/entry/demo.ts): what one day holds, worked by hand, and a second load
// that adds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { loadEntryDemo } from './demo.ts';

let t: TestDb;
before(async () => {
  t = await testDb('93');
});
after(async () => {
  await t?.close();
});

test(`[${engineName}] the entry demo: 3 checkpoints, 84 crossings, 49 declarations; 12/10 by hand; loaded once`, async () => {
  assert.deepEqual(await loadEntryDemo(t.db, t.ctx, '2021-10-13T00:00:00+07:00'), {
    checkpoints: 3,
    crossings: 84,
    declarations: 49,
  });
  // 12/10 (the last day): seqs 180–182, 190–193, 200–204; from HCMC (seq % 4 = 0) 180, 192, 200, 204, turned back
  // when also seq % 3 = 0 (180, 192, 204), else quarantined (200); the last crossing of each checkpoint leaves.
  const day = await t.db.query<{ decision: string; direction: string; n: number }>(
    `SELECT decision, direction, count(*)::int AS n FROM crossings
      WHERE (crossed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = '2021-10-12' GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  assert.deepEqual(day, [
    { decision: 'allowed', direction: 'in', n: 6 },
    { decision: 'allowed', direction: 'out', n: 2 },
    { decision: 'quarantine', direction: 'in', n: 1 },
    { decision: 'turned_back', direction: 'in', n: 2 },
    { decision: 'turned_back', direction: 'out', n: 1 },
  ]);
  // Shifts: 3 checkpoints × 7 days × 3 shifts; 7 staff a day at each.
  const [shifts] = await t.db.query<{ n: number; staff: number }>(
    'SELECT count(*)::int AS n, sum(staff)::int AS staff FROM checkpoint_shifts',
  );
  assert.deepEqual(shifts, { n: 63, staff: 147 });
  assert.deepEqual(await loadEntryDemo(t.db, t.ctx, '2021-10-13T00:00:00+07:00'), {
    checkpoints: 0,
    crossings: 0,
    declarations: 0,
  });
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM crossings');
  assert.equal(n, 84);
});
