// `phongdich demo --out DIR` as a user runs it: the contract CSVs written, no database touched; bad sizes refused.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_KINDS } from './files.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-demo-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LANG: 'vi_VN.UTF-8' };
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/phongdich.js', 'demo', ...args], { env, encoding: 'utf8' });

test('demo --out writes every kind for the requested people and seed, without a database', () => {
  const out = join(dir, 'csv');
  const r = cli('--people', '400', '--seed', '3', '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.out, out);
  assert.equal(summary.people, 400);
  assert.equal(summary.seed, 3);
  assert.equal(summary.rows.persons, 400);
  for (const kind of DEMO_KINDS) {
    const lines = readFileSync(join(out, `${kind}.csv`), 'utf8')
      .trimEnd()
      .split('\n');
    assert.equal(lines.length - 1, summary.rows[kind], kind);
  }
  assert.equal(existsSync(join(dir, 'data')), false, 'no database created');
});

test('demo refuses a size it cannot make', () => {
  for (const people of ['0', '2000001', 'many']) {
    const r = cli('--people', people, '--out', join(dir, 'x'));
    assert.equal(r.status, 1, people);
    assert.match(r.stderr, /--people/);
  }
  assert.match(cli('--help').stdout, /--out THƯ_MỤC/);
});
