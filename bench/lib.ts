// Bench plumbing: fresh databases on each engine, measured child processes, percentiles, the machine.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { initProvince } from '../src/app/province.ts';

export type EngineName = 'pglite' | 'postgres';

/** One fresh database: opened by this process (open/close) or by a child (env). */
export interface Engine {
  name: EngineName;
  /** Environment for a child process (or the server) to use this database. */
  env: NodeJS.ProcessEnv;
  open(): Promise<Db>;
  drop(): Promise<void>;
}

/**
 * A new empty database: a PGlite data directory, or a database on DATABASE_URL's server (with a statement timeout
 * for every session, e.g. '15min'). Migrated, the province initialised.
 */
export async function freshEngine(name: EngineName, province: string, statementTimeout = '15min'): Promise<Engine> {
  let engine: Engine;
  if (name === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'phongdich-bench-'));
    engine = {
      name,
      env: { PHONGDICH_DATA_DIR: dir, DATABASE_URL: '' },
      open: () => openPglite(dir),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  } else {
    const server = process.env.DATABASE_URL!;
    const db = 'bench_' + randomBytes(5).toString('hex');
    await adminQuery(server, `CREATE DATABASE ${db}`);
    await adminQuery(
      server,
      `ALTER DATABASE ${db} SET statement_timeout = '${statementTimeout.replace(/[^\w ]/g, '')}'`,
    );
    const u = new URL(server);
    u.pathname = '/' + db;
    engine = {
      name,
      env: { DATABASE_URL: u.toString() },
      open: () => openPostgres(u.toString()),
      drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`),
    };
  }
  await withDb(engine, async (db) => {
    await migrate(db);
    await initProvince(db, province, '2024');
  });
  return engine;
}

async function adminQuery(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Opens the engine's database for fn and closes it (PGlite is one process's at a time). */
export async function withDb<T>(engine: Engine, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await engine.open();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export interface ChildResult {
  ms: number;
  max_rss_mb: number;
  [k: string]: unknown;
}

/** Runs bench/child.ts with a task in its own process (its peak RSS is the task's own) and returns its JSON. */
export function runChild(engine: Engine, task: Record<string, unknown>): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', new URL('./child.ts', import.meta.url).pathname, JSON.stringify(task)],
      { env: { ...process.env, ...engine.env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`child ${JSON.stringify(task)} exited ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(last));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * `phongdich serve` on the engine's database in a process of its own (logging as in production, its CPU time its
 * own), on a free port of 127.0.0.1, for fn (given the server's base URL and process id); stopped after.
 */
export async function withServer<T>(
  engine: Engine,
  env: NodeJS.ProcessEnv,
  fn: (base: string, pid: number) => Promise<T>,
): Promise<T> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../bin/phongdich.js', import.meta.url)),
      'serve',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    { env: { ...process.env, ...engine.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    const base = `http://127.0.0.1:${port}`;
    for (
      let i = 0;
      !(await fetch(`${base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i > 600) throw new Error('server did not start');
      await sleep(100);
    }
    return await fn(base, server.pid!);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) + ' s';
export const fmt = (n: number) => n.toLocaleString('en-US');

export function machine() {
  const cpu = cpus();
  const pglite = JSON.parse(
    readFileSync(new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
  ).version;
  return {
    cores: cpu.length,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    pglite,
  };
}
