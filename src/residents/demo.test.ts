// The demo province's arrival cohorts, residents abroad and residents held in other provinces (src/entry/cohort-demo.ts,
// src/residents/demo.ts), loaded with the rest of the demo through the importer: nothing refused, seed 000's 93
// residents held elsewhere (51 completed, 42 current, by province), arrivals from Hà Nội with their follow-up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { loadDemo } from '../app/demo.ts';
import { residentsReport } from './service.ts';
import { arrivalCohort } from '../entry/cohorts.ts';
import { loadCohortDemoCrossings } from '../entry/cohort-demo.ts';
import { dailyReport } from '../reports/daily.ts';

let t: TestDb;
let loaded: Awaited<ReturnType<typeof loadDemo>>;
before(async () => {
  t = await testDb('93');
  loaded = await loadDemo(t.db, t.ctx, { people: 3000, seed: 1 });
});
after(async () => {
  await t?.close();
});

test(`[${engineName}] the demo's cohorts and residents: imported whole, seed 000's residents held elsewhere`, async () => {
  for (const r of loaded.extras) assert.equal(r.rejected, 0, `${r.kind}: ${JSON.stringify(r.first_rejected)}`);
  const at = new Date(loaded.generated.as_of);
  const residents = await residentsReport(t.db, t.ctx, at);
  // Seed 000, 3.2: 93 held elsewhere, 51 completed (Thái Nguyên, Hòa Bình, Bắc Kạn, Cao Bằng, Lạng Sơn), 42 current
  // (Trà Vinh 3, Tiền Giang 24, Cần Thơ 9, Lạng Sơn 6).
  assert.deepEqual(residents.held_elsewhere, [
    { province_code: '04', completed: 7, current: 0 },
    { province_code: '06', completed: 8, current: 0 },
    { province_code: '17', completed: 12, current: 0 },
    { province_code: '19', completed: 15, current: 0 },
    { province_code: '20', completed: 9, current: 6 },
    { province_code: '82', completed: 0, current: 24 },
    { province_code: '84', completed: 0, current: 3 },
    { province_code: '92', completed: 0, current: 9 },
  ]);
  // Every resident listed is abroad or back; several countries are expected.
  const listed = loaded.extras.find((e) => e.kind === 'residents_abroad')!.rows;
  assert.equal(residents.abroad.total + residents.abroad.returned, listed);
  assert.ok(residents.abroad.returned > 0 && residents.abroad.total > residents.abroad.returned);
  assert.ok(residents.abroad.expected_by_country.length >= 2, JSON.stringify(residents.abroad));

  // From Hà Nội since 20/7: the 120 travellers nobody registered, and the returnees the wave quarantined.
  const hanoi = await arrivalCohort(t.db, t.ctx, { origin: '01', since: '2021-07-20', at: loaded.generated.as_of });
  assert.ok(hanoi.arrived > 120, JSON.stringify(hanoi));
  assert.ok(hanoi.under_management > 0 && hanoi.sampled > 0, JSON.stringify(hanoi));
  assert.equal(hanoi.under_management, hanoi.centralized + hanoi.home + hanoi.self_monitoring);
  assert.equal(hanoi.sampled >= hanoi.positive + hanoi.negative + hanoi.pending, true);
  const abroad = await arrivalCohort(t.db, t.ctx, {
    origin: 'abroad',
    since: '2021-06-15',
    at: loaded.generated.as_of,
  });
  assert.ok(abroad.arrived > 0, JSON.stringify(abroad));
  // The returnees' crossings are recorded once.
  assert.equal(await loadCohortDemoCrossings(t.db, t.ctx), 0);
  // The held episodes are not the province's quarantine: the report counts none of them.
  const q = (await dailyReport(t.db, t.ctx, at)).current.quarantine;
  const [{ n }] = await t.db.query<{ n: number }>(
    `SELECT count(DISTINCT person_id)::int AS n FROM quarantine_episodes WHERE start_at <= $1 AND (end_at IS NULL OR end_at > $1)
        AND held_in_province IS NULL`,
    [at],
  );
  assert.ok(q.current.total <= n);
});
