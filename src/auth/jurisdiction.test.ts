// Jurisdiction matrix: a district user of district 930 (ward 31321) trying to replace or extend a record of district
// 931 (ward 31340), through every import kind and every endpoint that writes to an existing record by its code.
// The stored record's district must be the actor's, not only the new row's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { load } from '../test/import.ts';
import { importFile } from '../app/imports.ts';
import { jurisdictionWards } from './scope.ts';
import type { Ctx } from '../shared/context.ts';
import { Readable } from 'node:stream';

let t: TestDb;
let app: FastifyInstance;
let a: Client; // district officer of 930
let clusterB: number;

before(async () => {
  t = await testDb();
  await load(
    t,
    'persons',
    'person_ref,full_name,birth_year,ward_code\nA1,Người A1,1980,31321\nA2,Người A2,1981,31321\nB1,Người B1,1980,31340\nB2,Người B2,1982,31340\n',
  );
  await load(t, 'cases', 'person_ref,confirmed_at\nA1,2021-09-01T08:00:00+07:00\nB1,2021-09-01T08:00:00+07:00\n');
  await load(t, 'outcomes', 'person_ref,outcome,at\nB1,discharged,2021-09-20T08:00:00+07:00\n');
  await load(t, 'exposures', 'source_ref,contact_ref,exposed_on\nB1,B2,2021-08-30\n');
  await load(
    t,
    'samples',
    'sample_ref,person_ref,taken_at,method,pool_ref\nSB,B2,2021-09-02T08:00:00+07:00,pcr,PB\nSB2,B1,2021-09-02T08:00:00+07:00,pcr,PB\n',
  );
  await load(t, 'facilities', 'facility_code,name,kind,ward_code,beds\nFB,Khu cách ly B,quarantine,31340,50\n');
  await load(t, 'quarantine', 'person_ref,kind,start_at\nB2,home,2021-09-01T08:00:00+07:00\n');
  await load(t, 'vaccinations', 'person_ref,dose_number,product,given_on\nB1,1,pfizer,2021-07-01\n');
  await load(
    t,
    'declarations',
    'declaration_ref,declared_at,full_name,to_ward_code\nDB,2021-09-01T08:00:00+07:00,Khách B,31340\n',
  );
  app = await testApp(t);
  await addUser(t, 'province', 'province_admin', ['province', '93']);
  await addUser(t, 'district930', 'district_officer', ['district', '930']);
  a = await signIn(app, 'district930');
  const province = await signIn(app, 'province');
  const round = {
    campaign: 'Sàng lọc B',
    round_no: 1,
    starts_on: '2021-09-01',
    ends_on: '2021-09-03',
    areas: [{ ward_code: '31340' }],
  };
  assert.equal((await province({ method: 'PUT', url: '/api/v1/testing/rounds/RB', payload: round })).statusCode, 200);
  const cluster = await province({
    method: 'POST',
    url: '/api/v1/clusters',
    payload: { name: 'Chợ B', ward_code: '31340', started_on: '2021-09-01', case_refs: ['B1'] },
  });
  assert.equal(cluster.statusCode, 201);
  clusterB = cluster.json().cluster_id;
});
after(async () => {
  await app.close();
  await t.close();
});

const upload = (who: Client, kind: string, csv: string) =>
  who({
    method: 'POST',
    url: `/api/v1/imports/${kind}`,
    headers: { 'content-type': 'text/csv', 'accept-language': 'en' },
    payload: csv,
  });

/** Each import kind: a row of district 930's user that would replace (or attach to) district 931's record. */
const imports: { kind: string; csv: string; column: string; value: string; who?: () => Client }[] = [
  { kind: 'persons', csv: 'person_ref,full_name,ward_code\nB1,Đổi tên,31321\n', column: 'ward_code', value: '31340' },
  { kind: 'cases', csv: 'person_ref,confirmed_at\nB2,2021-09-03T08:00:00+07:00\n', column: 'person_ref', value: 'B2' },
  {
    kind: 'outcomes',
    csv: 'person_ref,outcome,at\nB1,died,2021-09-21T08:00:00+07:00\n',
    column: 'person_ref',
    value: 'B1',
  },
  {
    kind: 'exposures',
    csv: 'source_ref,contact_ref,exposed_on\nB1,B2,2021-08-30\n',
    column: 'contact_ref',
    value: 'B2',
  },
  // The stored facility is 931's; the new ward is 930's.
  {
    kind: 'facilities',
    csv: 'facility_code,name,kind,ward_code\nFB,Chiếm,quarantine,31321\n',
    column: 'ward_code',
    value: '31340',
  },
  {
    kind: 'quarantine',
    csv: 'person_ref,kind,start_at\nB2,home,2021-09-01T08:00:00+07:00\n',
    column: 'person_ref',
    value: 'B2',
  },
  // The stored sample is of B2 (931); the new person is A1 (930).
  {
    kind: 'samples',
    csv: 'sample_ref,person_ref,taken_at,method\nSB,A1,2021-09-02T08:00:00+07:00,pcr\n',
    column: 'sample_ref',
    value: 'SB',
  },
  {
    kind: 'pool_results',
    csv: 'pool_ref,result,result_at\nPB,negative,2021-09-03T08:00:00+07:00\n',
    column: 'pool_ref',
    value: 'PB',
  },
  {
    kind: 'vaccinations',
    csv: 'person_ref,dose_number,product,given_on\nB1,1,moderna,2021-07-01\n',
    column: 'person_ref',
    value: 'B1',
  },
];

for (const k of imports) {
  test(`[${engineName}] import ${k.kind}: a district user cannot replace another district's record`, async () => {
    const r = await upload(a, k.kind, k.csv);
    assert.equal(r.statusCode, 422, r.body);
    assert.deepEqual(r.json().rejected, [
      { line: 2, column: k.column, reason: `Outside your jurisdiction: ${k.value}` },
    ]);
  });
}

test(`[${engineName}] import population, hamlets, declarations: no district role may run them`, async () => {
  for (const [kind, csv] of [
    ['population', 'ward_code,population\n31340,1000\n'],
    ['hamlets', 'ward_code,name\n31340,Ấp 1\n'],
    [
      'declarations',
      'declaration_ref,declared_at,full_name,to_ward_code\nDB,2021-09-01T08:00:00+07:00,Khách B,31321\n',
    ],
  ]) {
    const r = await upload(a, kind, csv);
    assert.deepEqual([r.statusCode, r.json().error], [403, 'forbidden'], kind);
  }
});

test(`[${engineName}] import declarations (district-scoped actor with entry.write): another district's declaration is refused`, async () => {
  // No role gives a district user entry.write today; the check must hold if one ever does.
  const wards = await jurisdictionWards(t.db, '93', 'district', '930');
  const ctx: Ctx = { ...t.ctx, actor: 'district930', wards };
  // The stored declaration goes to 931's ward; the new row to 930's.
  const csv = 'declaration_ref,declared_at,full_name,to_ward_code\nDB,2021-09-01T08:00:00+07:00,Khách B,31321\n';
  const r = await importFile(t.db, { ...ctx, lang: 'en' }, 'declarations', Readable.from([csv]));
  assert.deepEqual(r.rejected, [{ line: 2, column: 'declaration_ref', reason: 'Outside your jurisdiction: DB' }]);
});

test(`[${engineName}] imports: the same rows within the district still go through`, async () => {
  const own = await upload(a, 'facilities', 'facility_code,name,kind,ward_code\nFA,Khu cách ly A,quarantine,31321\n');
  assert.deepEqual(own.json(), { kind: 'facilities', rows: 1, inserted: 1, updated: 0, rejected: [] });
  const again = await upload(a, 'facilities', 'facility_code,name,kind,beds\nFA,Khu cách ly A,quarantine,40\n');
  assert.deepEqual(again.json(), { kind: 'facilities', rows: 1, inserted: 0, updated: 1, rejected: [] });
  const sample = await upload(
    a,
    'samples',
    'sample_ref,person_ref,taken_at,method\nSA,A1,2021-09-02T08:00:00+07:00,pcr\n',
  );
  assert.deepEqual(sample.json(), { kind: 'samples', rows: 1, inserted: 1, updated: 0, rejected: [] });
  const moved = await upload(
    a,
    'samples',
    'sample_ref,person_ref,taken_at,method\nSA,A2,2021-09-02T08:00:00+07:00,pcr\n',
  );
  assert.deepEqual(moved.json(), { kind: 'samples', rows: 1, inserted: 0, updated: 1, rejected: [] });
});

test(`[${engineName}] PUT /testing/rounds/{code}: another district's round is refused and unchanged`, async () => {
  const payload = {
    campaign: 'Chiếm',
    round_no: 9,
    starts_on: '2021-09-01',
    ends_on: '2021-09-03',
    areas: [{ ward_code: '31321' }],
  };
  const r = await a({ method: 'PUT', url: '/api/v1/testing/rounds/RB', payload });
  assert.deepEqual([r.statusCode, r.json().error], [403, 'out_of_scope']);
  const mine = await a({ method: 'PUT', url: '/api/v1/testing/rounds/RA', payload });
  assert.equal(mine.statusCode, 200);
  const province = await signIn(app, 'province');
  const stored = (await province('/api/v1/testing/rounds/RB')).json();
  assert.deepEqual([stored.campaign, stored.areas], ['Sàng lọc B', [{ ward_code: '31340', hamlet: null }]]);
});

test(`[${engineName}] GET /testing/rounds lists only rounds screening the actor's wards`, async () => {
  const list = (await a('/api/v1/testing/rounds')).json() as { round_code: string }[];
  assert.ok(!list.some((r) => r.round_code === 'RB'), JSON.stringify(list));
  assert.ok(
    list.some((r) => r.round_code === 'RA'),
    JSON.stringify(list),
  );
  // Named by its code, another district's round shows none of its figures (as before).
  const named = (await a('/api/v1/testing/rounds/RB')).json();
  assert.deepEqual([named.sampled, named.by_ward], [0, []]);
});

test(`[${engineName}] POST /clusters/{id}/cases: another district's declared cluster is refused and stays closed`, async () => {
  const r = await a({ method: 'POST', url: `/api/v1/clusters/${clusterB}/cases`, payload: { case_refs: ['A1'] } });
  assert.deepEqual([r.statusCode, r.json().error], [403, 'out_of_scope']);
  const graph = await a(`/api/v1/clusters/declared/${clusterB}/graph`);
  assert.deepEqual([graph.statusCode, graph.json().error], [403, 'out_of_scope']);
  const gone = await a({ method: 'DELETE', url: `/api/v1/clusters/${clusterB}/cases/A1` });
  assert.deepEqual([gone.statusCode, gone.json().error], [403, 'out_of_scope']);
});

test(`[${engineName}] PATCH /quarantine/facilities/{code}: another district's facility is refused`, async () => {
  const r = await a({ method: 'PATCH', url: '/api/v1/quarantine/facilities/FB', payload: { ward_code: '31321' } });
  assert.deepEqual([r.statusCode, r.json().error], [403, 'out_of_scope']);
});

test(`[${engineName}] endpoints writing to an existing record of another district refuse it`, async () => {
  const [episode] = await t.db.query<{ episode_id: number }>(
    `SELECT e.episode_id FROM quarantine_episodes e JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'B2'`,
  );
  const calls: [string, string, object | undefined, number, string][] = [
    ['PATCH', '/persons/B1', { ward_code: '31321' }, 403, 'out_of_scope'],
    ['PATCH', '/cases/B1', { severity: 'severe' }, 403, 'out_of_scope'],
    ['PUT', '/cases/B1/outcomes/died', { at: '2021-09-21T08:00:00+07:00' }, 403, 'out_of_scope'],
    ['POST', '/persons/B1/exposures', { contact_ref: 'A1', exposed_on: '2021-08-30' }, 403, 'out_of_scope'],
    // The sample's own person is another district's: the API answers 409 as it did before.
    [
      'POST',
      '/testing/samples',
      { sample_ref: 'SB', person_ref: 'A1', taken_at: '2021-09-02T08:00:00+07:00', method: 'pcr' },
      409,
      'sample_exists',
    ],
    [
      'POST',
      '/testing/samples/SB/result',
      { result: 'positive', result_at: '2021-09-03T08:00:00+07:00' },
      403,
      'out_of_scope',
    ],
    [
      'POST',
      '/testing/pools/PB/result',
      { result: 'negative', result_at: '2021-09-03T08:00:00+07:00' },
      403,
      'out_of_scope',
    ],
    [
      'POST',
      `/quarantine/episodes/${episode.episode_id}/close`,
      { end_at: '2021-09-10T08:00:00+07:00' },
      403,
      'out_of_scope',
    ],
    ['PUT', '/vaccination/persons/B1/doses/1', { product: 'moderna', given_on: '2021-07-01' }, 403, 'out_of_scope'],
  ];
  for (const [method, url, payload, status, error] of calls) {
    const r = await a({ method: method as 'PUT', url: `/api/v1${url}`, payload });
    assert.deepEqual([r.statusCode, r.json().error], [status, error], `${method} ${url}: ${r.body}`);
  }
});

test(`[${engineName}] import quarantine: another district's full facility is named, its occupancy is not`, async () => {
  // FB1 (district 931) has one bed, taken by B1 from 5/9.
  await load(t, 'facilities', 'facility_code,name,kind,ward_code,beds\nFB1,Khu một giường,quarantine,31340,1\n');
  await load(t, 'quarantine', 'person_ref,kind,start_at,facility_code\nB1,centralized,2021-09-05T08:00:00+07:00,FB1\n');
  const csv = 'person_ref,kind,start_at,facility_code\nA2,centralized,2021-09-06T08:00:00+07:00,FB1\n';
  const r = await upload(a, 'quarantine', csv);
  assert.equal(r.statusCode, 422, r.body);
  assert.deepEqual(r.json().rejected, [
    {
      line: 2,
      column: 'facility_code',
      reason: 'The facility is full at the start instant (occupied/beds): FB1; give override_reason to assign anyway',
    },
  ]);
  // the province, whose facility it is, reads the figures
  const own = await importFile(t.db, { ...t.ctx, lang: 'en' }, 'quarantine', Readable.from([csv]), { partial: true });
  assert.deepEqual(own.rejected, [
    {
      line: 2,
      column: 'facility_code',
      reason:
        'The facility is full at the start instant (occupied/beds): FB1: 1/1; give override_reason to assign anyway',
    },
  ]);
});
