// The staff API of entry control end to end: every route answers what its OpenAPI schema declares (the serialiser
// validates each answer: a mismatch would be a 500), with the fields scripts rely on. Checkpoint TC is a border post
// at Tuần Giáo (03253), hotel KS1 is in Him Lam (03127); days are Viet Nam days.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { createPerson } from '../people/service.ts';

let t: TestDb;
let app: FastifyInstance;
let tinh: Client;

before(async () => {
  t = await testDb('11');
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '11']);
  tinh = await signIn(app, 'tinh');
});
after(async () => {
  await app.close();
  await t.close();
});

const post = (url: string, payload: Record<string, unknown>) => tinh({ method: 'POST', url, payload });
const patch = (url: string, payload: Record<string, unknown>) => tinh({ method: 'PATCH', url, payload });
const keys = (o: object) => Object.keys(o).sort();

test(`[${engineName}] checkpoints and accommodations: registered, listed, changed; a host's token only by its link`, async () => {
  const cp = await post('/api/v1/entry/checkpoints', {
    checkpoint_code: 'TC',
    name: 'Cửa khẩu Tây Trang',
    kind: 'border_post',
    border: 'la',
    ward_code: '03253',
    latitude: 21.23,
    longitude: 102.89,
    active_from: '2021-07-01',
  });
  assert.equal(cp.statusCode, 201, cp.body);
  const c = cp.json();
  assert.deepEqual(
    [c.province_code, c.checkpoint_code, c.border, c.mode, c.mobility, c.latitude, c.active_from, c.active_to],
    ['11', 'TC', 'LA', 'road', 'fixed', 21.23, '2021-07-01', null],
  );
  assert.match(c.form_token, /^[0-9a-f]{32}$/);
  assert.match(c.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

  const again = await post('/api/v1/entry/checkpoints', {
    checkpoint_code: 'TC',
    name: 'X',
    kind: 'other',
    ward_code: '03253',
  });
  assert.deepEqual([again.statusCode, again.json().error, again.json().field], [409, 'conflict', 'checkpoint_code']);

  const changed = await patch('/api/v1/entry/checkpoints/TC', { location: 'Km 35, QL 279', rotate_token: true });
  assert.equal(changed.statusCode, 200, changed.body);
  assert.equal(changed.json().location, 'Km 35, QL 279');
  assert.notEqual(changed.json().form_token, c.form_token);
  assert.equal((await patch('/api/v1/entry/checkpoints/NOPE', { name: 'X' })).json().error, 'not_found');

  const [listed, ...more] = (await tinh('/api/v1/entry/checkpoints')).json();
  assert.equal(more.length, 0);
  assert.deepEqual(keys(listed), [
    'active_from',
    'active_to',
    'border',
    'checkpoint_code',
    'form_token',
    'kind',
    'latitude',
    'location',
    'longitude',
    'mobility',
    'mode',
    'name',
    'updated_at',
    'ward_code',
  ]);

  const host = await post('/api/v1/entry/accommodations', {
    accommodation_code: 'KS1',
    name: 'Khách sạn Him Lam',
    kind: 'hotel',
    ward_code: '03127',
    phone: '+84 912 000 111',
    rooms: 120,
  });
  assert.equal(host.statusCode, 201, host.body);
  assert.deepEqual([host.json().phone, host.json().rooms, host.json().address], ['0912000111', 120, null]);
  const token = host.json().form_token as string;
  assert.deepEqual((await tinh('/api/v1/entry/accommodations/KS1/link')).json(), {
    url: `http://localhost:80/luu-tru/KS1?t=${token}`,
  });
  assert.equal((await patch('/api/v1/entry/accommodations/KS1', { rooms: 100 })).json().rooms, 100);
  const hosts = (await tinh('/api/v1/entry/accommodations')).json();
  assert.deepEqual(
    hosts.map((h: Record<string, unknown>) => [h.accommodation_code, h.rooms, 'form_token' in h]),
    [['KS1', 100, false]],
  );
});

test(`[${engineName}] shifts, crossings and the daily counts of a checkpoint`, async () => {
  const shift = await post('/api/v1/entry/checkpoints/TC/shifts', {
    starts_at: '2021-07-25T07:00:00+07:00',
    ends_at: '2021-07-25T19:00:00+07:00',
    force: 'border_guard',
    staff: 6,
    leader: 'Thiếu tá Lò Văn Ánh',
  });
  assert.equal(shift.statusCode, 201, shift.body);
  assert.deepEqual(
    [shift.json().checkpoint_code, shift.json().starts_at, shift.json().staff, shift.json().note],
    ['TC', '2021-07-25T00:00:00.000Z', 6, null],
  );
  const backwards = await post('/api/v1/entry/checkpoints/TC/shifts', {
    starts_at: '2021-07-25T19:00:00+07:00',
    ends_at: '2021-07-25T07:00:00+07:00',
    force: 'militia',
    staff: 2,
  });
  assert.deepEqual([backwards.statusCode, backwards.json().field], [400, 'ends_at']);
  const shifts = async (from: string) =>
    (await tinh(`/api/v1/entry/checkpoints/TC/shifts?from=${encodeURIComponent(from)}`))
      .json()
      .map((s: { force: string; leader: string }) => `${s.force} ${s.leader}`);
  assert.deepEqual(await shifts('2021-07-25T12:00:00+07:00'), ['border_guard Thiếu tá Lò Văn Ánh']);
  assert.deepEqual(await shifts('2021-07-25T19:00:00+07:00'), [], 'a shift ending at `from` is over');
  assert.equal((await tinh('/api/v1/entry/checkpoints/XX/shifts')).statusCode, 404);

  const cross = (body: Record<string, unknown>) =>
    post('/api/v1/entry/crossings', { checkpoint_code: 'TC', purpose: 'goods', decision: 'allowed', ...body });
  const goods = await cross({
    crossed_at: '2021-07-25T09:00:00+07:00',
    full_name: 'Vàng A Sử',
    birth_year: 1985,
    from_country: 'LA',
    rapid_test: 'negative',
    vehicle_plate: '27c-012.34',
  });
  assert.equal(goods.statusCode, 201, goods.body);
  assert.deepEqual(
    [goods.json().province_code, goods.json().person_id, goods.json().outbreak_area, goods.json().followups],
    ['11', null, null, null],
  );
  await cross({
    crossed_at: '2021-07-25T23:30:00+07:00',
    direction: 'out',
    full_name: 'Lò Thị Mai',
    from_province: '11',
  });
  // 17:30 UTC is 00:30 on the 26th in Viet Nam.
  await cross({
    crossed_at: '2021-07-25T17:30:00Z',
    full_name: 'Lý Văn Tài',
    from_country: 'CN',
    decision: 'turned_back',
    rapid_test: 'positive',
  });
  const listed = (await tinh('/api/v1/entry/crossings?checkpoint_code=TC')).json();
  assert.deepEqual(
    listed.map((x: Record<string, unknown>) => [x.full_name, x.direction, x.decision, x.vehicle_plate, x.person_ref]),
    [
      ['Lý Văn Tài', 'in', 'turned_back', null, null],
      ['Lò Thị Mai', 'out', 'allowed', null, null],
      ['Vàng A Sử', 'in', 'allowed', '27C-01234', null],
    ],
  );
  const none = { quarantine: 0, crossings_from_outbreak: 0, declarations: 0, declarations_from_outbreak: 0 };
  const daily = await tinh('/api/v1/entry/checkpoints/daily?from=2021-07-25&to=2021-07-26&checkpoint_code=TC');
  assert.deepEqual(daily.json(), [
    {
      ...none,
      checkpoint_code: 'TC',
      name: 'Cửa khẩu Tây Trang',
      day: '2021-07-25',
      crossings_in: 1,
      crossings_out: 1,
      allowed: 2,
      turned_back: 0,
      rapid_tests: 1,
      rapid_positive: 0,
    },
    {
      ...none,
      checkpoint_code: 'TC',
      name: 'Cửa khẩu Tây Trang',
      day: '2021-07-26',
      crossings_in: 1,
      crossings_out: 0,
      allowed: 0,
      turned_back: 1,
      rapid_tests: 1,
      rapid_positive: 1,
    },
  ]);
});

test(`[${engineName}] outbreak areas: added, listed by day, changed; an origin checked against them`, async () => {
  const cn = await post('/api/v1/entry/outbreak-areas', {
    level: 'country',
    area_code: 'cn',
    effective_from: '2021-07-26',
    zone_level: 3,
    basis: 'CV 12/BCĐ',
  });
  assert.equal(cn.statusCode, 201, cn.body);
  assert.deepEqual(
    [cn.json().area_code, cn.json().name, cn.json().followups, cn.json().effective_to, cn.json().zone_level],
    ['CN', 'CN', ['test', 'quarantine'], null, 3],
  );
  const id = cn.json().area_id as number;
  const on = async (day: string) =>
    (await tinh(`/api/v1/entry/outbreak-areas?on=${day}`)).json().map((a: { area_code: string }) => a.area_code);
  assert.deepEqual(await on('2021-07-25'), []);
  assert.deepEqual(await on('2021-07-26'), ['CN']);
  const ended = await patch(`/api/v1/entry/outbreak-areas/${id}`, { effective_to: '2021-07-31' });
  assert.deepEqual([ended.statusCode, ended.json().effective_to], [200, '2021-07-31']);
  assert.deepEqual(await on('2021-08-01'), []);
  assert.equal((await patch('/api/v1/entry/outbreak-areas/99999', { zone_level: 1 })).statusCode, 404);

  const check = async (day: string) =>
    (await tinh(`/api/v1/entry/outbreak-areas/check?day=${day}&from_country=cn`)).json();
  const listed = await check('2021-07-27');
  assert.deepEqual(listed.origin, { from_country: 'CN', from_province: null, from_district: null, from_ward: null });
  assert.deepEqual([listed.outbreak_area.area_id, listed.outbreak_area.zone_level], [id, 3]);
  assert.equal((await check('2021-08-01')).outbreak_area, null);
  // The crossing turned back from China on the 26th now counts as from an outbreak area (no follow-up: not entered).
  const [day26] = (await tinh('/api/v1/entry/checkpoints/daily?from=2021-07-26&to=2021-07-26')).json();
  assert.equal(day26.crossings_from_outbreak, 1);
  assert.deepEqual((await tinh('/api/v1/entry/followups?status=open')).json(), []);
});

test(`[${engineName}] a paper declaration is linked to the person registered later; incidents are listed`, async () => {
  const paper = await post('/api/v1/entry/declarations', {
    checkpoint_code: 'TC',
    declared_at: '2021-07-27T08:00:00+07:00',
    full_name: 'Giàng A Páo',
    birth_year: 1985,
    id_number: '011085000777',
    from_province: '24',
    to_ward_code: '03253',
    symptoms: ['fever', 'cough', 'fever'],
  });
  assert.equal(paper.statusCode, 201, paper.body);
  assert.deepEqual(keys(paper.json()), [
    'declaration_ref',
    'declared_at',
    'duplicate',
    'outbreak_area',
    'outbreak_measure',
    'zone_level',
  ]);
  const ref = paper.json().declaration_ref as string;
  assert.equal((await post('/api/v1/entry/declarations/match', {})).json().linked, 0);
  await createPerson(t.db, t.ctx, {
    person_ref: 'DB-0001',
    full_name: 'Giàng A Páo',
    birth_year: 1985,
    sex: 'M',
    id_number: '011085000777',
    ward_code: '03253',
  });
  assert.deepEqual((await post('/api/v1/entry/declarations/match', {})).json(), { linked: 1 });
  const d = (await tinh(`/api/v1/entry/declarations/${ref}`)).json();
  assert.deepEqual(
    [d.person_ref, d.channel, d.sex, d.symptoms, d.contact_case, d.declared_at, d.recorded_by],
    ['DB-0001', 'paper', 'M', ['cough', 'fever'], false, '2021-07-27T01:00:00.000Z', 'tinh'],
  );
  assert.equal((await tinh('/api/v1/entry/declarations/KB-NOPE')).statusCode, 404);

  const incident = await post('/api/v1/entry/incidents', {
    kind: 'received_from_neighbour',
    occurred_at: '2021-07-28T15:00:00+07:00',
    people: 12,
    border: 'la',
    place: 'Cửa khẩu Tây Trang',
    checkpoint_code: 'TC',
    handling: 'quarantine',
  });
  assert.equal(incident.statusCode, 201, incident.body);
  assert.deepEqual([incident.json().province_code, incident.json().ward_code], ['11', '03253']);
  const incidents = (await tinh('/api/v1/entry/incidents?kind=received_from_neighbour')).json();
  assert.deepEqual(
    incidents.map((i: Record<string, unknown>) => [i.people, i.border, i.checkpoint_code, 'province_code' in i]),
    [[12, 'LA', 'TC', false]],
  );
});

test(`[${engineName}] the document names every entry operation, with its answers`, async () => {
  const doc = (await app.inject({ url: '/api/docs/json' })).json();
  const ops: string[] = [];
  for (const [path, item] of Object.entries<Record<string, { operationId?: string; responses: object }>>(doc.paths)) {
    if (!/^\/(entry|public\/entry|khai-bao|luu-tru)\//.test(path)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (method === 'servers') continue;
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
      assert.ok(ok && 'content' in (ok[1] as object), `${method} ${path} declares its answer`);
      ops.push(op.operationId!);
    }
  }
  assert.deepEqual(ops.sort(), [
    'checkOutbreakOrigin',
    'createAccommodation',
    'createCheckpoint',
    'createCheckpointShift',
    'createCrossing',
    'createDeclaration',
    'createIncident',
    'createOutbreakArea',
    'createViolation',
    'downloadCheckpointQrCode',
    'getAccommodationLink',
    'getArrivalCohort',
    'getDeclaration',
    'getDeclarationPage',
    'getEntryCounts',
    'getGuestReportPage',
    'getPublicForm',
    'importGuests',
    'listAccommodations',
    'listCheckpointDailyCounts',
    'listCheckpointShifts',
    'listCheckpoints',
    'listCrossings',
    'listDeclarations',
    'listFollowups',
    'listIncidents',
    'listOriginUnits',
    'listOutbreakAreas',
    'listViolations',
    'matchDeclarations',
    'reportGuest',
    'submitDeclaration',
    'updateAccommodation',
    'updateCheckpoint',
    'updateFollowup',
    'updateOutbreakArea',
  ]);
});
