// Outbreak areas as dated lists: a declaration or crossing from an area in force on its (Viet Nam) day creates the
// area's follow-ups on the due list of the destination ward; changing the list re-judges its dates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';
import { createSite } from './sites.ts';
import { createArea, updateArea } from './followups.ts';

let t: TestDb;
let app: FastifyInstance;
const as: Record<string, Client> = {};
const area: Record<string, number> = {};

before(async () => {
  t = await testDb('11');
  await createSite(t.db, t.ctx, 'checkpoint', {
    checkpoint_code: 'TG',
    name: 'Chốt Tuần Giáo',
    kind: 'checkpoint',
    ward_code: '03253',
  });
  area.hanoi = (await createArea(t.db, t.ctx, { level: 'province', area_code: '01', effective_from: '2021-07-20' }))
    .area_id as number;
  area.bacgiang = (
    await createArea(t.db, t.ctx, {
      level: 'province',
      area_code: '24',
      effective_from: '2021-05-10',
      effective_to: '2021-06-30',
      followups: ['test'],
    })
  ).area_id as number;
  area.phucxa = (
    await createArea(t.db, t.ctx, {
      level: 'ward',
      area_code: '00001',
      effective_from: '2021-07-01',
      effective_to: '2021-07-31',
      zone_level: 4,
    })
  ).area_id as number;
  app = await testApp(t);
  await addUser(t, 'xa03259', 'commune_officer', ['ward', '03259']);
  await addUser(t, 'xa03148', 'commune_officer', ['ward', '03148']);
  await addUser(t, 'tinh', 'province_officer', ['province', '11']);
  await addUser(t, 'chot', 'checkpoint_staff', ['district', '099']);
  for (const u of ['xa03259', 'xa03148', 'tinh', 'chot']) as[u] = await signIn(app, u);
});
after(async () => {
  await app.close();
  await t.close();
});

const tasks = async () =>
  (
    await t.db.query<{ source: string; kind: string; ward_code: string | null; due_on: string; status: string }>(
      `SELECT COALESCE(d.declaration_ref, 'C:' || c.full_name) AS source, f.kind, f.ward_code, f.due_on, f.status
     FROM entry_followups f LEFT JOIN declarations d ON d.declaration_id = f.declaration_id LEFT JOIN crossings c ON c.crossing_id = f.crossing_id
    ORDER BY 1, 2`,
    )
  ).map((r) => `${r.source} ${r.kind} ${r.ward_code ?? '-'} ${r.due_on} ${r.status}`);

test(`[${engineName}] declarations from areas in force on their day get the area's follow-ups`, async () => {
  const r = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([
      'declaration_ref,declared_at,checkpoint_code,full_name,phone,from_country,from_province,from_district,from_ward,to_ward_code\n' +
        'D1,2021-07-19T23:30:00+07:00,TG,Người Một,0912000001,VN,01,002,,03259\n' + // the day before Hà Nội was listed
        'D2,2021-07-19T17:30:00Z,TG,Người Hai,0912000002,VN,01,,,03259\n' + // 00:30 on 20/7 in Viet Nam: listed
        'D3,2021-06-30T12:00:00+07:00,TG,Người Ba,0912000003,VN,24,,,03148\n' + // last day of Bắc Giang: test only
        'D4,2021-07-01T12:00:00+07:00,TG,Người Bốn,0912000004,VN,24,,,03148\n' + // Bắc Giang's listing had ended
        'D5,2021-07-25T12:00:00+07:00,TG,Người Năm,0912000005,VN,,,00001,\n' + // Phúc Xá (level 4) beats Hà Nội; no destination
        'D6,2021-07-25T12:00:00+07:00,TG,Người Sáu,0912000006,LA,,,,03259\n',
    ]),
  ); // from Laos: not listed
  assert.deepEqual(r.rejected, []);
  const areas = await t.db.query<{ declaration_ref: string; area: string | null }>(
    `SELECT d.declaration_ref, a.name AS area FROM declarations d LEFT JOIN outbreak_areas a ON a.area_id = d.outbreak_area_id ORDER BY 1`,
  );
  assert.deepEqual(
    areas.map((x) => `${x.declaration_ref} ${x.area}`),
    ['D1 null', 'D2 Hà Nội', 'D3 Bắc Giang', 'D4 null', 'D5 Phường Phúc Xá', 'D6 null'],
  );
  assert.deepEqual(await tasks(), [
    'D2 quarantine 03259 2021-07-20 open',
    'D2 test 03259 2021-07-20 open',
    'D3 test 03148 2021-06-30 open',
    'D5 quarantine - 2021-07-25 open',
    'D5 test - 2021-07-25 open',
  ]);
});

test(`[${engineName}] each ward sees its own due list; the province also sees tasks without a destination`, async () => {
  const list = async (c: Client, q = '') =>
    (await c(`/api/v1/entry/followups${q}`))
      .json()
      .map((x: { source_ref: string; kind: string }) => `${x.source_ref} ${x.kind}`);
  assert.deepEqual(await list(as.xa03259), ['D2 test', 'D2 quarantine']);
  assert.deepEqual(await list(as.xa03148), ['D3 test']);
  assert.deepEqual(await list(as.tinh), ['D3 test', 'D2 test', 'D2 quarantine', 'D5 test', 'D5 quarantine']);
  assert.deepEqual(await list(as.tinh, '?due_until=2021-07-19'), ['D3 test']);
  const [d2test] = (await as.xa03259('/api/v1/entry/followups?kind=test')).json();
  assert.equal(d2test.full_name, 'Người Hai');
  assert.equal(d2test.outbreak_area, 'Hà Nội');

  const other = await as.xa03148({
    method: 'PATCH',
    url: `/api/v1/entry/followups/${d2test.followup_id}`,
    payload: { status: 'done' },
  });
  assert.deepEqual([other.statusCode, other.json().error], [403, 'out_of_scope']);
  const staff = await as.chot({
    method: 'PATCH',
    url: `/api/v1/entry/followups/${d2test.followup_id}`,
    payload: { status: 'done' },
  });
  assert.deepEqual([staff.statusCode, staff.json().error], [403, 'forbidden']);
  const done = await as.xa03259({
    method: 'PATCH',
    url: `/api/v1/entry/followups/${d2test.followup_id}`,
    payload: { status: 'done', note: 'PCR âm tính' },
  });
  assert.equal(done.statusCode, 200);
  assert.deepEqual([done.json().status, done.json().handled_by], ['done', 'xa03259']);
  assert.deepEqual(await list(as.xa03259), ['D2 quarantine']);
});

test(`[${engineName}] crossings: entries from an area create follow-ups; turned back, exits and declared arrivals do not`, async () => {
  const cross = (body: Record<string, unknown>) =>
    as.chot({
      method: 'POST',
      url: '/api/v1/entry/crossings',
      payload: {
        checkpoint_code: 'TG',
        crossed_at: '2021-07-25T09:00:00+07:00',
        purpose: 'return_home',
        decision: 'allowed',
        from_province: '01',
        to_ward_code: '03259',
        ...body,
      },
    });
  const a = await cross({ full_name: 'Đi Vào', vehicle_plate: '29a-123.45' });
  assert.equal(a.statusCode, 201, a.body);
  assert.deepEqual(
    [a.json().outbreak_area, a.json().followups, a.json().vehicle_plate, a.json().mode],
    ['Hà Nội', ['quarantine', 'test'], '29A-12345', 'road'],
  );
  const back = await cross({ full_name: 'Quay Lại', decision: 'turned_back' });
  assert.deepEqual([back.json().outbreak_area, back.json().followups], ['Hà Nội', null]);
  const out = await cross({ full_name: 'Đi Ra', direction: 'out' });
  assert.equal(out.json().followups, null);
  const declared = await cross({ declaration_ref: 'D2' });
  assert.deepEqual(
    [declared.statusCode, declared.json().full_name, declared.json().followups],
    [201, 'Người Hai', null],
  );
  const typed = await cross({
    declaration_ref: 'D6',
    full_name: 'Người Sáu Sửa',
    from_country: undefined,
    from_province: undefined,
  });
  assert.deepEqual(
    [typed.json().full_name, typed.json().from_country, typed.json().outbreak_area],
    ['Người Sáu Sửa', 'LA', null],
  );
  const bad = await cross({ full_name: 'Sai', phone: '0123' });
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'phone']);
  await addUser(t, 'chot094', 'checkpoint_staff', ['district', '094']);
  const elsewhere = await (
    await signIn(app, 'chot094')
  )({
    method: 'POST',
    url: '/api/v1/entry/crossings',
    payload: { checkpoint_code: 'TG', full_name: 'X', from_province: '01', purpose: 'work', decision: 'allowed' },
  });
  assert.equal(elsewhere.json().error, 'out_of_scope');
  assert.ok((await tasks()).includes('C:Đi Vào test 03259 2021-07-25 open'));
});

test(`[${engineName}] a list published late creates follow-ups for its past dates; ending a listing cancels open ones`, async () => {
  area.bacgiang2 = (
    await createArea(t.db, t.ctx, {
      level: 'province',
      area_code: '24',
      effective_from: '2021-07-01',
      basis: 'CV 2106/UBND-KGVX',
    })
  ).area_id as number;
  assert.ok((await tasks()).includes('D4 quarantine 03148 2021-07-01 open'), 'D4 (1/7, Bắc Giang) is now owed');

  // Hà Nội is delisted from 20/7 on (its listing ends the day before it began): D2's and the crossing's open tasks go.
  await updateArea(t.db, t.ctx, area.hanoi, { effective_to: '2021-07-19', effective_from: '2021-07-19' });
  const now = await tasks();
  assert.ok(now.includes('D2 test 03259 2021-07-20 done'), 'done work stays done');
  assert.ok(now.includes('D2 quarantine 03259 2021-07-20 cancelled'));
  assert.ok(now.includes('C:Đi Vào test 03259 2021-07-25 cancelled'));
  assert.ok(now.includes('D5 test - 2021-07-25 open'), 'D5 still counts through Phúc Xá');
  assert.ok(now.includes('D1 quarantine 03259 2021-07-19 open'), 'D1 (19/7) now falls in the listing');
  const audit = await t.db.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'entry_followup' AND action = 'cancel'`,
  );
  assert.equal(audit[0].n, 3);
  const bad = await as.tinh({
    method: 'PATCH',
    url: `/api/v1/entry/outbreak-areas/${area.hanoi}`,
    payload: { effective_to: '2021-07-01' },
  });
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'effective_to']);
  const unknown = await as.tinh({
    method: 'POST',
    url: '/api/v1/entry/outbreak-areas',
    payload: { level: 'district', area_code: '999', effective_from: '2021-07-01' },
  });
  assert.deepEqual([unknown.statusCode, unknown.json().field], [400, 'area_code']);
  const check = await as.chot('/api/v1/entry/outbreak-areas/check?day=2021-07-25&from_ward=00001');
  assert.deepEqual([check.json().outbreak_area.name, check.json().origin.from_district], ['Phường Phúc Xá', '001']);
});
