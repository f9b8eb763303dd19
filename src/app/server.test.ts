import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';

let t: TestDb;
let app: FastifyInstance;
let api: Client;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  api = await signIn(app, 'officer');
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] persons over HTTP: create, search, patch, errors in Vietnamese or English`, async () => {
  const created = await api({
    method: 'POST',
    url: '/api/v1/persons',
    payload: { person_ref: 'H1', full_name: 'Phạm Thị Hoa', phone: '+84 903 111 222', ward_code: '31321' },
  });
  assert.equal(created.statusCode, 201);
  assert.equal(created.json().phone, '0903111222');

  const found = await api({ url: '/api/v1/persons?q=pham%20thi%20hoa' });
  assert.deepEqual(
    found.json().map((p: { person_ref: string }) => p.person_ref),
    ['H1'],
  );

  const patched = await api({ method: 'PATCH', url: '/api/v1/persons/H1', payload: { hamlet: 'Ấp 3', phone: null } });
  assert.equal(patched.statusCode, 200);
  assert.deepEqual([patched.json().hamlet, patched.json().phone], ['Ấp 3', null]);

  const bad = await api({
    method: 'POST',
    url: '/api/v1/persons',
    payload: { person_ref: 'H2', full_name: 'X', phone: '123' },
  });
  assert.equal(bad.statusCode, 400);
  assert.deepEqual(bad.json(), { error: 'bad_phone', field: 'phone', message: 'Số điện thoại không hợp lệ: 123' });

  const missing = await api({
    method: 'POST',
    url: '/api/v1/persons',
    headers: { 'accept-language': 'en' },
    payload: { person_ref: 'H3' },
  });
  assert.equal(missing.statusCode, 400);
  assert.equal(missing.json().field, 'full_name');
  assert.match(missing.json().message, /^Invalid input in field full_name/);

  const notFound = await api({ url: '/api/v1/persons/NOPE' });
  assert.equal(notFound.statusCode, 404);
  assert.equal(notFound.json().error, 'not_found');
});

test(`[${engineName}] duplicates over HTTP: proposed, declared different, merged, with the merge history`, async () => {
  const person = (ref: string, extra: object = {}) =>
    api({
      method: 'POST',
      url: '/api/v1/persons',
      payload: { person_ref: ref, full_name: 'Võ Văn Đức', phone: '0911222333', birth_year: 1980, ...extra },
    });
  for (const r of [await person('D1'), await person('D2', { address: 'Ấp 5' }), await person('D3')])
    assert.equal(r.statusCode, 201, r.body);
  type Pair = { a_ref: string; b_ref: string; reasons: string };
  const pairs = async () =>
    (await api('/api/v1/persons/duplicates')).json().filter((p: Pair) => p.a_ref.startsWith('D'));
  assert.deepEqual(
    (await pairs()).map((p: Pair) => [p.a_ref, p.b_ref, p.reasons]),
    [
      ['D1', 'D2', 'phone_name_birth_year'],
      ['D1', 'D3', 'phone_name_birth_year'],
      ['D2', 'D3', 'phone_name_birth_year'],
    ],
  );
  const different = await api({
    method: 'POST',
    url: '/api/v1/persons/not-duplicates',
    payload: { a_ref: 'D2', b_ref: 'D3' },
  });
  assert.equal(different.statusCode, 204);
  assert.equal(different.body, '');
  assert.equal((await pairs()).length, 2);
  const unknown = await api({
    method: 'POST',
    url: '/api/v1/persons/not-duplicates',
    payload: { a_ref: 'D2', b_ref: 'DX' },
  });
  assert.equal(unknown.statusCode, 404);

  const merge = { keep_ref: 'D1', merge_ref: 'D2', reason: 'Cùng một người' };
  const merged = await api({ method: 'POST', url: '/api/v1/persons/merge', payload: merge });
  assert.equal(merged.statusCode, 200, merged.body);
  assert.deepEqual([merged.json().person_ref, merged.json().address], ['D1', 'Ấp 5']); // taken from the merged record
  const again = await api({ method: 'POST', url: '/api/v1/persons/merge', payload: merge });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error, 'already_merged');
  assert.equal((await api('/api/v1/persons/D2')).json().merged_into_ref, 'D1');
  assert.equal((await api('/api/v1/persons/D1')).json().merged_into_ref, null);

  const history = (await api('/api/v1/persons/D1/merges')).json();
  assert.equal(history.length, 1);
  assert.deepEqual(
    [history[0].merged_ref, history[0].reason, history[0].actor, history[0].merged_snapshot.address],
    ['D2', 'Cùng một người', 'officer', 'Ấp 5'],
  );
  assert.match(history[0].merged_snapshot.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.match(history[0].at, /^\d{4}-\d\d-\d\dT/);

  const csv = await api('/api/v1/persons/export.csv?q=vo%20van%20duc');
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(csv.body.split('\n').filter((l) => l.includes('D1') || l.includes('D3')).length, 2);
});

test(`[${engineName}] malformed JSON and unknown routes give clean JSON errors, never a stack`, async () => {
  const r = await api({
    method: 'POST',
    url: '/api/v1/persons',
    headers: { 'content-type': 'application/json' },
    payload: '{"person_ref":',
  });
  assert.equal(r.statusCode, 400);
  assert.doesNotMatch(r.body, /at \w+ \(|node_modules/);
  assert.equal((await api({ url: '/api/v1/nothing' })).statusCode, 404);
});

test(`[${engineName}] CSV import over HTTP streams the body; template and kinds`, async () => {
  const ok = await api({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { 'content-type': 'text/csv' },
    payload: 'person_ref,full_name,ward_code\nC1,Lâm Văn Tư,31321\n',
  });
  assert.equal(ok.statusCode, 200);
  assert.deepEqual(ok.json(), { kind: 'persons', rows: 1, inserted: 1, updated: 0, rejected: [] });
  const bad = await api({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { 'content-type': 'text/csv', 'accept-language': 'en' },
    payload: 'person_ref,full_name,ward_code\nC2,Tư,77777\n',
  });
  assert.equal(bad.statusCode, 422);
  assert.deepEqual(bad.json().rejected, [
    { line: 2, column: 'ward_code', reason: 'Ward code does not exist in the province: 77777' },
  ]);
  const unknown = await api({
    method: 'POST',
    url: '/api/v1/imports/nothing',
    headers: { 'content-type': 'text/csv' },
    payload: 'a\n1\n',
  });
  assert.equal(unknown.statusCode, 400);
  const tpl = await api({ url: '/api/v1/imports/population/template.csv' });
  assert.equal(tpl.body, '\uFEFFward_code,population,population_18plus,population_50plus\n');
});

test(`[${engineName}] geography: units, mapping, hamlets; OpenAPI served`, async () => {
  const districts = (await api({ url: '/api/v1/geo/units?geography=2024&level=district' })).json();
  assert.equal(districts.length, 8);
  assert.ok(districts.some((d: { name: string }) => d.name === 'Ngã Bảy'));
  const mapping = (await api({ url: '/api/v1/geo/mapping?ward_code=31321' })).json();
  type M = { old_ward_code: string; new_ward_code: string };
  assert.ok(mapping.some((m: M) => m.old_ward_code === '31321'));
  assert.ok(mapping.every((m: M) => m.old_ward_code === '31321' || m.new_ward_code === '31321'));
  const h = await api({
    method: 'POST',
    url: '/api/v1/geo/hamlets',
    payload: { ward_code: '31321', name: 'Khu vực 4' },
  });
  assert.equal(h.statusCode, 201);
  const dup = await api({
    method: 'POST',
    url: '/api/v1/geo/hamlets',
    payload: { ward_code: '31321', name: 'khu vuc 4' },
  });
  assert.equal(dup.statusCode, 409);
  const hamlets = (await api({ url: '/api/v1/geo/hamlets?ward_code=31321' })).json();
  assert.deepEqual(
    hamlets.map((x: { ward_code: string; name: string }) => [x.ward_code, x.name]),
    [['31321', 'Khu vực 4']],
  );
  const load = await api({
    method: 'POST',
    url: '/api/v1/imports/population',
    headers: { 'content-type': 'text/csv' },
    payload: 'ward_code,population,population_18plus\n31321,12000,\n',
  });
  assert.equal(load.statusCode, 200, load.body);
  assert.deepEqual((await api({ url: '/api/v1/geo/population' })).json(), [
    {
      ward_code: '31321',
      ward_name: 'Phường III',
      population: 12000,
      population_18plus: null,
      population_50plus: null,
    },
  ]);
  const docs = await api({ url: '/api/docs/json' });
  assert.equal(docs.json().servers[0].url, '/api/v1'); // paths are relative to it
  assert.ok(docs.json().paths['/persons'].get);
});
