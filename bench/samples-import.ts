// Benchmark: importing N `samples` rows (default 1,000,000) through the import pipeline, against a raw COPY of the
// same file into a bare table, on the embedded database (PGlite, data dir on disk) and on PostgreSQL (DATABASE_URL).
// Target (issue #6): import ≤ 2.5 × raw COPY, peak RSS of the importing process ≤ 512 MB.
//
//   npx tsx bench/samples-import.ts [--rows 1000000] [--engines pglite,postgres]
//
// Each step runs in its own child process, so the peak RSS reported is that of the import alone: `setup` (database,
// province, N persons, the bare table — not timed), `copy` (raw COPY of the file), `import` (the pipeline).
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openPglite, openPostgres, type Db } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { initProvince } from '../src/geo/service.ts';
import { systemCtx } from '../src/shared/context.ts';
import { importFile } from '../src/imports/registry.ts';

const COLUMNS = ['sample_ref', 'person_ref', 'taken_at', 'method', 'pool_ref', 'result', 'result_at', 'lab'];
type Engine = 'pglite' | 'postgres';
interface Target { engine: Engine; dir?: string; url?: string }

/**
 * A lab's year of results: one sample per person, 30 % in pools (3 to a pool, results still to come), 80 % of the
 * others negative, 0.1 % positive (PCR positives confirm cases during the import), the rest pending; 1 in 7 rapid tests.
 */
async function writeSamplesCsv(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(COLUMNS.join(',') + '\n');
  let buf = '';
  for (let i = 1; i <= n; i++) {
    const day = `2021-09-${String(1 + (i % 28)).padStart(2, '0')}`;
    const rapid = i % 7 === 0;
    const pooled = !rapid && i % 10 < 3;
    let result = '', at = '';
    if (!pooled && i % 1000 === 7) [result, at] = ['positive', `${day} 20:00`];
    else if (!pooled && i % 10 < 8) [result, at] = ['negative', `${day} 20:00`];
    buf += `S${i},P${i},${day} 08:${String(i % 60).padStart(2, '0')},${rapid ? 'rapid_antigen' : 'pcr'},${pooled ? `G${Math.floor(i / 5)}` : ''},${result},${at},${i % 3 ? 'CDC' : 'BVĐK tỉnh'}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

async function open(target: Target): Promise<Db> {
  return target.engine === 'postgres' ? openPostgres(target.url!) : openPglite(target.dir!);
}

/** Child steps: each returns what it measured (printed as one JSON line with the process's peak RSS). */
async function child(step: string, target: Target, file: string, n: number): Promise<Record<string, unknown>> {
  if (step === 'copy') return rawCopy(target, file);
  const db = await open(target);
  try {
    if (step === 'setup') {
      await migrate(db);
      await initProvince(db, '93', '2024');
      await db.exec(`INSERT INTO persons (province_code, person_ref, full_name, ward_code)
        SELECT '93', 'P' || i, 'Người ' || i, (ARRAY['31321', '31324', '31327', '31340'])[1 + i % 4] FROM generate_series(1, ${n}) i;
        CREATE TABLE bench_bare (${COLUMNS.map((c) => `${c} ${c.endsWith('_at') ? 'timestamptz' : 'text'}`).join(', ')});
        CHECKPOINT;`);
      return {};
    }
    const t0 = performance.now();
    const r = await importFile(db, systemCtx('93', 'bench', 'vi'), 'samples', createReadStream(file), { totalBytes: statSync(file).size });
    return { ms: performance.now() - t0, rows: r.rows, inserted: r.inserted, updated: r.updated, rejected: r.rejected.length, first_rejected: r.rejected[0] ?? null };
  } finally {
    await db.close();
  }
}

/** The baseline: the file as it is, COPYed into a bare table (no key, no index, no check) by the engine itself. */
async function rawCopy(target: Target, file: string): Promise<Record<string, unknown>> {
  const sql = `COPY bench_bare (${COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv, HEADER true)`;
  if (target.engine === 'postgres') {
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    const t0 = performance.now();
    await pipeline(createReadStream(file), c.query(copyFrom(sql)));
    const ms = performance.now() - t0;
    await c.end();
    return { ms };
  }
  // PGlite COPYs from a Blob (`/dev/blob`); a file-backed Blob keeps the file out of the JS heap.
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const lite = await PGlite.create(target.dir!, { extensions: { pg_trgm } });
  try {
    const t0 = performance.now();
    await lite.query(sql.replace('FROM STDIN', "FROM '/dev/blob'"), [], { blob: await openAsBlob(file) });
    return { ms: performance.now() - t0 };
  } finally {
    await lite.close();
  }
}

function runChild(step: string, target: Target, file: string, n: number): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', step, '--target', JSON.stringify(target),
    '--file', file, '--rows', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${step} (${target.engine}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    rows: { type: 'string', default: '1000000' }, engines: { type: 'string', default: 'pglite,postgres' },
    child: { type: 'string' }, target: { type: 'string' }, file: { type: 'string' },
  } });
  const n = Number(values.rows);
  if (values.child) {
    const out = await child(values.child, JSON.parse(values.target!), values.file!, n);
    // CPU seconds of this process (JS, and the database itself when embedded): less swayed by a busy machine.
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ ...out, cpu_s: Math.round((cpu.user + cpu.system) / 1e5) / 10, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-bench-'));
  const file = join(dir, 'samples.csv');
  await writeSamplesCsv(file, n);
  console.error(`# ${n.toLocaleString('en')} samples rows, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  const rows: string[] = [];
  try {
    for (const engine of values.engines!.split(',') as Engine[]) {
      const url = process.env.DATABASE_URL;
      if (engine === 'postgres' && !url) {
        console.error('# postgres skipped: set DATABASE_URL=postgres://… (a database is created and dropped on that server)');
        continue;
      }
      let target: Target;
      let drop = async () => {};
      if (engine === 'postgres') {
        const name = 'bench_' + randomBytes(5).toString('hex');
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const u = new URL(url!);
        u.pathname = '/' + name;
        target = { engine, url: u.toString() };
        drop = async () => {
          const a = new pg.Client({ connectionString: url });
          await a.connect();
          await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await a.end();
        };
      } else {
        target = { engine, dir: join(dir, 'pglite') };
      }
      try {
        runChild('setup', target, file, n);
        const copy = runChild('copy', target, file, n);
        const imp = runChild('import', target, file, n);
        const ratio = (imp.ms as number) / (copy.ms as number);
        console.error(`# ${engine}: copy ${JSON.stringify(copy)} import ${JSON.stringify(imp)}`);
        rows.push(`| ${engine} | ${n.toLocaleString('en')} | ${((copy.ms as number) / 1000).toFixed(1)} s | ${((imp.ms as number) / 1000).toFixed(1)} s | ${ratio.toFixed(2)} × | ${imp.peak_rss_mb} MB | ${imp.rejected === 0 && imp.inserted === n ? 'all inserted' : `rejected ${imp.rejected}`} |`);
      } finally {
        await drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('| engine | rows | raw COPY | import | import / COPY | import peak RSS | check |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
