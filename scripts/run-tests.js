#!/usr/bin/env node
// Runs every *.test.ts under src/ with Node's test runner (through tsx), two files at a time.
// The database is PGlite in memory, or a fresh database per file on DATABASE_URL's server.
import { readdirSync } from 'node:fs';
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
console.log(`# database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite (embedded)'}`);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files.sort()], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
