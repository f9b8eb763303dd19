// Arrival cohorts (docs/contracts/period-report.md "Arrival cohorts"): the scenario of test-cohort.ts, each figure
// worked by hand from its table; the API's refusals; a district's share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { arrivalCohort } from './cohorts.ts';
import { COHORT_AT, loadCohortScenario } from './test-cohort.ts';

let t: TestDb, app: FastifyInstance, officer: Client, vithanh: Client, ngabay: Client;

before(async () => {
  t = await testDb();
  await loadCohortScenario(t);
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
  await addUser(t, 'ngabay', 'district_officer', ['district', '931']);
  [officer, vithanh, ngabay] = [await signIn(app, 'tinh'), await signIn(app, 'vithanh'), await signIn(app, 'ngabay')];
});
after(async () => {
  await app?.close();
  await t?.close();
});

const cohort = (origin: string, since: string, at: string) => arrivalCohort(t.db, t.ctx, { origin, since, at });

test(`[${engineName}] from Hà Nội since 20/7 at 1/8 18:00: the contract's figures, worked by hand`, async () => {
  // Arrived: P1 (at D's first instant), P3 (at exactly T), P5 once (declaration and crossing), U1 (unmatched), U2
  // (unmatched, from a ward of Hà Nội) = 5; not P2 (a minute before D), P4 (a minute after T), P6 (79), P7 (KR),
  // P8 (turned back). At T: P1 centralized, P3 home (from T), P5 self-monitoring; P2's episode is not the cohort's.
  // Sampled since arrival: P1 (S2; S1 came before) pending, its result arriving at 18:01; P3 (S4, taken and negative
  // at T) negative; not P5 (S3, positive, was taken the day before P5 arrived).
  assert.deepEqual(await cohort('01', '2021-07-20', COHORT_AT), {
    origin: '01',
    since: '2021-07-20',
    at: '2021-08-01T18:00:00+07:00',
    arrived: 5,
    under_management: 3,
    centralized: 1,
    home: 1,
    self_monitoring: 1,
    sampled: 2,
    positive: 0,
    negative: 1,
    pending: 1,
  });
  // A minute later P4 has arrived (no episode, no sample) and P1's S2 is negative.
  const later = await cohort('01', '2021-07-20', '2021-08-01T18:01:00+07:00');
  assert.deepEqual(
    [later.arrived, later.under_management, later.sampled, later.negative, later.pending],
    [6, 3, 2, 2, 0],
  );
  // A minute before T: P3 has neither arrived nor started quarantine; the cut-off in another offset is the same T.
  const before = await cohort('01', '2021-07-20', '2021-08-01T10:59:00Z');
  assert.deepEqual([before.arrived, before.home, before.sampled, before.pending], [4, 0, 1, 1]);
  assert.equal(before.at, '2021-08-01T17:59:00+07:00');
  // Since 19/7 P2 (23:59 on 19/7) joins, at home from 20/7.
  const wider = await cohort('01', '2021-07-19', COHORT_AT);
  assert.deepEqual([wider.arrived, wider.home, wider.under_management], [6, 2, 4]);
  // Since 26/7 only U1 and U2 and P3 remain.
  const narrow = await cohort('01', '2021-07-26', COHORT_AT);
  assert.deepEqual([narrow.arrived, narrow.under_management, narrow.sampled], [3, 1, 1]);
});

test(`[${engineName}] abroad and other provinces`, async () => {
  const abroad = await cohort('abroad', '2021-07-20', COHORT_AT);
  assert.deepEqual([abroad.arrived, abroad.under_management, abroad.sampled], [1, 0, 0]); // P7 from KR
  assert.equal((await cohort('79', '2021-07-20', COHORT_AT)).arrived, 1); // P6
  assert.equal((await cohort('92', '2021-07-20', COHORT_AT)).arrived, 0);
});

test(`[${engineName}] GET /entry/cohorts: the figures, and each bad parameter named, in Vietnamese and English`, async () => {
  const q = (s: string) => `/api/v1/entry/cohorts?${s}`;
  const ok = await officer(q(`origin=01&since=2021-07-20&at=${encodeURIComponent(COHORT_AT)}`));
  assert.equal(ok.statusCode, 200, ok.body);
  assert.deepEqual(ok.json(), await cohort('01', '2021-07-20', COHORT_AT));
  // ?format= renders it like every report.
  const xlsx = await officer(q(`origin=01&since=2021-07-20&at=${encodeURIComponent(COHORT_AT)}&format=xlsx`));
  assert.equal(xlsx.statusCode, 200);
  assert.match(xlsx.headers['content-type'] as string, /spreadsheetml/);
  assert.match(xlsx.headers['content-disposition'] as string, /attachment; filename="nguoi-ve-93-01-2021-07-20\.xlsx"/);

  const refused = async (query: string, field: string, vi: RegExp, en: RegExp) => {
    const r = await officer(q(query));
    assert.equal(r.statusCode, 400, `${query}: ${r.body}`);
    assert.equal(r.json().field, field, query);
    assert.match(r.json().message, vi, query);
    const e = await officer({ url: q(query), headers: { 'accept-language': 'en' } });
    assert.equal(e.statusCode, 400);
    assert.match(e.json().message, en, query);
  };
  const at = `at=${encodeURIComponent(COHORT_AT)}`;
  await refused(
    `origin=99&since=2021-07-20&${at}`,
    'origin',
    /^origin: không có tỉnh\/thành phố mã 99/,
    /^origin: no province with code 99/,
  );
  await refused(`origin=HN&since=2021-07-20&${at}`, 'origin', /mã HN/, /code HN/);
  await refused(`since=2021-07-20&${at}`, 'origin', /^Thiếu tham số origin$/, /^Missing parameter origin$/);
  await refused(
    `origin=01&since=2021-08-02&${at}`,
    'since',
    /^since \(2021-08-02\) sau thời điểm at/,
    /^since \(2021-08-02\) is after at/,
  );
  await refused(`origin=01&since=20-07-2021&${at}`, 'since', /^since: ngày không hợp lệ/, /^since: invalid date/);
  await refused(`origin=01&since=2021-02-30&${at}`, 'since', /2021-02-30/, /2021-02-30/);
  await refused('origin=01&since=2021-07-20&at=yesterday', 'at', /^at: thời điểm không hợp lệ/, /^at: invalid instant/);
  await refused('origin=01&since=2021-07-20', 'at', /^Thiếu tham số at$/, /^Missing parameter at$/);
  // since on T's own day is fine (its start is before T).
  assert.equal((await officer(q(`origin=01&since=2021-08-01&${at}`))).json().arrived, 1);
});

test(`[${engineName}] a district counts the arrivals of its checkpoints, destinations and residents`, async () => {
  const get = async (c: Client) => {
    const r = await c(`/api/v1/entry/cohorts?origin=01&since=2021-07-20&at=${encodeURIComponent(COHORT_AT)}`);
    assert.equal(r.statusCode, 200, r.body);
    return r.json();
  };
  // Vị Thanh (930): P1 (lives in 31321), P3 (CK1 in 31321), U1 (destination 31321) = 3; Ngã Bảy (931): P5 (lives in
  // 31340, CK2, destination 31340) and U2 (destination 31340) = 2.
  const v = await get(vithanh);
  assert.deepEqual(
    [v.arrived, v.centralized, v.home, v.self_monitoring, v.sampled, v.negative, v.pending],
    [3, 1, 1, 0, 2, 1, 1],
  );
  const n = await get(ngabay);
  assert.deepEqual([n.arrived, n.self_monitoring, n.under_management, n.sampled], [2, 1, 1, 0]);
});
