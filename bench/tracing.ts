// Benchmark of F-level derivation (issue #4): a province with ~300k exposures in the contact window, 3,000
// cases, and a chain: case A0 – X – 11,110 descendants of X (10 children each, 4 generations).
//   full:    recompute_person_levels over the whole province (what a new day or a large import costs)
//   promote: X's PCR turns positive → X confirmed by confirmFromPositiveSamples → levels re-derived by the
//            trigger in the same transaction (the whole transaction is timed)
//   demote:  X ruled out (case removed) → its descendants step back down
//   as of T: f_levels_at (the daily report's definition), f_levels_fast_at (the same answer, frontier by
//            frontier) and one person's path (f_level_path_at)
// Targets: promote ≤ 0.2 s, full ≤ 5 s on server PostgreSQL.
// Each figure is wall time and CPU time: the database backend's (from /proc/PID/schedstat, when the server runs on
// this machine) or this process's (PGlite). On a shared, overloaded machine the CPU time is the honest figure.
//
//   DATABASE_URL=postgres://user@host:port/postgres npx tsx bench/tracing.ts [--exposures 300000] [--persons 200000]
// A fresh database is created on that server and dropped at the end (PGlite in memory without DATABASE_URL).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { Db } from '../src/db/connection.ts';
import { emptyDb } from '../src/test/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { initProvince } from '../src/app/province.ts';
import { systemCtx } from '../src/shared/context.ts';
import { confirmFromPositiveSamples } from '../src/tracing/service.ts';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const EXPOSURES = arg('exposures', 300_000),
  PERSONS = arg('persons', 200_000),
  CASES = arg('cases', 3_000);
const REPEAT = arg('repeat', 5);
const TREE = 11_110; // 10 + 100 + 1,000 + 10,000 descendants of X
const P = '93';

const { db, close } = await emptyDb();
const ctx = systemCtx(P, 'bench', 'vi');
const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t0 = performance.now();
  const r = await fn();
  return [(performance.now() - t0) / 1000, r];
};
const one = async <R>(sql: string, params: unknown[] = []) => (await db.query<R>(sql, params))[0];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU seconds used so far by a PostgreSQL backend on this machine (null when it is elsewhere), or by PGlite. */
function cpuSeconds(pid: number | null): number | null {
  if (pid === null) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

/** Runs fn in one transaction (commit included); wall and CPU seconds. */
async function measured<T>(fn: (tx: Db) => Promise<T>): Promise<{ wall: number; cpu: number | null; result: T }> {
  let cpu: number | null = null;
  const t0 = performance.now();
  const result = await db.tx(async (tx) => {
    const pid =
      db.engine === 'postgres' ? (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0].pid : null;
    const c0 = cpuSeconds(pid);
    const r = await fn(tx);
    const c1 = cpuSeconds(pid);
    cpu = c0 === null || c1 === null ? null : c1 - c0;
    return r;
  });
  return { wall: (performance.now() - t0) / 1000, cpu, result };
}
const summary = (runs: { wall: number; cpu: number | null }[]) => ({
  wall_median: +median(runs.map((r) => r.wall)).toFixed(3),
  wall_max: +Math.max(...runs.map((r) => r.wall)).toFixed(3),
  cpu_median: runs[0].cpu === null ? null : +median(runs.map((r) => r.cpu!)).toFixed(3),
  cpu_max: runs[0].cpu === null ? null : +Math.max(...runs.map((r) => r.cpu!)).toFixed(3),
});
const results: Record<string, unknown> = {
  engine: db.engine,
  exposures_target: EXPOSURES,
  persons: PERSONS + TREE + 2,
  cases: CASES,
};

try {
  await migrate(db);
  await initProvince(db, P, '2024');
  const [load] = await timed(async () => {
    await db.query(
      `INSERT INTO persons (province_code, person_ref, full_name, ward_code)
      SELECT $1, 'P' || lpad(i::text, 7, '0'), 'Người ' || i, (ARRAY['31321','31324','31340'])[1 + i % 3] FROM generate_series(1, $2::int) i`,
      [P, PERSONS + TREE + 2],
    );
    await db.query('SELECT setseed(0.4242)');
    // Random cases among the first PERSONS persons, confirmed in the last 10 days; a sixth discharged since.
    await db.query(
      `INSERT INTO cases (province_code, person_id, confirmed_at)
      SELECT $1, id, clock_timestamp() - random() * interval '10 days'
        FROM (SELECT DISTINCT 1 + floor(random() * $2)::bigint AS id FROM generate_series(1, $3::int)) x ON CONFLICT DO NOTHING`,
      [P, PERSONS, CASES],
    );
    await db.query(
      `INSERT INTO outcomes (province_code, person_id, outcome, at)
      SELECT province_code, person_id, 'discharged', confirmed_at + (clock_timestamp() - confirmed_at) * random()
        FROM cases WHERE province_code = $1 AND person_id % 6 = 0`,
      [P],
    );
    // Random exposures among them, all inside the 14-day window.
    await db.query(
      `INSERT INTO exposures (province_code, source_person_id, contact_person_id, exposed_on)
      SELECT $1, a, b, vn_day(clock_timestamp()) - floor(random() * 14)::int FROM (
        SELECT 1 + floor(random() * $2)::bigint AS a, 1 + floor(random() * $2)::bigint AS b FROM generate_series(1, $3::int)) x
       WHERE a <> b ON CONFLICT DO NOTHING`,
      [P, PERSONS, EXPOSURES],
    );
    // The chain: A0 (a case) – X yesterday; X's descendants in breadth-first order (children of i: 10i+1 … 10i+10).
    const a0 = PERSONS + 1,
      x = PERSONS + 2;
    await db.query(
      `INSERT INTO cases (province_code, person_id, confirmed_at) VALUES ($1, $2, clock_timestamp() - interval '2 days')`,
      [P, a0],
    );
    await db.query(
      `INSERT INTO exposures (province_code, source_person_id, contact_person_id, exposed_on)
      SELECT $1, $2::bigint + (i - 1) / 10, $2::bigint + i, vn_day(clock_timestamp()) - 1 FROM generate_series(1, $3::int) i
      UNION ALL SELECT $1, $4, $2, vn_day(clock_timestamp()) - 1`,
      [P, x, TREE, a0],
    );
    await db.query(
      `INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method) VALUES ($1, 'SX', $2, clock_timestamp() - interval '3 hours', 'pcr')`,
      [P, x],
    );
    await db.exec('ANALYZE');
  });
  results.load_s = +load.toFixed(2);
  results.exposures = (await one<{ n: number }>('SELECT count(*)::int AS n FROM exposures'))!.n;

  // A full recompute from empty (as after a first start) and then as on a new day (most levels unchanged).
  await db.query('DELETE FROM person_levels');
  const full = [await measured((tx) => tx.query('SELECT recompute_person_levels($1, clock_timestamp())', [P]))];
  for (let i = 0; i < 2; i++)
    full.push(await measured((tx) => tx.query('SELECT recompute_person_levels($1, clock_timestamp())', [P])));
  results.full_recompute_s = {
    from_empty: { wall: +full[0].wall.toFixed(3), cpu: full[0].cpu && +full[0].cpu.toFixed(3) },
    again: summary(full.slice(1)),
  };
  results.levels_stored = (await one<{ n: number }>('SELECT count(*)::int AS n FROM person_levels'))!.n;

  const x = PERSONS + 2,
    deepest = x + TREE;
  const levelOf = async (id: number) =>
    (
      await one<{ level: number }>('SELECT level FROM person_levels WHERE province_code = $1 AND person_id = $2', [
        P,
        id,
      ])
    )?.level ?? null;
  const promote: { wall: number; cpu: number | null }[] = [],
    demote: typeof promote = [];
  for (let i = 0; i < REPEAT; i++) {
    const up = await measured(async (tx) => {
      await tx.query(
        `UPDATE samples SET result = 'positive', result_at = clock_timestamp() WHERE province_code = $1 AND sample_ref = 'SX'`,
        [P],
      );
      return confirmFromPositiveSamples(tx, ctx, { sampleRefs: ['SX'] });
    });
    if (up.result.confirmed !== 1 || (await levelOf(x)) !== 0 || (await levelOf(deepest)) !== 4)
      throw new Error('promotion did not happen');
    promote.push(up);
    const down = await measured(async (tx) => {
      await tx.query(
        `UPDATE samples SET result = 'pending', result_at = NULL WHERE province_code = $1 AND sample_ref = 'SX'`,
        [P],
      );
      await tx.query('DELETE FROM cases WHERE province_code = $1 AND person_id = $2', [P, x]);
    });
    if ((await levelOf(x)) !== 1 || (await levelOf(deepest)) !== null) throw new Error('demotion did not happen');
    demote.push(down);
  }
  results.promote_s = summary(promote);
  results.demote_s = summary(demote);

  // The maintained table against the contract at its instant: no difference either way.
  const diff = await one<{ n: number }>(
    `WITH s AS (SELECT computed_at AS at FROM person_levels_state WHERE province_code = $1),
      f AS (SELECT f.* FROM s, f_levels_at($1, s.at, 4) f), l AS (SELECT person_id, level FROM person_levels WHERE province_code = $1)
    SELECT (SELECT count(*) FROM (SELECT * FROM f EXCEPT SELECT * FROM l) a)::int + (SELECT count(*) FROM (SELECT * FROM l EXCEPT SELECT * FROM f) b)::int AS n`,
    [P],
  );
  results.differences_from_contract = diff!.n;

  const counts = (fn: string) =>
    measured(
      async (tx) =>
        (
          await tx.query<{ f1: number; f2: number }>(
            `SELECT count(*) FILTER (WHERE level = 1)::int AS f1, count(*) FILTER (WHERE level = 2)::int AS f2
       FROM ${fn}($1, clock_timestamp() - interval '1 day')`,
            [P],
          )
        )[0],
    );
  const asOf = await counts('f_levels_at'),
    fast = await counts('f_levels_fast_at');
  if (JSON.stringify(asOf.result) !== JSON.stringify(fast.result))
    throw new Error('f_levels_fast_at disagrees with f_levels_at');
  results.as_of_f1_f2 = asOf.result;
  results.as_of_report_s = summary([asOf]);
  results.as_of_report_fast_s = summary([fast]);
  results.as_of_one_person_path_s = summary([
    await measured((tx) => tx.query('SELECT * FROM f_level_path_at($1, $2, clock_timestamp())', [P, x + 1])),
  ]);
  console.log(JSON.stringify(results, null, 2));
} finally {
  await close();
}
