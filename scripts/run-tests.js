#!/usr/bin/env node
// Runs every *.test.ts under src/ with Node's test runner (through tsx), two files at a time.
// The database is PGlite in memory, or a fresh database per file on DATABASE_URL's server.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.test.ts') && (only.length === 0 || only.some((o) => p.includes(o)))) files.push(p);
  }
})('src');
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// Browser suites drive the same pages whatever the database: they run on PGlite only (README, Tests).
const onServer = Boolean(process.env.DATABASE_URL);
const browser = files.filter((f) => f.endsWith('.browser.test.ts'));
if (onServer && browser.length > 0) {
  console.log(`# browser suites run on PGlite only; left out here: ${browser.join(', ')}`);
  files.splice(0, files.length, ...files.filter((f) => !f.endsWith('.browser.test.ts')));
}
// Without a browser the browser suites cannot pass: say so before running anything (README, Tests).
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (files.some((f) => f.endsWith('.browser.test.ts')) && !existsSync(chromium)) {
  console.error(
    `${chromium} not found: the browser suites need Debian's chromium (apt-get install chromium) or CHROMIUM_PATH`,
  );
  process.exit(1);
}
if (files.length === 0) {
  console.error('no test files to run on this database');
  process.exit(1);
}
console.log(`# database: ${onServer ? 'PostgreSQL server' : 'PGlite (embedded)'}`);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files.sort()], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
