import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from './test/db.ts';
import { addUser, signIn, testApp, type Client } from './test/http.ts';

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
  assert.equal(tpl.body, '\uFEFFward_code,population,population_18plus\n');
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
  const docs = await api({ url: '/api/docs/json' });
  assert.equal(docs.json().servers[0].url, '/api/v1'); // paths are relative to it
  assert.ok(docs.json().paths['/persons'].get);
});
