// The zoning API and imports: who may write where, bad input named by line and column with nothing written, the
// 92-day limit, and the contract object over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';

let t: TestDb;
let app: FastifyInstance;
const as: Record<string, Client> = {};
const count = async (table: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  await addUser(t, 'district930', 'district_officer', ['district', '930']);
  await addUser(t, 'leader', 'leader', ['province', '93']);
  await addUser(t, 'lab', 'lab_staff', ['province', '93']);
  for (const u of ['admin', 'district930', 'leader', 'lab']) as[u] = await signIn(app, u);
});
after(async () => {
  await app.close();
  await t.close();
});

const post = (who: string, url: string, payload: object) =>
  as[who]({ method: 'POST', url: `/api/v1/zoning${url}`, payload });

test(`[${engineName}] a district officer writes for its own district and wards only; reading is province-wide`, async () => {
  const decision = { unit_code: '930', level: 3, from_date: '2021-09-01', decision_number: '5/QĐ-UBND' };
  assert.equal((await post('district930', '/decisions', decision)).statusCode, 201);
  assert.equal((await post('district930', '/decisions', { ...decision, unit_code: '31318' })).statusCode, 201);
  const other = await post('district930', '/decisions', { ...decision, unit_code: '931' });
  assert.deepEqual([other.statusCode, other.json().error], [403, 'out_of_scope']);
  assert.equal((await post('district930', '/decisions', { ...decision, unit_code: '93' })).statusCode, 403);
  assert.equal((await post('admin', '/decisions', { ...decision, unit_code: '93' })).statusCode, 201);
  assert.equal((await post('leader', '/decisions', { ...decision, unit_code: '931' })).json().error, 'forbidden');
  assert.equal((await as.lab('/api/v1/zoning?at=2021-09-07')).statusCode, 403);
  // a district officer reads another district's level (zoning is public information)
  const z = (await as.district930('/api/v1/zoning?at=2021-09-07')).json();
  assert.equal(z.districts.length, 8);
  assert.deepEqual(
    [z.province.level, z.province.source, z.districts.find((d: { unit_code: string }) => d.unit_code === '930').level],
    [3, 'decision', 3],
  );
  const listed = (await as.leader('/api/v1/zoning/decisions?at=2021-09-07&unit_code=930')).json();
  assert.deepEqual(listed, [
    {
      unit_code: '930',
      unit_name: 'Thành phố Vị Thanh',
      tier: 'district',
      level: 3,
      from_date: '2021-09-01',
      to_date: null,
      decision_number: '5/QĐ-UBND',
      reason: null,
    },
  ]);
  const del = as.district930({ method: 'DELETE', url: '/api/v1/zoning/decisions/31318/2021-09-01' });
  assert.equal((await del).statusCode, 204);
  assert.equal(
    (await as.district930({ method: 'DELETE', url: '/api/v1/zoning/decisions/31318/2021-09-01' })).statusCode,
    404,
  );
});

test(`[${engineName}] bad decisions over HTTP: level, order of dates, unknown unit, same unit and start`, async () => {
  const ok = { unit_code: '31321', level: 2, from_date: '2021-10-01' };
  const level = await post('admin', '/decisions', { ...ok, level: 5 });
  assert.deepEqual([level.statusCode, level.json().field], [400, 'level']);
  const order = await post('admin', '/decisions', { ...ok, to_date: '2021-09-30' });
  assert.deepEqual([order.statusCode, order.json().field, order.json().error], [400, 'to_date', 'to_before_from']);
  const elsewhere = await post('admin', '/decisions', { ...ok, unit_code: '31117' });
  assert.deepEqual([elsewhere.statusCode, elsewhere.json().field], [400, 'unit_code']);
  assert.equal((await post('admin', '/decisions', ok)).statusCode, 201);
  const again = await post('admin', '/decisions', { ...ok, level: 3 });
  assert.deepEqual([again.statusCode, again.json().error], [409, 'zoning_decision_exists']);
  const m = { unit_code: '930', measure: 'ct16', from_date: '2021-07-26', note: null };
  assert.equal((await post('district930', '/measures', m)).statusCode, 201);
  assert.equal((await post('district930', '/measures', m)).statusCode, 409);
  const z = (await as.leader('/api/v1/zoning?at=2021-08-01')).json();
  assert.deepEqual(z.wards.find((w: { unit_code: string }) => w.unit_code === '31318').measures, ['ct16']);
  assert.deepEqual(z.wards.find((w: { unit_code: string }) => w.unit_code === '31340').measures, []);
  assert.equal(
    (await as.district930({ method: 'DELETE', url: '/api/v1/zoning/measures/930/ct16/2021-07-26' })).statusCode,
    204,
  );
});

test(`[${engineName}] the map's days: at most 92, the field named otherwise`, async () => {
  const long = await as.leader('/api/v1/zoning/days?from=2021-09-01&to=2021-12-02');
  assert.deepEqual([long.statusCode, long.json().field, long.json().error], [400, 'to', 'too_many_days']);
  // 1/9 … 1/12: 30 + 31 + 30 + 1 = 92 days
  const ok = await as.leader('/api/v1/zoning/days?from=2021-09-01&to=2021-12-01');
  assert.equal(ok.statusCode, 200);
  assert.equal(ok.json().days.length, 92);
  assert.equal(ok.json().wards.length, 75);
  assert.equal(ok.json().wards[0].levels.length, 92);
});

test(`[${engineName}] imports: every bad row named by line and column, nothing written`, async () => {
  const before = await count('zoning_decisions');
  const r = await importFile(
    t.db,
    t.ctx,
    'zoning_decisions',
    Readable.from([
      'unit_code,level,from_date,to_date,decision_number,reason\n' +
        '31324,5,2021-09-01,,1/QĐ,\n' + // line 2: level outside 1–4
        '31117,3,2021-09-01,,1/QĐ,\n' + // line 3: a ward of another province
        '31327,3,2021-09-10,2021-09-09,1/QĐ,\n' + // line 4: to_date before from_date
        '31330,3,2021-09-01,,1/QĐ,\n' +
        '31330,4,2021-09-01,2021-09-30,2/QĐ,\n' + // line 6: same unit and start as line 5
        '31333,4,2021-09-01,2021-09-30,2/QĐ,\n',
    ]),
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'level'],
      [3, 'unit_code'],
      [4, 'to_date'],
      [6, 'from_date'],
    ],
  );
  assert.equal(await count('zoning_decisions'), before);
  const ok = await importFile(
    t.db,
    t.ctx,
    'measures',
    Readable.from([
      'unit_code,measure,from_date,to_date,decision_number,note\n931,ct15,2021-09-01,2021-09-30,3/QĐ,\n31340,lockdown,2021-09-05,,4/QĐ,"Ấp 1, Ấp 2"\n',
    ]),
  );
  assert.deepEqual([ok.inserted, ok.rejected], [2, []]);
  const z = (await as.leader('/api/v1/zoning?at=2021-09-05')).json();
  assert.deepEqual(z.wards.find((w: { unit_code: string }) => w.unit_code === '31340').measures, ['ct15', 'lockdown']);
  const outside = await importFile(
    t.db,
    { ...t.ctx, wards: ['31318'] },
    'measures',
    Readable.from(['unit_code,measure,from_date\n930,ct16,2021-09-01\n31318,ct16,2021-09-01\n']),
  );
  assert.deepEqual(
    outside.rejected.map((x) => [x.line, x.column]),
    [[2, 'unit_code']],
  );
});
