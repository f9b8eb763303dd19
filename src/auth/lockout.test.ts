// Sign-in throttling (issue 19, finding 4): wrong passwords slow down the (address, name) pair, never the account
// for everyone; unknown and known names answer alike; one address has a ceiling over all names; certificate
// verification is limited per address too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, testApp, PASSWORD } from '../test/http.ts';
import { updateUser } from './service.ts';
import { buildServer } from '../app/server.ts';
import { loadConfig } from '../config.ts';

let t: TestDb;
let app: FastifyInstance;

before(async () => {
  t = await testDb();
  app = await testApp(t);
});
after(async () => {
  await app.close();
  await t.close();
});

const loginFrom = (address: string, username: string, password = 'wrong password', server = app) =>
  server.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: address,
  } as never);

/** Lets a pair's current wait run out, as if its minutes had passed. */
const waitOut = (address: string) =>
  t.db.query(`UPDATE login_failures SET blocked_until = now() - interval '1 second' WHERE address = $1`, [address]);

test(`[${engineName}] an attacker's wrong passwords at address A slow down A only: the owner at B signs in`, async () => {
  await addUser(t, 'victim', 'commune_officer', ['ward', '31321']);
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await loginFrom('10.0.0.1', 'victim', 'wrong' + i)).statusCode);
  assert.deepEqual(codes, [401, 401, 401, 401, 401]);
  // the 6th try from A waits a minute, even with the right password
  const waiting = await loginFrom('10.0.0.1', 'victim', PASSWORD);
  assert.equal(waiting.statusCode, 429);
  assert.equal(waiting.json().error, 'locked');
  assert.equal(waiting.json().message, 'Sai mật khẩu nhiều lần với tên này từ địa chỉ của bạn, thử lại sau 1 phút');
  const retry = Number(waiting.headers['retry-after']);
  assert.ok(retry >= 58 && retry <= 60, `retry-after ${retry}`);
  // the owner from B is not locked out
  assert.equal((await loginFrom('10.0.0.2', 'victim', PASSWORD)).statusCode, 200);
  const fails = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'login_failed' AND entity_key = 'victim'`);
  assert.equal(fails.length, 5);
});

test(`[${engineName}] the wait doubles with each further failure, from 1 minute up to an hour`, async () => {
  await addUser(t, 'doubling', 'commune_officer', ['ward', '31321']);
  for (let i = 0; i < 5; i++) assert.equal((await loginFrom('10.0.1.1', 'doubling')).statusCode, 401);
  const waits: number[] = [];
  for (let i = 0; i < 8; i++) {
    const r = await loginFrom('10.0.1.1', 'doubling');
    assert.equal(r.statusCode, 429);
    waits.push(Math.round(Number(r.headers['retry-after']) / 60));
    await waitOut('10.0.1.1');
    assert.equal((await loginFrom('10.0.1.1', 'doubling')).statusCode, 401); // the 6th, 7th … failure
  }
  // minutes waited after the 5th, 6th … 12th failure
  assert.deepEqual(waits, [1, 2, 4, 8, 16, 32, 60, 60]);
});

test(`[${engineName}] unknown and known names give identical answers through the whole sequence`, async () => {
  await addUser(t, 'ton.tai', 'commune_officer', ['ward', '31321']);
  const answers = { known: [] as string[], unknown: [] as string[] };
  const retries = { known: [] as number[], unknown: [] as number[] };
  const times = { known: 0, unknown: 0 };
  const apart: number[] = []; // seconds between the start of the pair's first try and the end of its second
  for (let i = 0; i < 8; i++) {
    const pairStart = performance.now();
    for (const [who, address, name] of [
      ['known', '10.0.2.1', 'ton.tai'],
      ['unknown', '10.0.2.2', 'khong.ton.tai'],
    ] as const) {
      const start = performance.now();
      const r = await loginFrom(address, name, 'wrong password ' + i);
      times[who] += performance.now() - start;
      // the wait in seconds (header and message) moves on with the clock between the two tries: compared below
      answers[who].push(`${r.statusCode} ${r.body.replace(/\d+/g, '#')}`);
      retries[who].push(Number(r.headers['retry-after'] ?? 0));
    }
    apart.push((performance.now() - pairStart) / 1000);
  }
  assert.deepEqual(answers.unknown, answers.known);
  assert.deepEqual(
    answers.known.map((a) => a.slice(0, 3)),
    ['401', '401', '401', '401', '401', '429', '429', '429'],
  );
  // the same wait, give or take the seconds that pass between the two tries (more than one on a loaded machine)
  retries.known.forEach((k, i) =>
    assert.ok(Math.abs(k - retries.unknown[i]) <= Math.ceil(apart[i]) + 1, `${k} vs ${retries.unknown[i]}`),
  );
  assert.deepEqual(
    retries.known.map((s) => Math.round(s / 60)),
    [0, 0, 0, 0, 0, 1, 1, 1],
  );
  // both run a full password hash: neither is several times faster than the other
  const ratio = times.known / times.unknown;
  assert.ok(ratio > 0.5 && ratio < 2, `known ${times.known.toFixed(0)} ms, unknown ${times.unknown.toFixed(0)} ms`);
});

test(`[${engineName}] a right password forgets the pair's failures; an administrator's new password lifts every wait`, async () => {
  await addUser(t, 'hay.quen', 'commune_officer', ['ward', '31321']);
  for (let i = 0; i < 4; i++) assert.equal((await loginFrom('10.0.3.1', 'hay.quen')).statusCode, 401);
  assert.equal((await loginFrom('10.0.3.1', 'hay.quen', PASSWORD)).statusCode, 200);
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) codes.push((await loginFrom('10.0.3.1', 'hay.quen')).statusCode);
  assert.deepEqual(codes, [401, 401, 401, 401, 401, 429]); // counted from zero again
  for (let i = 0; i < 5; i++) await loginFrom('10.0.3.2', 'hay.quen');
  await updateUser(t.db, t.ctx, 'hay.quen', { password: 'mật khẩu mới của ca đêm' });
  assert.equal((await loginFrom('10.0.3.1', 'hay.quen', 'mật khẩu mới của ca đêm')).statusCode, 200);
  assert.equal((await loginFrom('10.0.3.2', 'hay.quen', 'mật khẩu mới của ca đêm')).statusCode, 200);
});

test(`[${engineName}] a whole office behind one address logs in at the start of a shift`, async () => {
  const staff = Array.from({ length: 11 }, (_, i) => `ca.sang.${i + 1}`);
  await Promise.all(staff.map((u) => addUser(t, u, 'commune_officer', ['ward', '31321'])));
  const codes = (await Promise.all(staff.map((u) => loginFrom('10.1.1.1', u, PASSWORD)))).map((r) => r.statusCode);
  assert.deepEqual(codes, Array(11).fill(200));
});

test(`[${engineName}] the pair is the name whatever its case; other names and addresses are still heard`, async () => {
  for (let i = 0; i < 5; i++) assert.equal((await loginFrom('10.2.2.2', 'nobody')).statusCode, 401);
  const refused = await loginFrom('10.2.2.2', ' NoBody');
  assert.equal(refused.statusCode, 429);
  assert.equal(refused.json().error, 'locked');
  assert.equal((await loginFrom('10.2.2.3', 'nobody')).statusCode, 401);
  assert.equal((await loginFrom('10.2.2.2', 'somebody')).statusCode, 401);
});

test(`[${engineName}] behind a named proxy, X-Forwarded-For from any other peer is not believed`, async () => {
  const proxied = await buildServer(t.db, { trustProxy: loadConfig({ PHONGDICH_TRUST_PROXY: '10.9.9.1' }).trustProxy });
  const login = (peer: string, forwarded: string) =>
    proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'spoofed', password: 'wrong password' },
      remoteAddress: peer,
      headers: { 'x-forwarded-for': forwarded },
    } as never);
  const codes: number[] = [];
  // a client talking to the server directly invents a new address each try: still one address, waiting after 5
  for (let i = 0; i < 6; i++) codes.push((await login('10.9.9.2', `172.16.0.${i}`)).statusCode);
  assert.deepEqual(codes, [401, 401, 401, 401, 401, 429]);
  // through the proxy each client is counted on its own
  assert.equal((await login('10.9.9.1', '172.16.0.1')).statusCode, 401);
  await proxied.close();
});

test(`[${engineName}] one address meets 429 spraying 150 names: a ceiling of 100 tries a minute, not used up by a waiting pair`, async () => {
  const codes: Record<string, number> = {};
  const count = (r: { statusCode: number; json: () => { error: string } }) => {
    const k = `${r.statusCode} ${r.json().error}`;
    codes[k] = (codes[k] ?? 0) + 1;
  };
  for (let i = 0; i < 15; i++) count(await loginFrom('10.3.3.3', 'target'));
  assert.deepEqual(codes, { '401 bad_login': 5, '429 locked': 10 }); // 5 tries counted against the address
  // at once: each unknown name costs a full scrypt hash (as a known one does), which the thread pool runs side by side
  const spray = await Promise.all(Array.from({ length: 150 }, (_, i) => loginFrom('10.3.3.3', `spray${i}`)));
  for (const r of spray) count(r);
  assert.deepEqual(codes, { '401 bad_login': 100, '429 locked': 10, '429 rate_limited': 55 });
  assert.equal((await loginFrom('10.3.3.4', 'spray149')).statusCode, 401, 'another address is not affected');
});

test(`[${engineName}] certificate verification is limited per client address`, async () => {
  const verify = (address: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/vaccination/certificates/verify',
      payload: { payload: 'PDVC1.not.signed' },
      remoteAddress: address,
    } as never);
  const codes: number[] = [];
  for (let i = 0; i < 61; i++) codes.push((await verify('10.4.4.4')).statusCode);
  assert.equal(codes.filter((c) => c === 429).length, 1, codes.join());
  assert.equal(codes[60], 429);
  assert.notEqual((await verify('10.4.4.5')).statusCode, 429, 'another address is not affected');
});
