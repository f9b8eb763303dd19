// `phongdich audit summary|prune` as the owner runs them (README, Security): the prune needs the owner's login and
// keeps the counts the summary shows.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineName, serverDatabase } from '../test/db.ts';
import { openDb } from '../db/connection.ts';
import { asApp } from '../db/migrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-cli-audit-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'en' };
let dropDb: (() => Promise<void>) | undefined;
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test(`[${engineName}] audit summary and prune from the command line`, async () => {
  if (process.env.DATABASE_URL) {
    const server = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = server.url;
    dropDb = server.drop;
  }
  assert.equal(cli('init', '--province', '93').code, 0);
  // Two declarations' audit rows, written as the application writes them.
  const db = await asApp(
    await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.PHONGDICH_DATA_DIR! }),
    env.DATABASE_URL,
  );
  try {
    await db.query(
      `INSERT INTO declaration_audit (province_code, at, actor, declaration_ref, site_kind, site_code)
       VALUES ('93', '2021-08-01T10:00:00+07:00', 'qr:TG', 'D-1', 'checkpoint', 'TG'),
              ('93', '2021-08-05T10:00:00+07:00', 'qr:TG', 'D-2', 'checkpoint', 'TG')`,
    );
  } finally {
    await db.close();
  }
  const day1 = { day: '2021-08-01', actor: 'qr:TG', site_kind: 'checkpoint', site_code: 'TG', declarations: 1 };
  const day5 = { ...day1, day: '2021-08-05' };
  const summary = cli('audit', 'summary');
  assert.equal(summary.code, 0, summary.err);
  assert.deepEqual(JSON.parse(summary.out), [day1, day5]);

  assert.equal(cli('audit', 'prune').code, 1); // --before is required
  assert.equal(cli('audit', 'prune', '--before', '5/8/2021').code, 1);
  const prune = cli('audit', 'prune', '--before', '2021-08-05');
  assert.equal(prune.code, 0, prune.err);
  assert.deepEqual(JSON.parse(prune.out), { pruned: 1 });
  assert.deepEqual(JSON.parse(cli('audit', 'summary', '--from', '2021-08-01', '--to', '2021-08-04').out), [day1]);
});
