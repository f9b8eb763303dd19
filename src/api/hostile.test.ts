// Hostile input over every documented operation (taken from the OpenAPI document, so new routes are covered): a
// seeded generator sends NUL bytes, lone surrogates, prototype names, traversal, over-long and wrong-typed values,
// malformed JSON, bad content types and hostile CSV files. No answer may be a 500, none may carry a stack trace or
// an internal path, and every refusal has the Error shape. Before it, the findings of the audit (issue 19, 6).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';

let t: TestDb;
let app: FastifyInstance;
let admin: Client;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  admin = await signIn(app, 'admin');
});
after(async () => {
  await app.close();
  await t.close();
});

const csv = (text: string): InjectOptions => ({ headers: { 'content-type': 'text/csv' }, payload: text });

test(`[${engineName}] NUL and lone surrogates: 400 naming the field, in JSON, query and path`, async () => {
  const cases: [InjectOptions, Client | FastifyInstance['inject'], string][] = [
    [
      { method: 'POST', url: '/api/v1/persons', payload: { person_ref: 'N1', full_name: 'A\u0000B' } },
      admin,
      'full_name',
    ],
    [
      { method: 'POST', url: '/api/v1/persons', payload: { person_ref: 'N1', full_name: 'A\uD800' } },
      admin,
      'full_name',
    ],
    [{ url: '/api/v1/persons?q=%00' }, admin, 'q'],
    [{ url: '/api/v1/persons/X%00' }, admin, 'ref'],
    [
      { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'a\u0000', password: 'x' } },
      app.inject.bind(app),
      'username',
    ],
    [
      { method: 'POST', url: '/api/v1/public/entry/declarations', payload: { full_name: 'x\uDC00y' } },
      app.inject.bind(app),
      'full_name',
    ],
    [
      { method: 'POST', url: '/api/v1/public/entry/accommodations/%00/guests.csv', ...csv('a\n1\n') },
      app.inject.bind(app),
      'code',
    ],
  ];
  for (const [req, send, field] of cases) {
    const r = await send({ ...req, headers: { 'accept-language': 'en', ...req.headers } });
    assert.equal(r.statusCode, 400, `${req.method ?? 'GET'} ${req.url}: ${r.body}`);
    assert.equal(r.json().error, 'bad_text');
    assert.equal(r.json().field, field);
    assert.match(r.json().message, new RegExp(`^${field} contains a character that cannot be stored`));
  }
});

test(`[${engineName}] import kinds are own names only: __proto__, constructor, toString are unknown kinds`, async () => {
  for (const kind of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    const r = await admin(`/api/v1/imports/${kind}/template.csv`);
    assert.equal(r.statusCode, 400, `${kind}: ${r.body}`);
    assert.deepEqual([r.json().error, r.json().field], ['unknown_kind', 'kind']);
    const up = await admin({ method: 'POST', url: `/api/v1/imports/${kind}`, ...csv('person_ref\nX\n') });
    assert.equal(up.statusCode, 400);
  }
});

test(`[${engineName}] CSV cells: NUL, surrogates, an over-long required cell and a prototype header are rejected rows`, async () => {
  const nul = await admin({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { 'content-type': 'text/csv', 'accept-language': 'en' },
    payload: 'person_ref,full_name,ward_code\nP1,Lê\u0000Văn,31321\nP2\u0000,Trần Thị,31321\n',
  });
  assert.equal(nul.statusCode, 422, nul.body);
  assert.deepEqual(
    nul.json().rejected.map((r: { line: number; column: string }) => [r.line, r.column]),
    [
      [2, 'full_name'],
      [3, 'person_ref'],
    ],
  );
  assert.match(nul.json().rejected[0].reason, /^full_name contains a character that cannot be stored/);

  const long = await admin({
    method: 'POST',
    url: '/api/v1/imports/persons',
    ...csv(`person_ref,full_name,ward_code\nP3,${'A'.repeat(600)},31321\n`),
  });
  assert.equal(long.statusCode, 422, long.body);
  assert.deepEqual(
    long.json().rejected.map((r: { line: number; column: string }) => [r.line, r.column]),
    [[2, 'full_name']],
  );

  const hamlet = await admin({
    method: 'POST',
    url: '/api/v1/imports/hamlets',
    ...csv(`ward_code,name\n31321,${'Ấ'.repeat(600)}\n`),
  });
  assert.equal(hamlet.statusCode, 422, hamlet.body);
  assert.equal(hamlet.json().rejected[0].line, 2);

  const proto = await admin({ method: 'POST', url: '/api/v1/imports/persons', ...csv('person_ref,toString\nP4,x\n') });
  assert.equal(proto.statusCode, 422, proto.body);
  assert.deepEqual([proto.json().rejected[0].line, proto.json().rejected[0].column], [1, 'toString']);
});
