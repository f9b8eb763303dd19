// The perimeter over every documented operation (taken from the OpenAPI document, so new routes are covered): each
// one that is not public by design refuses a request without a session, with a forged session cookie and with a
// forged bearer token; each unsafe one refuses a real session without its CSRF token. The figures it prints are the
// README's (Security).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, testApp, PASSWORD } from '../test/http.ts';

let t: TestDb;
let app: FastifyInstance;
let session: string;

before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: PASSWORD },
  });
  assert.equal(r.statusCode, 200);
  session = r.cookies.find((c) => c.name === 'pd_session')!.value;
});
after(async () => {
  await app.close();
  await t.close();
});

/**
 * Open to anyone by design: sign-in, health, certificate verification, the public entry forms and pages, and the
 * public portal (src/portal/portal.test.ts checks it holds nothing personal).
 */
const PUBLIC = [
  'getDeclarationPage',
  'getGuestReportPage',
  'getHealth',
  'getPortal',
  'getPortalWardBoundaries',
  'getPublicForm',
  'importGuests',
  'listOriginUnits',
  'reportGuest',
  'signIn',
  'submitDeclaration',
  'verifyVaccinationCertificate',
];
const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];

interface Operation {
  id: string;
  method: string;
  url: string;
  public: boolean;
}

async function operations(): Promise<Operation[]> {
  await app.ready();
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const prefix = item.servers ? '' : '/api/v1';
    for (const [method, op] of Object.entries(item)) {
      if (!['get', ...UNSAFE.map((m) => m.toLowerCase())].includes(method)) continue;
      ops.push({
        id: op.operationId as string,
        method: method.toUpperCase(),
        url: prefix + path.replace(/\{[^}]+\}/g, '1'),
        public: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return ops;
}

const refusals = async (ops: Operation[], extra: Partial<InjectOptions>, status: number, error: string) => {
  const wrong: string[] = [];
  for (const op of ops) {
    const body = UNSAFE.includes(op.method) ? { payload: {} } : {};
    const r = await app.inject({ method: op.method as 'GET', url: op.url, ...body, ...extra });
    if (r.statusCode !== status || r.json().error !== error) wrong.push(`${op.method} ${op.url} → ${r.statusCode}`);
  }
  return wrong;
};

test(`[${engineName}] every operation but the public ones refuses no session, forged sessions and missing CSRF`, async () => {
  const ops = await operations();
  const closed = ops.filter((o) => !o.public);
  assert.deepEqual(
    ops
      .filter((o) => o.public)
      .map((o) => o.id)
      .sort(),
    PUBLIC,
  );
  assert.ok(closed.length > 100, `${closed.length} operations behind sign-in`);

  assert.deepEqual(await refusals(closed, {}, 401, 'unauthenticated'), [], 'without a session');
  const forgedCookie = { cookies: { pd_session: randomBytes(32).toString('base64url') } };
  assert.deepEqual(await refusals(closed, forgedCookie, 401, 'unauthenticated'), [], 'forged session cookie');
  const forgedToken = { headers: { authorization: `Bearer pd_${randomBytes(32).toString('base64url')}` } };
  assert.deepEqual(await refusals(closed, forgedToken, 401, 'unauthenticated'), [], 'forged bearer token');

  const unsafe = closed.filter((o) => UNSAFE.includes(o.method));
  assert.deepEqual(await refusals(unsafe, { cookies: { pd_session: session } }, 403, 'csrf'), [], 'no CSRF token');
  const paths = new Set(ops.map((o) => o.url.replace(/^\/api\/v1/, '')));
  console.log(
    `# perimeter on ${engineName}: ${paths.size} paths, ${ops.length} operations, ${closed.length} refused without ` +
      `a session, ${PUBLIC.length} public by design; forged sessions accepted 0/${closed.length} (cookie and ` +
      `token); CSRF enforced on ${unsafe.length}/${unsafe.length} unsafe operations`,
  );
});
