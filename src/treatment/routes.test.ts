// The treatment API over the hand-worked province of fixtures.ts (T = 10/9/2021 06:30): the severity series, the
// capacity scenario, the home follow-up lists, then a patient's path admit → severity → transfer → recover, with
// the refusals and the jurisdiction check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import type { Client } from '../test/http.ts';
import { officerAndCommune } from '../quarantine/test-users.ts';
import { rulesOn, putRuleSet } from '../rules/service.ts';
import { loadTreatmentScenario } from './fixtures.ts';

let t: TestDb, app: FastifyInstance, officer: Client, commune: Client;
const T = '2021-09-10T06:30:00%2B07:00';

before(async () => {
  t = await testDb();
  await loadTreatmentScenario(t);
  ({ app, officer, commune } = await officerAndCommune(t));
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] severity series: active cases by severity at each midnight`, async () => {
  const r = await officer('/api/v1/treatment/severity-series?from=2021-09-08&to=2021-09-10');
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json(), [
    // 9/9 00:00: H dead, E still active (recovers 9/9 20:00); C and E severe since 8/9, D still mild.
    { date: '2021-09-08', asymptomatic: 0, mild: 3, moderate: 2, severe: 2, critical: 0, unknown: 1 },
    // 10/9 00:00: F confirmed exactly then; E recovered; D moderate since 9/9 12:00.
    { date: '2021-09-09', asymptomatic: 1, mild: 2, moderate: 3, severe: 1, critical: 0, unknown: 1 },
    // 11/9 00:00: C critical (observed at T), G mild (06:31).
    { date: '2021-09-10', asymptomatic: 1, mild: 3, moderate: 2, severe: 0, critical: 1, unknown: 1 },
  ]);
});

test(`[${engineName}] capacity: needed per tier rounded half up, beds active on T's date and planned`, async () => {
  const get = async (q: string) => {
    const r = await officer(`/api/v1/treatment/capacity?${q}`);
    assert.equal(r.statusCode, 200, r.body);
    return r.json();
  };
  // 10 cases × 80/15/5 % = 8, 1.5 → 2, 0.5 → 1. Active on 10/9: tier 1 H1 (its last day) + H1B = 150, tier 2 H2 = 20
  // (HC closed after 9/9), tier 3 H3 = 10; planned: FH 2,000 (tier 1).
  assert.deepEqual(await get(`cases=10&at=${T}`), {
    cases: 10,
    at: '2021-09-10T06:30:00+07:00',
    by_tier: {
      '1': { needed: 8, active_beds: 150, planned_beds: 2000, shortfall: 0 },
      '2': { needed: 2, active_beds: 20, planned_beds: 0, shortfall: 0 },
      '3': { needed: 1, active_beds: 10, planned_beds: 0, shortfall: 0 },
    },
  });
  const thousand = await get(`cases=1000&at=${T}`);
  assert.deepEqual(thousand.by_tier['1'], { needed: 800, active_beds: 150, planned_beds: 2000, shortfall: 650 });
  assert.deepEqual(thousand.by_tier['3'], { needed: 50, active_beds: 10, planned_beds: 0, shortfall: 40 });
  // From 11/9 the province treats a quarter of tier 1 at home; H1 is no longer active: tier 1 = H1B's 50 beds.
  const rs = await rulesOn(t.db, t.ctx, '2021-09-10');
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-09-11',
    name: 'F0 tại nhà',
    basis: null,
    rules: { ...rs.rules, home_share_tier1: 25 },
  });
  const later = await get('cases=1000&at=2021-09-11T08:00:00%2B07:00');
  assert.deepEqual(later.by_tier['1'], { needed: 600, active_beds: 50, planned_beds: 2000, shortfall: 550 });
  assert.deepEqual(later.by_tier['2'], { needed: 150, active_beds: 20, planned_beds: 0, shortfall: 130 });
});

test(`[${engineName}] home follow-up: due a check, and moderate or worse to be moved`, async () => {
  const lists = async () => {
    const r = await officer(`/api/v1/treatment/home-followup?at=${T}`);
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    return [
      b.check_days,
      b.due_check.map((p: { person_ref: string }) => p.person_ref),
      b.to_move.map((p: { person_ref: string }) => p.person_ref),
    ];
  };
  // At home at T: A since 5/9 (never observed: due 6/9), F since exactly T (due 11/9). J counts under H2.
  assert.deepEqual(await lists(), [1, ['A'], []]);
  const obs = await officer({
    method: 'POST',
    url: '/api/v1/treatment/persons/A/severity',
    payload: { observed_at: '2021-09-10T06:00:00+07:00', severity: 'moderate', oxygen: 'none' },
  });
  assert.equal(obs.statusCode, 201, obs.body);
  // Checked today: next check 11/9; moderate at home: to be moved.
  assert.deepEqual(await lists(), [1, [], ['A']]);
});

test(`[${engineName}] admit → severity → transfer → recover; refusals; the outcome proposed once`, async () => {
  const post = (url: string, payload: object) => officer({ method: 'POST', url, payload });
  const notCase = await post('/api/v1/treatment/persons/N/care', {
    setting: 'home',
    start_at: '2021-09-10T07:00:00+07:00',
  });
  assert.deepEqual([notCase.statusCode, notCase.json().error], [404, 'not_a_case']);
  const quarantineOnly = await post('/api/v1/treatment/persons/B/care', {
    setting: 'facility',
    facility_code: 'Q',
    start_at: '2021-09-10T07:00:00+07:00',
  });
  assert.deepEqual([quarantineOnly.statusCode, quarantineOnly.json().error], [400, 'not_treatment_facility']);

  const admitted = await post('/api/v1/treatment/persons/B/care', {
    setting: 'home',
    start_at: '2021-09-10T07:00:00+07:00',
  });
  assert.equal(admitted.statusCode, 201, admitted.body);
  const home = admitted.json();
  assert.deepEqual([home.setting, home.facility_code, home.tier, home.end_at], ['home', null, null, null]);
  const twice = await post('/api/v1/treatment/persons/B/care', {
    setting: 'facility',
    facility_code: 'H2',
    start_at: '2021-09-10T09:00:00+07:00',
  });
  assert.deepEqual([twice.statusCode, twice.json().error], [409, 'care_overlap']);

  const sev = await post('/api/v1/treatment/persons/B/severity', {
    observed_at: '2021-09-10T07:30:00+07:00',
    severity: 'severe',
    oxygen: 'mask',
  });
  assert.equal(sev.statusCode, 201, sev.body);

  // H3 down to 2 beds: at 08:00 only C is there, B fits.
  await t.db.query(`UPDATE facilities SET beds = 2 WHERE province_code = '93' AND facility_code = 'H3'`);
  const moved = await post(`/api/v1/treatment/care/${home.episode_id}/transfer`, {
    at: '2021-09-10T08:00:00+07:00',
    setting: 'facility',
    facility_code: 'H3',
  });
  assert.equal(moved.statusCode, 200, moved.body);
  const { ended, started } = moved.json();
  assert.deepEqual([ended.end_reason, ended.end_at], ['transferred', '2021-09-10T01:00:00.000Z']);
  assert.deepEqual([started.facility_code, started.tier, started.start_at], ['H3', 3, '2021-09-10T01:00:00.000Z']);

  // H3 is full (C and B): E, recovered on 9/9, comes back on 12/9 — refused, then taken with a reason.
  const full = { setting: 'facility', facility_code: 'H3', start_at: '2021-09-12T08:00:00+07:00' };
  const refused = await post('/api/v1/treatment/persons/E/care', full);
  assert.deepEqual([refused.statusCode, refused.json().error], [409, 'care_facility_full']);
  assert.match(refused.json().message, /H3: 2\/2/);
  const planned = await post('/api/v1/treatment/persons/E/care', { ...full, facility_code: 'FH' });
  assert.deepEqual([planned.statusCode, planned.json().error], [409, 'care_facility_inactive']);
  const taken = await post('/api/v1/treatment/persons/E/care', { ...full, override_reason: 'Kê thêm giường' });
  assert.equal(taken.statusCode, 201, taken.body);

  const end = await post(`/api/v1/treatment/care/${started.episode_id}/end`, {
    end_at: '2021-09-20T09:00:00+07:00',
    end_reason: 'recovered',
  });
  assert.equal(end.statusCode, 200, end.body);
  assert.equal(end.json().proposed_outcome, 'discharged');
  const again = await post(`/api/v1/treatment/care/${started.episode_id}/end`, {
    end_at: '2021-09-21T09:00:00+07:00',
    end_reason: 'died',
  });
  assert.deepEqual([again.statusCode, again.json().error], [409, 'care_not_open']);
  const outcomes = await t.db.query<{ outcome: string; at: Date }>(
    `SELECT o.outcome, o.at FROM outcomes o JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'B'`,
  );
  assert.deepEqual(outcomes, [{ outcome: 'discharged', at: new Date('2021-09-20T02:00:00Z') }]);

  const list = await officer('/api/v1/treatment/persons/B/care');
  assert.deepEqual(
    list.json().map((e: { facility_code: string | null; end_reason: string }) => [e.facility_code, e.end_reason]),
    [
      ['H3', 'recovered'],
      [null, 'transferred'],
    ],
  );
  const severity = await officer('/api/v1/treatment/persons/B/severity');
  assert.deepEqual(
    severity.json().map((s: { severity: string; oxygen: string }) => [s.severity, s.oxygen]),
    [['severe', 'mask']],
  );
});

test(`[${engineName}] a commune officer reads and changes only the care of its ward's persons`, async () => {
  // The commune officer's ward is 31340: E and F live there, A does not.
  assert.equal((await commune('/api/v1/treatment/persons/E/care')).statusCode, 200);
  assert.equal((await commune('/api/v1/treatment/persons/A/care')).statusCode, 403);
  const [episode] = await t.db.query<{ episode_id: number }>(
    `SELECT e.episode_id FROM care_episodes e JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'A'`,
  );
  const end = await commune({
    method: 'POST',
    url: `/api/v1/treatment/care/${episode.episode_id}/end`,
    payload: { end_at: '2021-09-15T08:00:00+07:00', end_reason: 'recovered' },
  });
  assert.equal(end.statusCode, 403);
});
