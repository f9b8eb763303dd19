// Facilities: occupancy and free beds at instants (each person once, under the latest-started open episode),
// refusal of assignments to a full, planned or closed facility over the API and in imports unless a reason is
// given, facility import errors, and jurisdiction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import type { Client } from '../test/http.ts';
import { officerAndCommune } from './test-users.ts';
import { importFile } from '../app/imports.ts';
import { listFacilities } from './service.ts';
import { dailyReport } from '../reports/daily.ts';
import type { FastifyInstance } from 'fastify';

let t: TestDb, app: FastifyInstance, officer: Client, commune: Client;
const load = (kind: string, csv: string, partial = false) =>
  importFile(t.db, t.ctx, kind, Readable.from([csv]), { partial });
const fb = async (at: string) => {
  const { facilities } = await listFacilities(t.db, t.ctx, { at: new Date(at) });
  const f = facilities.find((x) => x.facility_code === 'FB')!;
  return [f.current, f.free];
};
const episodesOf = async (ref: string) =>
  (
    await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM quarantine_episodes e JOIN persons p USING (province_code, person_id) WHERE p.person_ref = $1`,
      [ref],
    )
  )[0].n;

before(async () => {
  t = await testDb();
  const persons = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'N1', 'N2', 'N3']
    .map((r) => `${r},Người ${r},31321`)
    .join('\n');
  assert.deepEqual(
    (await load('persons', `person_ref,full_name,ward_code\n${persons}\nR1,Người R1,31340\n`)).rejected,
    [],
  );
  const f = await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds,icu_beds,tier,status,active_from,active_to\n' +
      'FB,Trung tâm Y tế,both,31321,4,,,,,\n' +
      'FA,Trường Quân sự,quarantine,31321,1,,,active,,\n' +
      'FP,Khu cách ly dự kiến 400 giường,quarantine,31340,400,,,planned,,\n' +
      'FC,Ký túc xá,quarantine,31340,5,,,,2021-07-01,2021-08-31\n' +
      'FT,Bệnh viện tỉnh,treatment,31321,100,10,3,,,\n',
  );
  assert.deepEqual([f.inserted, f.rejected], [5, []]);
  const q = await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason\n' +
      'Q1,centralized,2021-09-01 08:00,FB,2021-09-05 08:00,completed\n' +
      'Q2,centralized,2021-09-02 08:00,FB,,\n' +
      'Q3,home,2021-09-01 08:00,,,\n' + // Q3: two open episodes from 3/9, counted under the later one (FB)
      'Q3,centralized,2021-09-03 08:00,FB,,\n' +
      'Q4,centralized,2021-09-03 08:00,FB,,\n' + // Q4: from 4/9 counted under the later home episode
      'Q4,home,2021-09-04 08:00,,,\n',
  );
  assert.deepEqual([q.inserted, q.rejected], [6, []]);
  ({ app, officer, commune } = await officerAndCommune(t));
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] occupancy and free beds at instants`, async () => {
  assert.deepEqual(await fb('2021-09-01T07:59:59+07:00'), [0, 4]);
  assert.deepEqual(await fb('2021-09-01T08:00:00+07:00'), [1, 3]); // start_at ≤ T
  assert.deepEqual(await fb('2021-09-03T08:00:00+07:00'), [4, 0]); // Q1, Q2, Q3, Q4
  assert.deepEqual(await fb('2021-09-04T08:00:00+07:00'), [3, 1]); // Q4 now counted at home
  assert.deepEqual(await fb('2021-09-05T08:00:00+07:00'), [2, 2]); // Q1 ended at T: end_at > T is false
  const r = await listFacilities(t.db, t.ctx, { at: new Date('2021-09-04T08:00:00+07:00') });
  assert.deepEqual(
    r.facilities.map((f) => [f.facility_code, f.state]),
    [
      ['FA', 'active'],
      ['FB', 'active'],
      ['FC', 'closed'],
      ['FP', 'planned'],
    ],
  );
  assert.deepEqual(r.totals, {
    facilities: 4,
    active: 2,
    in_use: 1,
    planned: 1,
    closed: 1,
    beds: 5,
    beds_planned: 400,
    current: 3,
    free: 2,
  });
  const [open] = await t.db.query<{ c: number; h: number }>(
    `SELECT count(*) FILTER (WHERE kind = 'centralized')::int AS c, count(*) FILTER (WHERE kind = 'home')::int AS h
       FROM quarantine_open_at($1, '2021-09-04T08:00:00+07:00')`,
    [t.ctx.province],
  );
  assert.deepEqual(open, { c: 3, h: 1 });
  // The daily report (docs/contracts/daily-report.md, quarantine.by_facility) counts the same persons at every instant.
  for (const at of [
    '2021-09-01T08:00:00+07:00',
    '2021-09-03T08:00:00+07:00',
    '2021-09-04T08:00:00+07:00',
    '2021-09-05T08:00:00+07:00',
  ]) {
    const mine = (await listFacilities(t.db, t.ctx, { at: new Date(at) })).facilities.map((f) => ({
      facility_code: f.facility_code,
      current: f.current,
      beds: f.beds,
    }));
    assert.deepEqual(mine, (await dailyReport(t.db, t.ctx, new Date(at))).current.quarantine.by_facility, at);
  }
  const treat = await officer('/api/v1/quarantine/facilities?use=treatment&at=2021-09-04T08:00:00%2B07:00');
  assert.deepEqual(
    treat.json().facilities.map((f: { facility_code: string }) => f.facility_code),
    ['FB', 'FT'],
  );
});

test(`[${engineName}] an assignment to a full facility is refused unless overridden with a reason`, async () => {
  const body = {
    person_ref: 'Q5',
    kind: 'centralized',
    facility_code: 'FB',
    start_at: '2021-09-03T09:00:00+07:00',
    subject_group: 'contact',
  };
  const refused = await officer({
    method: 'POST',
    url: '/api/v1/quarantine/episodes',
    payload: body,
    headers: { 'accept-language': 'en' },
  });
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error, 'facility_full');
  assert.equal(refused.json().field, 'facility_code');
  assert.match(refused.json().message, /full at the start instant \(occupied\/beds\): FB: 4\/4/);
  assert.equal(await episodesOf('Q5'), 0);

  const forced = await officer({
    method: 'POST',
    url: '/api/v1/quarantine/episodes',
    payload: { ...body, override_reason: 'Chỉ đạo của BCĐ tỉnh' },
  });
  assert.equal(forced.statusCode, 201, forced.body);
  assert.equal(forced.json().override_reason, 'Chỉ đạo của BCĐ tỉnh');
  assert.equal(forced.json().plan.rule_set.effective_from, '2021-07-14');
  assert.deepEqual(await fb('2021-09-03T09:00:00+07:00'), [5, -1]);
  const [a] = await t.db.query<{ actor: string; reason: string }>(
    // (Rows inserted by the earlier imports are audited by their key only, without after.)
    `SELECT actor, after->>'override_reason' AS reason FROM audit_log
      WHERE entity = 'quarantine_episode' AND action = 'insert' AND after IS NOT NULL`,
  );
  assert.deepEqual(a, { actor: 'tinh', reason: 'Chỉ đạo của BCĐ tỉnh' });
});

test(`[${engineName}] imports: a row overfilling its facility is rejected with its line unless override_reason is given`, async () => {
  const row = 'Q6,centralized,2021-09-03 10:00,FB';
  const r = await load('quarantine', `person_ref,kind,start_at,facility_code\n${row}\n`);
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [[2, 'facility_code']],
  );
  assert.match(r.rejected[0].reason, /FB: 5\/4/);
  assert.equal(r.inserted, 0);
  const ok = await load('quarantine', `person_ref,kind,start_at,facility_code,override_reason\n${row},Ca đặc biệt\n`);
  assert.deepEqual([ok.inserted, ok.rejected], [1, []]);
  // Restating the stored assignment without the reason is no new assignment: nothing rejected, nothing changed.
  const again = await load('quarantine', `person_ref,kind,start_at,facility_code\n${row}\n`);
  assert.deepEqual([again.inserted, again.updated, again.rejected], [0, 0, []]);

  // FA has one bed: of two arrivals in one file the later is refused; all or nothing, or partial.
  const two =
    'person_ref,kind,start_at,facility_code\nQ7,centralized,2021-09-10 08:00,FA\nQ8,centralized,2021-09-10 09:00,FA\n';
  const all = await load('quarantine', two);
  assert.deepEqual([all.inserted, all.rejected.map((x) => [x.line, x.column])], [0, [[3, 'facility_code']]]);
  assert.match(all.rejected[0].reason, /FA: 1\/1/);
  const part = await load('quarantine', two, true);
  assert.deepEqual([part.inserted, part.rejected.map((x) => x.line)], [1, [3]]);
  assert.equal(await episodesOf('Q8'), 0);
  // The bed frees when Q7 leaves: Q8 may arrive at that instant.
  const later = await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason\n' +
      'Q7,centralized,2021-09-10 08:00,FA,2021-09-12 08:00,transferred\nQ8,centralized,2021-09-12 08:00,FA,,\n',
  );
  assert.deepEqual([later.inserted, later.updated, later.rejected], [1, 1, []]);
});

test(`[${engineName}] imports count a person under their latest-started open episode, and again after it ends`, async () => {
  assert.equal(
    (await load('facilities', 'facility_code,name,kind,ward_code,beds\nFN,Nhà khách,quarantine,31321,1\n')).inserted,
    1,
  );
  // N1 is at FN from 1/10, at home 2/10–3/10 (counted there), and counted at FN again from 3/10 08:00.
  const n1 = await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason\n' +
      'N1,centralized,2021-10-01 08:00,FN,,\nN1,home,2021-10-02 08:00,,2021-10-03 08:00,completed\n',
  );
  assert.deepEqual([n1.inserted, n1.rejected], [2, []]);
  const n2 = await load('quarantine', 'person_ref,kind,start_at,facility_code\nN2,centralized,2021-10-02 12:00,FN\n');
  assert.deepEqual([n2.inserted, n2.rejected], [1, []]);
  const n3 = await load('quarantine', 'person_ref,kind,start_at,facility_code\nN3,centralized,2021-10-03 08:00,FN\n');
  assert.deepEqual(
    n3.rejected.map((x) => [x.line, x.column]),
    [[2, 'facility_code']],
  );
  assert.match(n3.rejected[0].reason, /FN: 2\/1/);
  const [{ n }] = await t.db.query<{ n: number }>(
    `SELECT facility_occupancy_at($1, 'FN', '2021-10-03T08:00:00+07:00') AS n`,
    [t.ctx.province],
  );
  assert.equal(n, 2);
});

test(`[${engineName}] planned and closed facilities take no one without a reason`, async () => {
  const post = (facility: string, start: string, extra = {}) =>
    officer({
      method: 'POST',
      url: '/api/v1/quarantine/episodes',
      payload: { person_ref: 'Q9', kind: 'centralized', facility_code: facility, start_at: start, ...extra },
    });
  assert.equal((await post('FP', '2021-09-10T08:00:00+07:00')).json().error, 'facility_planned');
  assert.equal((await post('FC', '2021-09-01T00:00:00+07:00')).json().error, 'facility_closed'); // after 31/8
  assert.equal((await post('FT', '2021-08-10T08:00:00+07:00')).json().error, 'unknown_facility'); // treatment only
  assert.equal((await post('FC', '2021-08-31T23:59:00+07:00')).statusCode, 201); // its last day
  const r = await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,override_reason\nQ9,centralized,2021-09-20 08:00,FP,\nQ2,centralized,2021-06-30 08:00,FC,\nQ3,centralized,2021-06-30 08:00,FC,Mở sớm\n',
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column, x.reason]),
    [
      [
        2,
        'facility_code',
        'Cơ sở cách ly FP chưa hoạt động vào ngày bắt đầu; ghi lý do vào override_reason nếu vẫn bố trí',
      ],
      [
        3,
        'facility_code',
        'Cơ sở cách ly FC chưa hoạt động vào ngày bắt đầu; ghi lý do vào override_reason nếu vẫn bố trí',
      ],
    ],
  );
  // Opening FP from 15/9 (PATCH) makes it active from that day.
  const patched = await officer({
    method: 'PATCH',
    url: '/api/v1/quarantine/facilities/FP',
    payload: { status: 'active', active_from: '2021-09-15' },
  });
  assert.equal(patched.statusCode, 200, patched.body);
  const state = async (at: string) =>
    (await officer(`/api/v1/quarantine/facilities/FP?at=${encodeURIComponent(at)}`)).json().state;
  assert.equal(await state('2021-09-14T23:59:00+07:00'), 'planned');
  assert.equal(await state('2021-09-15T00:00:00+07:00'), 'active');
});

test(`[${engineName}] facility import errors are named by line and column`, async () => {
  const r = await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds,status,active_from,active_to\n' +
      'X1,Khu A,quarantine,31321,10,open,,\n' +
      'X2,Khu B,quarantine,31321,10,active,2021-09-10,2021-09-01\n' +
      'X3,Khu C,quarantine,99999,10,,,\n' +
      'X4,Khu D,quarantine,31321,10,active,31/02/2021,\n',
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'status'],
      [3, 'active_to'],
      [4, 'ward_code'],
      [5, 'active_from'],
    ],
  );
  assert.equal(r.inserted, 0);
  // An empty status keeps the stored one; a new facility without one is active.
  assert.equal(
    (await load('facilities', 'facility_code,name,kind,ward_code,beds,status\nX6,Khu F,quarantine,31321,3,planned\n'))
      .inserted,
    1,
  );
  const keep = await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds\nX6,Khu F,quarantine,31321,3\nX5,Khu E,quarantine,31321,3\n',
  );
  assert.deepEqual([keep.inserted, keep.updated, keep.rejected], [1, 0, []]);
  const rows = await t.db.query<{ facility_code: string; status: string }>(
    `SELECT facility_code, status FROM facilities WHERE facility_code IN ('X5', 'X6') ORDER BY 1`,
  );
  assert.deepEqual(
    rows.map((x) => [x.facility_code, x.status]),
    [
      ['X5', 'active'],
      ['X6', 'planned'],
    ],
  );
});

test(`[${engineName}] jurisdiction: a commune sees and changes its own facilities and people only`, async () => {
  const list = await commune('/api/v1/quarantine/facilities?at=2021-09-04T08:00:00%2B07:00');
  assert.deepEqual(
    list.json().facilities.map((f: { facility_code: string }) => f.facility_code),
    ['FC', 'FP'],
  );
  assert.equal(
    (await commune({ method: 'PATCH', url: '/api/v1/quarantine/facilities/FB', payload: { beds: 40 } })).statusCode,
    403,
  );
  assert.equal(
    (
      await commune({
        method: 'POST',
        url: '/api/v1/quarantine/facilities',
        payload: { facility_code: 'X9', name: 'Khu X', kind: 'quarantine', ward_code: '31321' },
      })
    ).statusCode,
    403,
  );
  const created = await commune({
    method: 'POST',
    url: '/api/v1/quarantine/facilities',
    payload: { facility_code: 'X9', name: 'Khu X', kind: 'quarantine', ward_code: '31340', beds: 30 },
  });
  assert.equal(created.statusCode, 201, created.body);
  const bad = await commune({
    method: 'POST',
    url: '/api/v1/quarantine/facilities',
    payload: {
      facility_code: 'X8',
      name: 'Khu Y',
      kind: 'quarantine',
      ward_code: '31340',
      active_from: '2021-09-10',
      active_to: '2021-09-01',
    },
  });
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'active_to']);
  const other = await commune({
    method: 'POST',
    url: '/api/v1/quarantine/episodes',
    payload: { person_ref: 'Q1', kind: 'home', start_at: '2021-09-20T08:00:00+07:00' },
  });
  assert.equal(other.statusCode, 403);
  // FB (ward 31321) is full on 3/9: the refusal names it but not another ward's occupancy.
  const full = await commune({
    method: 'POST',
    url: '/api/v1/quarantine/episodes',
    payload: { person_ref: 'R1', kind: 'centralized', facility_code: 'FB', start_at: '2021-09-03T11:00:00+07:00' },
    headers: { 'accept-language': 'en' },
  });
  assert.deepEqual([full.statusCode, full.json().error], [409, 'facility_full']);
  assert.match(full.json().message, /: FB;/);
  assert.doesNotMatch(full.json().message, /\d+\/\d+/);
  const own = await commune({
    method: 'POST',
    url: '/api/v1/quarantine/episodes',
    payload: { person_ref: 'R1', kind: 'centralized', facility_code: 'X9', start_at: '2021-09-20T08:00:00+07:00' },
  });
  assert.equal(own.statusCode, 201, own.body);
  const [q1] = (await officer('/api/v1/quarantine/episodes?person_ref=Q1')).json();
  assert.equal(
    (
      await commune({
        method: 'POST',
        url: `/api/v1/quarantine/episodes/${q1.episode_id}/close`,
        payload: { end_at: '2021-09-20T08:00:00+07:00' },
      })
    ).statusCode,
    403,
  );
  assert.equal((await commune(`/api/v1/quarantine/episodes/${q1.episode_id}`)).statusCode, 403);
});
