// Users, login, sessions, tokens, CSRF, and the role × jurisdiction × endpoint matrix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, PASSWORD, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';
import { createUser, ensureFirstAdmin, updateUser } from './service.ts';
import { randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../shared/errors.ts';
import { t as t_ } from '../shared/messages.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { registerAuth } from './http.ts';

let t: TestDb;
let app: FastifyInstance;
const as: Record<string, Client> = {};

before(async () => {
  t = await testDb();
  // Vị Thanh (district 930) has ward 31321; Ngã Bảy (931) has ward 31340.
  const r = await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,phone,ward_code\nP930,Nguyễn Văn Vị,0911000930,31321\nP931,Trần Thị Bảy,0911000931,31340\nPNONE,Lê Không Xã,0911000000,\n',
    ]),
  );
  assert.equal(r.inserted, 3);
  app = await testApp(t);
  assert.deepEqual(await ensureFirstAdmin(t.db, t.ctx, 'admin password 123'), {
    username: 'admin',
    password: 'admin password 123',
  });
  await addUser(t, 'district930', 'district_officer', ['district', '930']);
  await addUser(t, 'commune31340', 'commune_officer', ['ward', '31340']);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  await addUser(t, 'lab', 'lab_staff', ['province', '93']);
  await addUser(t, 'leader', 'leader', ['province', '93']);
  await addUser(t, 'checkpoint', 'checkpoint_staff', ['district', '931']);
  for (const u of ['district930', 'commune31340', 'officer', 'lab', 'leader', 'checkpoint'])
    as[u] = await signIn(app, u);
  as.admin = await signIn(app, 'admin', 'admin password 123');
});
after(async () => {
  await app.close();
  await t.close();
});

test('scrypt hashes verify, differ per salt, and reject a wrong password', async () => {
  const a = await hashPassword('mật khẩu dài đủ');
  const b = await hashPassword('mật khẩu dài đủ');
  assert.match(a, /^scrypt\$131072\$8\$1\$/); // N = 2^17, OWASP's advice
  assert.notEqual(a, b);
  assert.equal(await verifyPassword('mật khẩu dài đủ', a), true);
  assert.equal(await verifyPassword('mat khau dai du', a), false);
});

test(`[${engineName}] common passwords and the user name are refused as passwords, naming the field`, async () => {
  const user = (username: string, password: string) =>
    createUser(t.db, t.ctx, {
      username,
      display_name: username,
      role: 'commune_officer',
      scope_level: 'ward',
      scope_code: '31321',
      password,
    });
  const refusal = async (p: Promise<unknown>) => {
    const e = (await p.then(
      () => assert.fail('accepted'),
      (err: AppError) => err,
    )) as AppError;
    return [e.status, e.key, e.field, t_('vi', e.key), t_('en', e.key)];
  };
  for (const pw of ['1111111111', '1234567890', 'Password123', ' qwertyuiop ', 'aaaaaaaaaaaa'])
    assert.deepEqual(await refusal(user('yeu.mk', pw)), [
      400,
      'common_password',
      'password',
      'Mật khẩu quá phổ biến, dễ đoán (password): chọn mật khẩu khác',
      'The password is one of the most common ones and easy to guess (password): choose another',
    ]);
  assert.deepEqual((await refusal(user('nguyen.van.an', 'Nguyen.Van.An')))[1], 'password_is_username');
  await user('yeu.mk', 'ca trực đêm 1111'); // long, uncommon: accepted
  assert.deepEqual(
    (await refusal(updateUser(t.db, t.ctx, 'yeu.mk', { password: 'Password123' })))[1],
    'common_password',
  );
  await user('tran.thi.binh', 'ca trực đêm 2222');
  assert.deepEqual(
    (await refusal(updateUser(t.db, t.ctx, 'tran.thi.binh', { password: 'Tran.Thi.Binh' })))[1],
    'password_is_username',
  );
});

test(`[${engineName}] a hash made with the older scrypt cost still signs in and is upgraded at that sign-in`, async () => {
  await addUser(t, 'cu.2014', 'commune_officer', ['ward', '31321']);
  // the format of stored hashes before N = 2^17: scrypt$16384$8$1$salt$key
  const salt = randomBytes(16);
  const key = scryptSync(PASSWORD, salt, 32, { N: 16384, r: 8, p: 1 });
  const old = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
  await t.db.query('UPDATE users SET password_hash = $1 WHERE username = $2', [old, 'cu.2014']);
  await signIn(app, 'cu.2014');
  const [{ password_hash }] = await t.db.query<{ password_hash: string }>(
    'SELECT password_hash FROM users WHERE username = $1',
    ['cu.2014'],
  );
  assert.match(password_hash, /^scrypt\$131072\$8\$1\$/);
  assert.equal(await verifyPassword(PASSWORD, password_hash), true);
  await signIn(app, 'cu.2014'); // and signs in again with the new hash
});

test(`[${engineName}] the first admin is created once, with no default password`, async () => {
  assert.equal(await ensureFirstAdmin(t.db, t.ctx), null);
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: 'admin' },
  });
  assert.equal(r.statusCode, 401);
});

test(`[${engineName}] unauthenticated requests are refused; public health is not`, async () => {
  for (const url of [
    '/api/v1/persons?q=a',
    '/api/v1/persons/P930',
    '/api/v1/geo/units',
    '/api/v1/users',
    '/api/v1/audit',
    '/api/v1/imports/kinds',
  ]) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 401, url);
    assert.equal(r.json().error, 'unauthenticated');
  }
  assert.equal((await app.inject({ url: '/api/v1/health' })).statusCode, 200);
});

test(`[${engineName}] a route without declared access cannot be registered`, async () => {
  const bare = Fastify();
  await assert.rejects(async () => {
    await bare.register(async (api) => {
      registerAuth(api, t.db, '93');
      api.get('/open', async () => 'oops');
    });
    await bare.ready();
  }, /declares no access/);
});

test(`[${engineName}] cookie sessions need the CSRF token on unsafe methods`, async () => {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'officer', password: PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'pd_session')!;
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  const forged = await app.inject({
    method: 'PATCH',
    url: '/api/v1/persons/P930',
    cookies: { pd_session: cookie.value },
    payload: { hamlet: 'x' },
  });
  assert.equal(forged.statusCode, 403);
  assert.equal(forged.json().error, 'csrf');
  const read = await app.inject({ url: '/api/v1/persons/P930', cookies: { pd_session: cookie.value } });
  assert.equal(read.statusCode, 200);
});

test(`[${engineName}] API tokens for scripts: created once, used as Bearer, revoked`, async () => {
  const created = await as.officer({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'nightly import' } });
  assert.equal(created.statusCode, 201);
  const { token, token_id } = created.json();
  const auth = { authorization: `Bearer ${token}` };
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { ...auth, 'content-type': 'text/csv' },
    payload: 'person_ref,full_name,ward_code\nTK1,Token Import,31321\n',
  });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal((await as.officer({ method: 'DELETE', url: `/api/v1/auth/tokens/${token_id}` })).statusCode, 204);
  assert.equal((await app.inject({ url: '/api/v1/persons?q=a', headers: auth })).statusCode, 401);
  const [row] = await t.db.query<{ actor: string }>(
    `SELECT actor FROM audit_log WHERE entity = 'api_token' AND action = 'revoke'`,
  );
  assert.equal(row.actor, 'officer');
});

test(`[${engineName}] API tokens expire: chosen at creation (default 90 days, at most 365), then 401 token_expired`, async () => {
  const create = (payload: object) => as.officer({ method: 'POST', url: '/api/v1/auth/tokens', payload });
  const days = (tok: { created_at: string; expires_at: string }) =>
    (Date.parse(tok.expires_at) - Date.parse(tok.created_at)) / 86_400_000;
  const month = await create({ name: 'tháng', expires_in_days: 30 });
  assert.equal(month.statusCode, 201, month.body);
  assert.equal(days(month.json()), 30);
  assert.equal(days((await create({ name: 'mặc định' })).json()), 90);
  for (const n of [0, 366, 1.5]) {
    const refused = await create({ name: 'x', expires_in_days: n });
    assert.deepEqual([refused.statusCode, refused.json().field], [400, 'expires_in_days'], `${n} days`);
  }

  const { token, token_id } = month.json();
  const bearer = { authorization: `Bearer ${token}`, 'accept-language': 'en' };
  await t.db.query(`UPDATE api_tokens SET expires_at = '2026-01-15T10:00:00+07:00' WHERE token_id = $1`, [token_id]);
  const expired = await app.inject({ url: '/api/v1/auth/me', headers: bearer });
  assert.equal(expired.statusCode, 401);
  assert.deepEqual(expired.json(), {
    error: 'token_expired',
    message: 'The API token "tháng" expired on 15/01/2026: create a new one',
  });
  const listed = (await as.officer('/api/v1/auth/tokens')).json() as { token_id: number; expires_at: string }[];
  assert.equal(listed.find((x) => x.token_id === token_id)?.expires_at, '2026-01-15T03:00:00.000Z');
});

test(`[${engineName}] API tokens: the list shows last use, written at most once a minute`, async () => {
  const created = (
    await as.lab({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'máy xét nghiệm' } })
  ).json();
  const list = async () =>
    ((await as.lab('/api/v1/auth/tokens')).json() as { token_id: number; name: string; last_used_at: string | null }[])
      .filter((x) => x.token_id === created.token_id)
      .map((x) => [x.name, x.last_used_at]);
  assert.deepEqual(await list(), [['máy xét nghiệm', null]]);
  const use = () => app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${created.token}` } });
  assert.equal((await use()).statusCode, 200);
  const [[, first]] = await list();
  assert.ok(first && Math.abs(Date.parse(first) - Date.now()) < 60_000, String(first));
  assert.equal((await use()).statusCode, 200);
  assert.deepEqual(await list(), [['máy xét nghiệm', first]], 'not written again within the minute');
  await t.db.query(`UPDATE api_tokens SET last_used_at = now() - interval '2 minutes' WHERE token_id = $1`, [
    created.token_id,
  ]);
  const [[, aged]] = await list();
  assert.equal((await use()).statusCode, 200);
  const [[, again]] = await list();
  assert.ok(Date.parse(again!) > Date.parse(aged!), `${aged} then ${again}`);
  assert.equal((await as.lab({ method: 'DELETE', url: `/api/v1/auth/tokens/${created.token_id}` })).statusCode, 204);
  assert.deepEqual(await list(), [], 'a revoked token leaves the list');
});

test(`[${engineName}] who am I, by session and by token; the roles; users; signing out ends the session`, async () => {
  const me = await as.district930('/api/v1/auth/me');
  assert.equal(me.statusCode, 200, me.body);
  const m = me.json();
  assert.deepEqual(
    [m.username, m.role, m.scope_level, m.scope_code, m.province_code, m.csrf_token],
    ['district930', 'district_officer', 'district', '930', '93', as.district930.csrf],
  );
  assert.ok(m.wards.includes('31321') && !m.wards.includes('31340'), m.wards.join());

  const { token } = (
    await as.leader({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: 'dashboard' } })
  ).json();
  const byToken = (await app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).json();
  assert.deepEqual(byToken.permissions, ['geo.read', 'reports.read', 'zoning.read', 'treatment.read', 'command.read']);
  assert.equal(byToken.wards, null);
  assert.ok(!('csrf_token' in byToken), 'no session, no CSRF token');

  const roles = (await as.lab('/api/v1/roles')).json();
  assert.deepEqual(roles.leader, ['geo.read', 'reports.read', 'zoning.read', 'treatment.read', 'command.read']);
  assert.deepEqual(Object.keys(roles).length, 7);

  const users = (await as.admin('/api/v1/users')).json();
  const leader = users.find((u: { username: string }) => u.username === 'leader');
  assert.deepEqual([leader.role, leader.scope_code, leader.disabled], ['leader', '93', false]);
  assert.ok(!('password_hash' in leader));
  const missing = await as.admin({ method: 'PATCH', url: '/api/v1/users/nobody', payload: { disabled: true } });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error, 'not_found');

  const session = await signIn(app, 'lab');
  const out = await session({ method: 'POST', url: '/api/v1/auth/logout' });
  assert.equal(out.statusCode, 204);
  assert.equal(out.body, '');
  assert.equal((await session('/api/v1/auth/me')).statusCode, 401);
});

test(`[${engineName}] role × jurisdiction × endpoint`, async () => {
  const matrix: [string, string, string, number, unknown?][] = [
    // who, method, url, expected status, body
    ['district930', 'GET', '/api/v1/persons/P930', 200],
    ['district930', 'GET', '/api/v1/persons/P931', 403], // another district's person by id
    ['district930', 'GET', '/api/v1/persons/PNONE', 403], // no ward: province level only
    ['district930', 'PATCH', '/api/v1/persons/P931', 403, { hamlet: 'Ấp 1' }],
    ['district930', 'PATCH', '/api/v1/persons/P930', 403, { ward_code: '31340' }], // moving someone out
    ['district930', 'PATCH', '/api/v1/persons/P930', 200, { hamlet: 'Ấp 2' }],
    ['district930', 'POST', '/api/v1/persons', 403, { person_ref: 'X1', full_name: 'X', ward_code: '31340' }],
    ['district930', 'POST', '/api/v1/persons', 201, { person_ref: 'X2', full_name: 'X', ward_code: '31324' }],
    ['district930', 'POST', '/api/v1/persons/merge', 403, { keep_ref: 'P930', merge_ref: 'P931' }],
    ['district930', 'GET', '/api/v1/audit', 403],
    ['district930', 'GET', '/api/v1/users', 403],
    ['district930', 'POST', '/api/v1/geo/hamlets', 403, { ward_code: '31321', name: 'Ấp mới' }],
    ['commune31340', 'GET', '/api/v1/persons/P931', 200],
    ['commune31340', 'GET', '/api/v1/persons/P930', 403],
    ['commune31340', 'GET', '/api/v1/persons/duplicates', 403],
    ['officer', 'GET', '/api/v1/persons/PNONE', 200],
    ['officer', 'POST', '/api/v1/geo/hamlets', 201, { ward_code: '31321', name: 'Ấp mới' }],
    ['officer', 'GET', '/api/v1/audit', 403],
    ['lab', 'GET', '/api/v1/persons/P931', 200],
    ['lab', 'PATCH', '/api/v1/persons/P931', 403, { hamlet: 'x' }],
    ['lab', 'GET', '/api/v1/imports/persons/template.csv', 200],
    ['leader', 'GET', '/api/v1/persons?q=a', 403],
    ['leader', 'GET', '/api/v1/geo/units?level=district', 200],
    ['checkpoint', 'GET', '/api/v1/persons/P931', 200],
    ['checkpoint', 'GET', '/api/v1/persons/P930', 403],
    [
      'checkpoint',
      'POST',
      '/api/v1/users',
      403,
      {
        username: 'zz',
        display_name: 'z',
        role: 'leader',
        scope_level: 'province',
        scope_code: '93',
        password: 'xxxxxxxxxxxx',
      },
    ],
    ['admin', 'GET', '/api/v1/audit?entity=person', 200],
    ['admin', 'GET', '/api/v1/users', 200],
  ];
  for (const [who, method, url, status, payload] of matrix) {
    const r = await as[who]({ method: method as 'GET', url, payload: payload as object });
    assert.equal(r.statusCode, status, `${who} ${method} ${url}: ${r.body}`);
  }
});

test(`[${engineName}] lists and imports are filtered by jurisdiction, not merely hidden`, async () => {
  const search = await as.district930('/api/v1/persons?q=0911000931');
  assert.deepEqual(search.json(), []);
  const all = (await as.district930('/api/v1/persons?q=')).json().map((p: { person_ref: string }) => p.person_ref);
  assert.ok(all.includes('P930') && !all.includes('P931') && !all.includes('PNONE'));

  const r = await as.district930({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { 'content-type': 'text/csv' },
    payload:
      'person_ref,full_name,ward_code\nI1,Trong Huyện,31321\nI2,Ngoài Huyện,31340\nP931,Trần Thị Bảy,31321\nI3,Không Xã,\n',
  });
  assert.equal(r.statusCode, 422);
  assert.deepEqual(
    r.json().rejected.map((x: { line: number; column: string }) => [x.line, x.column]),
    [
      [3, 'ward_code'],
      [4, 'ward_code'],
      [5, 'ward_code'],
    ],
  );
  assert.match(r.json().rejected[0].reason, /Ngoài địa bàn phụ trách/);
  assert.equal((await t.db.query(`SELECT 1 FROM persons WHERE person_ref = 'I1'`)).length, 0);

  const lab = await as.lab({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { 'content-type': 'text/csv' },
    payload: 'person_ref,full_name\nL1,L\n',
  });
  assert.equal(lab.statusCode, 403);
});

test(`[${engineName}] every change leaves an audit row with who and request id`, async () => {
  const r = await as.officer({ method: 'PATCH', url: '/api/v1/persons/P931', payload: { address: '5 Hùng Vương' } });
  assert.equal(r.statusCode, 200);
  const log = (await as.admin('/api/v1/audit?entity=person&key=P931')).json();
  assert.equal(log[0].actor, 'officer');
  assert.equal(log[0].after.address, '5 Hùng Vương');
  assert.match(log[0].request_id, /^[0-9a-f-]{36}$/);
});

test(`[${engineName}] hostile input: oversized body, injection strings, formulas in exports`, async () => {
  const big = await as.officer({
    method: 'POST',
    url: '/api/v1/persons',
    payload: { person_ref: 'BIG', full_name: 'x'.repeat(2 << 20) },
  });
  assert.equal(big.statusCode, 413);
  assert.doesNotMatch(big.body, /node_modules|at \w+ \(/);

  const sqli = await as.officer(`/api/v1/persons?q=${encodeURIComponent("'; DROP TABLE persons; --")}`);
  assert.equal(sqli.statusCode, 200);
  assert.deepEqual(sqli.json(), []);
  assert.ok((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons'))[0].n > 0);

  const html = await as.officer({
    method: 'POST',
    url: '/api/v1/persons',
    payload: { person_ref: 'H1', full_name: '<img src=x onerror=alert(1)>', ward_code: '31321' },
  });
  assert.equal(html.statusCode, 201);
  assert.equal(html.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(html.headers['x-content-type-options'], 'nosniff');
  assert.ok(html.headers['content-security-policy']);

  await as.officer({
    method: 'POST',
    url: '/api/v1/persons',
    payload: { person_ref: 'F1', full_name: '=HYPERLINK("http://evil","bấm")', ward_code: '31321' },
  });
  const csv = await as.officer('/api/v1/persons/export.csv?q=hyperlink');
  assert.match(csv.body, /"'=HYPERLINK\(""http:\/\/evil"",""bấm""\)"/);
});
