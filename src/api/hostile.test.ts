// Hostile input over every documented operation (taken from the OpenAPI document, so new routes are covered): a
// seeded generator sends NUL bytes, lone surrogates, prototype names, traversal, over-long and wrong-typed values,
// malformed JSON, bad content types and hostile CSV files. No answer may be a 500, none may carry a stack trace or
// an internal path, and every refusal has the Error shape. Before it, the findings of the audit (issue 19, 6).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { ErrorBody } from './openapi.ts';
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

/** mulberry32: a small seeded generator, so every run sends the same inputs. */
function seeded(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
}

const STRINGS = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  'x'.repeat(10_000),
  '',
  ' ',
  '-1',
  '1e309',
  "'; DROP TABLE persons; --",
  '<script>alert(1)</script>',
  '${7*7}',
  '2024-02-30',
  '9999-99-99T99:99',
  '\u202Eabc',
  '😷'.repeat(300),
];
const VALUES: unknown[] = [...STRINGS, null, true, 0, -1, 1e308, 2 ** 63, 0.5, [], {}, [null], { __proto__: { x: 1 } }];
/** Path segments as they appear in a URL (already encoded). */
const SEGMENTS = [
  '%00',
  'a%00b',
  '__proto__',
  'constructor',
  'toString',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%ED%A0%80',
  '%C0%AF',
  '%25',
  '%FF',
  '-1',
  '0',
  '99999999999999999999',
  'x'.repeat(3000),
  '%F0%9F%98%B7',
];
const QUERY_VALUES = [
  '%00',
  '%ED%A0%80',
  '__proto__',
  '-1',
  '1e999',
  'x'.repeat(5000),
  '',
  '%FF',
  '2024-13-45',
  'true%00',
];
const RAW_BODIES = [
  '{',
  '{"a":',
  '[',
  'null',
  '"x"',
  '1',
  '[]',
  '{"__proto__":{"admin":true}}',
  '['.repeat(5000),
  '\u0000',
  `{"a":"${'x'.repeat(2 << 20)}"}`, // over the 1 MB limit of JSON bodies
];
const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/json; charset=utf-16',
  'multipart/form-data',
  'x/y',
];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Operation {
  method: string;
  path: string;
  public: boolean;
  query: string[];
  fields: string[];
  json: boolean;
}

async function operations(): Promise<Operation[]> {
  await app.ready();
  const doc = app.swagger() as unknown as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    servers?: { url: string }[];
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const prefix = item.servers ? '' : '/api/v1';
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method) || path === '/auth/logout') continue; // signing out would end the run's session
      const params = (op.parameters ?? []) as { in: string; name: string }[];
      const body = (op.requestBody as { content?: Record<string, { schema?: { properties?: object } }> })?.content;
      ops.push({
        method: method.toUpperCase(),
        path: prefix + path,
        public: Array.isArray(op.security) && op.security.length === 0,
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        fields: Object.keys(body?.['application/json']?.schema?.properties ?? {}),
        json: !!body?.['application/json'],
      });
    }
  }
  return ops;
}

/** `count` hostile requests over the operations, the same ones on every run (seed 19). */
function hostileRequests(ops: Operation[], kinds: string[], count: number): (InjectOptions & { public: boolean })[] {
  const pick = seeded(19);
  const out: (InjectOptions & { public: boolean })[] = [];
  while (out.length < count) {
    const op =
      out.length % 10 === 9 ? ops.find((o) => o.method === 'POST' && o.path === '/api/v1/imports/{kind}')! : pick(ops);
    const url = op.path.replace(/\{[^}]+\}/g, (p) =>
      p === '{kind}' && op.path.includes('imports') && pick([0, 1]) ? pick(kinds) : pick(SEGMENTS),
    );
    const query = op.query.length || pick([0, 1]) ? `?${pick([...op.query, 'zz'])}=${pick(QUERY_VALUES)}` : '';
    const req: InjectOptions & { public: boolean } = {
      method: op.method as 'GET',
      url: url + query,
      public: op.public,
    };
    if (op.path === '/api/v1/imports/{kind}') {
      req.headers = { 'content-type': 'text/csv' };
      req.payload = hostileCsv(pick);
    } else if (op.method !== 'GET' && op.method !== 'DELETE') {
      const shape = pick(['fields', 'fields', 'fields', 'raw', 'type']);
      if (shape === 'raw') {
        req.headers = { 'content-type': 'application/json' };
        req.payload = pick(RAW_BODIES);
      } else if (shape === 'type') {
        req.headers = { 'content-type': pick(CONTENT_TYPES) };
        req.payload = 'a=1';
      } else {
        const body: Record<string, unknown> = {};
        for (const f of op.fields) if (pick([0, 1, 1])) body[f] = pick(VALUES);
        body[pick([...op.fields, 'unknown_field'])] = pick(VALUES);
        req.payload = body;
      }
    }
    out.push(req);
  }
  return out;
}

const CSV_HEADERS = [
  'person_ref,full_name,ward_code',
  'ward_code,name',
  'sample_ref,person_ref',
  '__proto__,toString',
  '',
];
const CSV_CELLS = ['\u0000', 'a\u0000', '"', '"unclosed', 'x'.repeat(2000), '=cmd|/c calc', '', '\uFEFF', '\r', ';;;'];
function hostileCsv(pick: ReturnType<typeof seeded>): string {
  const header = pick(CSV_HEADERS);
  const rows = Array.from({ length: pick([0, 1, 3]) }, () =>
    Array.from({ length: pick([1, 2, 3, 4]) }, () => pick(CSV_CELLS)).join(','),
  );
  return pick(['', '\uFEFF']) + [header, ...rows].join(pick(['\n', '\r\n', '\r'])) + pick(['', '\n']);
}

const LEAK = /\n\s+at |node_modules|\/work\/|\/src\/|\.ts:\d+|Error: /;

test(`[${engineName}] 1,200 hostile inputs over every documented operation: no 500, no stack trace, refusals are Errors`, async () => {
  const ops = await operations();
  const kinds = ((await admin('/api/v1/imports/kinds')).json() as { kind: string }[]).map((k) => k.kind);
  assert.ok(ops.length > 100 && kinds.length > 5, `${ops.length} operations, ${kinds.length} import kinds`);
  const statuses: Record<number, number> = {};
  const faults: string[] = [];
  for (const { public: open, ...req } of hostileRequests(ops, kinds, 1200)) {
    const r = open ? await app.inject(req) : await admin(req);
    statuses[r.statusCode] = (statuses[r.statusCode] ?? 0) + 1;
    const what = `${req.method} ${req.url?.toString().slice(0, 120)} → ${r.statusCode} ${r.body.slice(0, 200)}`;
    if (r.statusCode >= 500) faults.push(what);
    else if (LEAK.test(r.body)) faults.push('leak: ' + what);
    else if (r.statusCode >= 400 && !(r.statusCode === 422 && req.url?.toString().startsWith('/api/v1/imports/'))) {
      if (!ErrorBody.strict().safeParse(r.json()).success) faults.push('shape: ' + what);
    }
  }
  console.log(`# hostile inputs on ${engineName}: ${JSON.stringify(statuses)}`);
  assert.deepEqual(faults, []);
});
