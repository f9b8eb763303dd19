// The public portal: answered without a session, the latest issued province report's figures (the hand-worked
// scenario of src/reports/fixtures.ts), the day's levels, measures and open checkpoints at their first and last
// day, nothing personal anywhere in the payload, the minute's cache, the rate limit, and the hotline settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { loadScenario, SCENARIO, T } from '../reports/fixtures.ts';
import { createDraft, issueDraft } from '../reports/service.ts';
import { createZoningDecision, createZoningMeasure } from '../zoning/service.ts';
import { createSite, type CheckpointInput } from '../entry/sites.ts';
import { forgetPortal, portal } from './service.ts';

let t: TestDb;
let app: FastifyInstance;
const as: Record<string, Client> = {};
const anonymous = (url: string, ip = '203.0.113.7') => app.inject({ url, remoteAddress: ip });

before(async () => {
  t = await testDb();
  await loadScenario(t);
  // The report day is 10/9/2021 (T = 06:30): what starts that day is shown, what ended the day before is not.
  await createZoningDecision(t.db, t.ctx, {
    unit_code: '31321',
    level: 4,
    from_date: '2021-09-10',
    to_date: null,
    decision_number: '12/QĐ-UBND',
    reason: null,
  });
  const measure = { to_date: null, decision_number: '7/QĐ-UBND', note: 'Ấp 1, ấp 2' };
  await createZoningMeasure(t.db, t.ctx, { ...measure, unit_code: '930', measure: 'ct16', from_date: '2021-09-10' });
  await createZoningMeasure(t.db, t.ctx, {
    ...measure,
    unit_code: '931',
    measure: 'ct15',
    from_date: '2021-09-01',
    to_date: '2021-09-09',
  });
  const site = (code: string, active_to: string | null) =>
    createSite(t.db, t.ctx, 'checkpoint', {
      checkpoint_code: code,
      name: `Chốt ${code}`,
      kind: 'checkpoint',
      ward_code: '31321',
      active_from: '2021-09-01',
      active_to,
    } as CheckpointInput);
  await site('OPEN', '2021-09-10');
  await site('CLOSED', '2021-09-09');
  app = await testApp(t);
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  await addUser(t, 'district930', 'district_officer', ['district', '930']);
  for (const u of ['admin', 'district930']) as[u] = await signIn(app, u);
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] before any report: levels and forms of today, no figures`, async () => {
  forgetPortal('93');
  const r = await anonymous('/api/v1/public/portal');
  assert.equal(r.statusCode, 200);
  assert.equal(r.json().report, null);
  assert.equal(r.json().province.name, 'Hậu Giang');
});

test(`[${engineName}] without a session: the latest issued province report's figures with the previous ones`, async () => {
  // a district's report is not the province's: the portal skips it even when issued later
  const own = await createDraft(t.db, t.ctx, T);
  await issueDraft(t.db, t.ctx, own!.draft_id);
  const districtCtx = { ...t.ctx, wards: ['31321', '31324'], userId: await userId('district930') };
  const district = await createDraft(t.db, districtCtx, T);
  await issueDraft(t.db, districtCtx, district!.draft_id);
  // nor is a seed template's report (its own shape), though it is the province's and issued later: number 02
  const situation = await createDraft(t.db, t.ctx, T, { template: 'situation', compare: new Date('2021-09-01') });
  assert.equal((await issueDraft(t.db, t.ctx, situation!.draft_id)).symbol, '02/BC-BCĐ');
  forgetPortal('93');

  const r = await anonymous('/api/v1/public/portal');
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['cache-control'], 'public, max-age=60');
  const p = r.json();
  assert.equal(p.report.symbol, '01/BC-BCĐ');
  assert.equal(p.report.as_of, '2021-09-10T06:30:00+07:00');
  assert.equal(p.report.previous_as_of, '2021-09-09T06:30:00+07:00');
  // worked in src/reports/daily.test.ts from the scenario's records
  assert.deepEqual(p.report.current, {
    cases_total: 5,
    cases_new: 2,
    cases_active: 2,
    discharged: 1,
    died: 1,
    quarantine_current: 5,
    samples_taken: 8,
    positive: 1,
    vaccination_doses: 6,
    coverage_dose1_18plus_pct: 1,
  });
  assert.deepEqual(p.report.previous, {
    cases_total: 3,
    cases_new: 1,
    cases_active: 2,
    discharged: 0,
    died: 0,
    quarantine_current: 4,
    samples_taken: 4,
    positive: 1,
    vaccination_doses: 4,
    coverage_dose1_18plus_pct: 0.67,
  });
  // the report's day: the decision and the measure from 10/9 are in force, the measure ended 9/9 is not
  assert.equal(p.zoning.day, '2021-09-10');
  assert.deepEqual(
    p.zoning.wards.find((w: { unit_code: string }) => w.unit_code === '31321'),
    { unit_code: '31321', name: 'Phường III', district: 'Thành phố Vị Thanh', level: 4 },
  );
  assert.equal(p.zoning.counts.wards[4], 1);
  assert.deepEqual(
    p.measures.map((m: { unit_code: string; measure: string; note: string }) => [m.unit_code, m.measure, m.note]),
    [['930', 'ct16', 'Ấp 1, ấp 2']],
  );
  // the checkpoint open through 10/9 has its form; the one closed on 9/9 has none
  assert.equal(p.declaration_forms.length, 1);
  assert.equal(p.declaration_forms[0].checkpoint_code, 'OPEN');
  assert.match(p.declaration_forms[0].url, /^\/khai-bao\/OPEN\?t=[0-9a-f]{32}$/);
  assert.deepEqual(p.hotlines, []);
});

test(`[${engineName}] nothing personal in the payload: no name, reference, phone or birth of any person`, async () => {
  const p = (await anonymous('/api/v1/public/portal')).json();
  const keys = new Set<string>(),
    values = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        walk(x);
      }
    else if (typeof v === 'string') values.add(v);
  };
  walk(p);
  for (const k of ['full_name', 'person_ref', 'phone', 'id_number', 'birth_year', 'person_id', 'name_fold'])
    assert.ok(!keys.has(k), `key ${k}`);
  const persons = SCENARIO.persons.trim().split('\n').slice(1);
  const text = JSON.stringify(p);
  for (const line of persons) {
    const [ref, name] = line.split(',');
    assert.ok(!values.has(ref), `reference ${ref}`);
    assert.ok(!text.includes(name), `name ${name}`);
  }
});

test(`[${engineName}] cached a minute: a new answer only after the minute or a settings change`, async () => {
  forgetPortal('93');
  const first = await portal(t.db, t.ctx, 1_000);
  assert.equal(await portal(t.db, t.ctx, 60_999), first);
  assert.notEqual(await portal(t.db, t.ctx, 61_000), first);
});

test(`[${engineName}] hotlines: a province-wide user sets them, a district cannot, a bad number names its field`, async () => {
  const put = (who: string, hotlines: object[]) =>
    as[who]({ method: 'PUT', url: '/api/v1/portal/settings', payload: { hotlines } });
  const hotline = { label: 'Sở Y tế Hậu Giang', phone: '0293 3878 787' };
  const district = await put('district930', [hotline]);
  assert.deepEqual([district.statusCode, district.json().error], [403, 'forbidden']);
  const bad = await put('admin', [hotline, { label: 'CDC', phone: 'gọi 115' }]);
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'hotlines.1.phone']);
  assert.match(bad.json().message, /hotlines\.1\.phone/);
  const ok = await put('admin', [hotline]);
  assert.deepEqual(ok.json(), { hotlines: [hotline] });
  const [audited] = await t.db.query<{ action: string; actor: string }>(
    `SELECT action, actor FROM audit_log WHERE entity = 'portal_settings' ORDER BY audit_id DESC LIMIT 1`,
  );
  assert.deepEqual(audited, { action: 'insert', actor: 'admin' });
  // shown at once, not after the cached minute
  assert.deepEqual((await anonymous('/api/v1/public/portal')).json().hotlines, [hotline]);
  assert.equal((await app.inject({ method: 'PUT', url: '/api/v1/portal/settings', payload: {} })).statusCode, 401);
});

test(`[${engineName}] the ward shapes without a session; one address is limited to 120 a minute`, async () => {
  const shapes = await anonymous('/api/v1/public/portal/wards.geojson', '203.0.113.9');
  assert.equal(shapes.statusCode, 200);
  assert.equal(shapes.json().type, 'FeatureCollection');
  let last = 0;
  for (let i = 1; i < 121; i++) last = (await anonymous('/api/v1/public/portal', '203.0.113.9')).statusCode;
  assert.equal(last, 200);
  assert.equal((await anonymous('/api/v1/public/portal', '203.0.113.9')).statusCode, 429);
  assert.equal((await anonymous('/api/v1/public/portal', '203.0.113.10')).statusCode, 200);
});

async function userId(username: string): Promise<number> {
  const [u] = await t.db.query<{ user_id: number }>('SELECT user_id FROM users WHERE username = $1', [username]);
  return u.user_id;
}
