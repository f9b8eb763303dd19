// Issue 19's kill-during-import check: `phongdich import` killed with SIGKILL at several points of a large import
// leaves each table holding either nothing of the batch or all of it, and the next import works. On PGlite a data
// directory of its own (recovered on reopening), on PostgreSQL a fresh database on DATABASE_URL's server.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../db/connection.ts';
import { engineName, serverDatabase } from '../test/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-kill-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'vi_VN.UTF-8' };
let dropDb: (() => Promise<void>) | undefined;
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

const HEADER = 'person_ref,full_name,ward_code\n';
const N = 40_000;
/** The batch already stored: K00000…K39999. */
type Row = [ref: string, name: string];
const first = Array.from({ length: N }, (_, i): Row => [`K${String(i).padStart(5, '0')}`, `Người Có Sẵn ${i}`]);
/** The batch killed: the first half of those renamed, and as many new persons. */
const second = [
  ...first.slice(0, N / 2).map(([ref], i): Row => [ref, `Người Đổi Tên ${i}`]),
  ...Array.from({ length: N / 2 }, (_, i): Row => [`M${String(i).padStart(5, '0')}`, `Người Mới ${i}`]),
];
const csv = (rows: Row[]) => HEADER + rows.map(([ref, name]) => `${ref},${name},31321\n`).join('');

/** What `persons` must hold, as (count, md5 of "ref:name" joined by "," in ref order), computed here from the rows. */
function expected(rows: Row[]): Snapshot['persons'] {
  const byRef = new Map(rows);
  const text = [...byRef.keys()]
    .sort()
    .map((ref) => `${ref}:${byRef.get(ref)}`)
    .join(',');
  return { n: byRef.size, md5: createHash('md5').update(text, 'utf8').digest('hex') };
}

interface Snapshot {
  persons: { n: number; md5: string };
  /** Rows of every table of the schema, by name. */
  tables: Record<string, number>;
}

/** Opens the database as the next process would (on PGlite: recovery after the kill), reads, closes. */
async function snapshot(): Promise<Snapshot> {
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.PHONGDICH_DATA_DIR! });
  try {
    const [persons] = await db.query<{ n: number; md5: string }>(
      `SELECT count(*)::int AS n,
              md5(coalesce(string_agg(person_ref || ':' || full_name, ',' ORDER BY person_ref COLLATE "C"), '')) AS md5
         FROM persons WHERE province_code = '93'`,
    );
    const names = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables: Record<string, number> = {};
    for (const { name } of names)
      tables[name] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`))[0].n;
    return { persons, tables };
  } finally {
    await db.close();
  }
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Phase = 'checking' | 'writing';
interface Run {
  /** Killed by the test (false: it had ended by itself). */
  killed: boolean;
  /** Milliseconds from the start to each phase the import announced, and to its end. */
  at: Partial<Record<Phase | 'end', number>>;
  output: string;
}

/**
 * `phongdich import persons FILE` on a terminal (`script`), as a user runs it: the terminal shows its phases
 * (checking, then writing, inside the one transaction). With `kill`, SIGKILL goes to the import `afterMs` after it
 * announces `phase`.
 */
function importOnTerminal(file: string, kill?: { phase: Phase; afterMs: number }): Promise<Run> {
  const started = performance.now();
  const command = `echo PID:$$; exec ${process.execPath} bin/phongdich.js import persons ${file}`;
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...env, LANG: 'en_US.UTF-8' } });
  const run: Run = { killed: false, at: {}, output: '' };
  let pid = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    run.output += text;
    pid ||= Number(/PID:(\d+)/.exec(run.output)?.[1] ?? 0);
    for (const phase of ['checking', 'writing'] as const) {
      if (run.at[phase] !== undefined || !run.output.includes(`${phase} ${N.toLocaleString('en')} rows`)) continue;
      run.at[phase] = performance.now() - started;
      if (kill?.phase === phase)
        setTimeout(() => {
          try {
            process.kill(pid, 'SIGKILL');
            run.killed = true;
          } catch {
            // it had ended
          }
        }, kill.afterMs);
    }
  });
  return new Promise((resolve) =>
    child.once('close', () => {
      run.at.end = performance.now() - started;
      resolve(run);
    }),
  );
}

test(`[${engineName}] kill -9 at three points of an import: nothing of the batch or all of it, then the next import works`, async () => {
  if (process.env.DATABASE_URL) {
    const server = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = server.url;
    dropDb = server.drop;
  }
  assert.equal(cli('init', '--province', '93').code, 0);
  const firstFile = join(dir, 'first.csv');
  const secondFile = join(dir, 'second.csv');
  writeFileSync(firstFile, csv(first));
  writeFileSync(secondFile, csv(second));

  // The first batch, timed: how long it writes, so that one kill lands in the middle of that.
  const load = await importOnTerminal(firstFile);
  assert.match(load.output, /"kind":"persons","rows":40000,"inserted":40000,"updated":0,"rejected":\[\]/);
  const writing = load.at.end! - load.at.writing!;
  const before = await snapshot();
  assert.deepEqual(before.persons, expected(first));

  // The second batch, killed as it starts checking, as it starts writing, and halfway through writing.
  const all = expected([...first, ...second]);
  const points = [
    { phase: 'checking', afterMs: 0 },
    { phase: 'writing', afterMs: 0 },
    { phase: 'writing', afterMs: Math.round(writing / 2) },
  ] as const;
  let killed = 0;
  let stored = false; // the batch committed before a kill landed
  for (const point of points) {
    const run = await importOnTerminal(secondFile, point);
    const after = await snapshot();
    if (run.killed) killed++;
    stored = after.persons.md5 === all.md5;
    if (stored) {
      assert.deepEqual(after.persons, all, `${JSON.stringify(point)}: all of the batch`);
      break; // nothing left to kill
    }
    assert.ok(run.killed, `${JSON.stringify(point)}: killed (${run.output})`);
    assert.deepEqual(after, before, `killed at ${JSON.stringify(point)}: nothing of the batch`);
  }
  assert.ok(killed >= 2, `killed mid-import ${killed} times of 3 (writing took ${Math.round(writing)} ms)`);

  // The next import works, and stores the whole batch (or finds it stored).
  const next = cli('import', 'persons', secondFile);
  assert.equal(next.code, 0, next.err);
  const changed = stored ? { inserted: 0, updated: 0 } : { inserted: N / 2, updated: N / 2 };
  assert.deepEqual(JSON.parse(next.out), { kind: 'persons', rows: N, ...changed, rejected: [] });
  const done = await snapshot();
  assert.deepEqual(done.persons, all);
  assert.equal(done.tables.persons, before.tables.persons + N / 2);
});
