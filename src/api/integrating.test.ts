// docs/integrating.md works as written: its shell blocks run in order, in one bash, with real curl against a server
// listening on a loopback port over a test province; each block's answer is checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD, testApp } from '../test/http.ts';

let t: TestDb;
let app: FastifyInstance;
let base: string;
let dir: string;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'ministry', 'province_admin', ['province', '93']);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  dir = mkdtempSync(join(tmpdir(), 'phongdich-guide-'));
});
after(async () => {
  await app.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const guide = readFileSync(new URL('../../docs/integrating.md', import.meta.url), 'utf8');
const blocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);

test(`[${engineName}] docs/integrating.md: sign in and get a token, pull the daily report, push an import`, async () => {
  assert.equal(blocks.length, 3, 'the guide has three shell blocks');
  const script = ['set -euo pipefail', ...blocks.flatMap((b, i) => [`echo '@@block ${i + 1}'`, b])].join('\n');
  // Asynchronously: the server answering curl runs in this process.
  const r = await promisify(execFile)('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH, PHONGDICH: base, PD_USER: 'ministry', PD_PASSWORD: PASSWORD },
  }).catch((e: { code?: number; stdout?: string; stderr?: string }) =>
    assert.fail(`the guide's commands failed (exit ${e.code}):\n${e.stdout}\n${e.stderr}`),
  );
  const out = r.stdout.split(/@@block \d+\n/).slice(1); // an answer may end without a newline

  // 1: nothing printed; a session, then a token that works on its own.
  assert.equal(out[0], '');
  assert.match(readFileSync(join(dir, 'login.json'), 'utf8'), /"csrf_token":"[^"]+"/);
  const token = JSON.parse(readFileSync(join(dir, 'token.json'), 'utf8')).token as string;
  const me = await app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
  assert.equal(me.statusCode, 200);
  assert.equal(me.json().username, 'ministry');

  // 2: the daily report at the cut-off asked for, and 24 hours before (docs/contracts/daily-report.md).
  const report = JSON.parse(out[1]);
  assert.equal(report.province_code, '93');
  assert.equal(report.as_of, '2021-09-10T06:30:00+07:00');
  assert.equal(report.previous_as_of, '2021-09-09T06:30:00+07:00');
  assert.ok(report.current && report.previous);

  // 3: one person imported, and stored as sent.
  assert.deepEqual(JSON.parse(out[2]), { kind: 'persons', rows: 1, inserted: 1, updated: 0, rejected: [] });
  const [p] = await t.db.query<{ full_name: string; ward_code: string }>(
    `SELECT full_name, ward_code FROM persons WHERE province_code = '93' AND person_ref = 'HG-0001'`,
  );
  assert.deepEqual(p, { full_name: 'Nguyễn Văn An', ward_code: '31321' });
});
