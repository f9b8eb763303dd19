// What auditing an import's rows costs (issue 19, finding 5): the same persons imports with the audit (this tree)
// and without it (the tree before the import audit, commit cabe8e4 by default, extracted with `git archive`), on
// fresh databases, interleaved, each run in its own process: a first load of N persons (every row inserted: each
// audited by its key) and a second file changing every row's phone (every row updated: each audited with its
// before and after, as before the change). Prints the medians and their ratio, the figure in bench/README.md.
//
//   [DATABASE_URL=postgres://…] node --import tsx bench/import-audit.ts [--people 100000] [--rounds 3]
//     [--engines pglite,postgres] [--base COMMIT]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fmt, seconds } from './lib.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    engines: { type: 'string', default: process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite' },
    base: { type: 'string', default: 'cabe8e4eb8f220c269137d0bc434165cb2922077' },
  },
});
const people = Number(values.people),
  rounds = Number(values.rounds);
const repo = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'phongdich-import-audit-'));

// The tree without the import audit, beside this one, using the same packages and reference data.
const base = join(work, 'base');
execFileSync('sh', ['-c', `mkdir -p ${base} && git -C ${repo} archive ${values.base} src bench | tar -x -C ${base}`]);
for (const shared of ['node_modules', 'reference-data'])
  symlinkSync(realpathSync(join(repo, shared)), join(base, shared));
writeFileSync(join(base, 'package.json'), JSON.stringify({ type: 'module' }));

// Persons in the province's wards, then the same persons with a new phone each.
const WARDS = ['31321', '31333', '31336', '31339'];
const persons = (phone: number) =>
  'person_ref,full_name,birth_year,sex,phone,ward_code\n' +
  Array.from(
    { length: people },
    (_, i) =>
      `P${i},Nguyễn Văn ${i},${1950 + (i % 60)},${i % 2 ? 'M' : 'F'},09${String(phone + i).padStart(8, '0')},${WARDS[i % 4]}`,
  ).join('\n') +
  '\n';
const first = join(work, 'persons-1.csv'),
  second = join(work, 'persons-2.csv');
writeFileSync(first, persons(10_000_000));
writeFileSync(second, persons(50_000_000));

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** One run of the child on a fresh database of the engine. */
async function run(engine: string, root: string) {
  let env: NodeJS.ProcessEnv, drop: () => Promise<void>;
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(work, 'pglite-'));
    env = { PHONGDICH_DATA_DIR: dir, DATABASE_URL: '' };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = 'bench_' + randomBytes(5).toString('hex');
    await admin(`CREATE DATABASE ${name}`);
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = '/' + name;
    env = { DATABASE_URL: u.toString() };
    drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  try {
    return await new Promise<{ first_ms: number; second_ms: number; audit_rows: number }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('./import-audit-child.ts', import.meta.url)), root, first, second],
        { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (b) => (out += b));
      child.on('close', (code) =>
        code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`child exited ${code}`)),
      );
    });
  } finally {
    await drop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const engine of values.engines.split(',')) {
    const runs: Record<'with' | 'without', { first_ms: number; second_ms: number; audit_rows: number }[]> = {
      with: [],
      without: [],
    };
    for (let i = 0; i < rounds; i++) {
      runs.without.push(await run(engine, base));
      runs.with.push(await run(engine, repo));
    }
    for (const step of ['first_ms', 'second_ms'] as const) {
      const w = median(runs.with.map((r) => r[step])),
        wo = median(runs.without.map((r) => r[step]));
      console.log(
        `${engine}\t${step === 'first_ms' ? 'first load (inserts)' : 'every row changed (updates)'}\t${fmt(people)} rows` +
          `\twithout ${seconds(wo)}\twith ${seconds(w)}\tratio ${(w / wo).toFixed(2)}` +
          `\t(all: without ${runs.without.map((r) => Math.round(r[step])).join('/')} ms, with ${runs.with.map((r) => Math.round(r[step])).join('/')} ms)`,
      );
    }
    console.log(
      `${engine}\taudit rows after both files: without ${runs.without[0].audit_rows}, with ${runs.with[0].audit_rows}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
