// `phongdich report …` as a user runs it (docs/contracts/cli.md): JSON on stdout by default, files with --out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { engineName, serverDatabase } from '../test/db.ts';
import { openDb } from '../db/connection.ts';
import { systemCtx } from '../shared/context.ts';
import { loadScenario } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-report-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'vi_VN.UTF-8' };
let dropDb: (() => Promise<void>) | undefined;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  if (process.env.DATABASE_URL) {
    const server = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = server.url;
    dropDb = server.drop;
  }
  const init = cli('init', '--province', '93');
  assert.equal(init.code, 0, init.err);
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.PHONGDICH_DATA_DIR! });
  try {
    await loadScenario({ db, ctx: systemCtx('93', 'test', 'vi'), close: async () => {} });
  } finally {
    await db.close();
  }
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

test(`[${engineName}] report daily: the contract JSON on stdout, renderings to files`, async () => {
  assert.match(cli('--help').out, /phongdich report daily\|period\|review/);
  assert.match(cli('report', '--help').out, /--at THỜI_ĐIỂM_ISO \[--format json\|html\|docx\|xlsx\] \[--out TỆP\]/);

  const r = cli('report', 'daily', '--at', '2021-09-10T06:30:00+07:00');
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.equal(json.as_of, '2021-09-10T06:30:00+07:00');
  assert.deepEqual(json.current.cases, {
    total: 5,
    new: 2,
    new_community: 1,
    discharged: 1,
    died: 1,
    transferred_out: 1,
    active: 2,
  });

  const out = join(dir, 'bao-cao.docx');
  const d = cli('report', 'daily', '--at', '2021-09-10T06:30:00+07:00', '--format', 'docx', '--out', out);
  assert.equal(d.code, 0, d.err);
  assert.equal(JSON.parse(d.out).out, out);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('5 (+2)'));

  const html = cli('report', 'daily', '--at', '2021-09-10 06:30', '--format', 'html');
  assert.match(html.out, /^<!doctype html>/);

  const missing = cli('report', 'daily');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Bắt buộc/);
  const bad = cli('report', 'daily', '--at', 'hôm qua');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /Thời điểm không hợp lệ/);
});

test(`[${engineName}] report period and review`, () => {
  const p = cli('report', 'period', '--kind', 'week', '--date', '2021-09-10');
  assert.equal(p.code, 0, p.err);
  assert.deepEqual(
    JSON.parse(p.out).series.map((d: { cases_new: number }) => d.cases_new),
    [0, 0, 0, 2, 2, 0, 0],
  );
  const r = cli('report', 'review', '--to', '2021-09-12');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).rows.find((x: { group: string }) => x.group === 'screened').self_monitoring, 1);
});
