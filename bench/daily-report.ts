// Benchmark: the daily report (contracts/daily-report.md) over a generated province of 1.5M persons, 500k samples,
// 200k quarantine episodes and 300k exposures (plus 30k cases, their outcomes and 450k vaccine doses).
// Targets (issue #8): ≤ 0.5 s on server PostgreSQL, ≤ 1.5 s on PGlite.
//
//   npx tsx bench/daily-report.ts                        # embedded PGlite, in memory
//   DATABASE_URL=postgres://… npx tsx bench/daily-report.ts   # a fresh database on that server, dropped after
//   options: --persons N (default 1500000) --runs N (default 5)
//            --keep NAME: keep the generated province and reuse it on the next run (PGlite: the data directory
//            NAME; PostgreSQL: the database NAME on DATABASE_URL's server, created if missing)
//
// The data are generated inside the database with set-based SQL (deterministic: hashint4, no random()), which
// takes a few minutes at full size; the report is then timed on warm caches: one warm-up, then --runs timings.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { emptyDb } from '../src/test/db.ts';
import pg from 'pg';
import { openPglite, openPostgres, type Db as DbHandle } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { initProvince } from '../src/geo/service.ts';
import { systemCtx } from '../src/shared/context.ts';
import { dailyReport } from '../src/reports/daily.ts';
import type { Db } from '../src/db/connection.ts';

const { values } = parseArgs({ options: { persons: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'string' } } });
const PERSONS = Number(values.persons ?? 1_500_000);
const RUNS = Number(values.runs ?? 5);
const scale = PERSONS / 1_500_000;
const N = {
  persons: PERSONS,
  cases: Math.round(30_000 * scale),
  exposures: Math.round(200_000 * scale), // case → contact; as many again / 2 contact → contact
  episodes: Math.round(200_000 * scale),
  samples: Math.round(500_000 * scale),
  vaccinated: Math.round(300_000 * scale),
};
const AT = new Date('2021-09-10T06:30:00+07:00'); // mid-wave: ~30k episodes open, ~9k active cases

// h(x) is a deterministic pseudo-random non-negative integer; the epidemic runs 92 days from 1/7/2021.
const H = (x: string) => `abs(hashint4((${x})::int))`;
const D0 = `timestamptz '2021-07-01 00:00:00+07'`;

async function generate(db: Db): Promise<void> {
  const step = async (what: string, sql: string) => {
    const t0 = performance.now();
    await db.exec(sql);
    console.error(`  ${what}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await step('persons', `
    INSERT INTO persons (province_code, person_ref, full_name, ward_code, birth_year)
    SELECT '93', 'P' || i, 'N' || i, w.codes[1 + i % w.n], 1930 + ${H('i')} % 90
      FROM generate_series(1, ${N.persons}) i,
           (SELECT array_agg(code ORDER BY code) AS codes, count(*)::int AS n FROM admin_units
             WHERE province_code = '93' AND geography = '2024' AND level = 'ward') w`);
  await step('cases, outcomes', `
    INSERT INTO cases (province_code, person_id, confirmed_at, detected_in)
    SELECT '93', k * ${Math.floor(N.persons / N.cases)}, ${D0} + k * interval '92 days' / ${N.cases} + (${H('k')} % 600) * interval '1 minute',
           CASE WHEN k % 3 = 0 THEN 'quarantine' ELSE 'community' END
      FROM generate_series(1, ${N.cases}) k;
    INSERT INTO outcomes (province_code, person_id, outcome, at)
    SELECT '93', person_id, CASE WHEN h % 100 = 99 THEN 'died' ELSE 'discharged' END,
           confirmed_at + (CASE WHEN h % 100 = 99 THEN 10 ELSE 14 + h % 7 END) * interval '1 day'
      FROM (SELECT person_id, confirmed_at, ${H('person_id')} AS h FROM cases WHERE province_code = '93') c
     WHERE h % 10 < 7 OR h % 100 = 99`);
  await step('exposures', `
    INSERT INTO exposures (province_code, source_person_id, contact_person_id, exposed_on, setting)
    SELECT '93', c.person_id, x.contact, vn_day(c.confirmed_at) - j % 5, 'household'
      FROM generate_series(1, ${N.exposures}) j
      JOIN cases c ON c.province_code = '93' AND c.person_id = (1 + j % ${N.cases}) * ${Math.floor(N.persons / N.cases)}
     CROSS JOIN LATERAL (SELECT 1 + ${H('j')} % ${N.persons} AS contact) x
     WHERE x.contact <> c.person_id
    ON CONFLICT DO NOTHING;
    INSERT INTO exposures (province_code, source_person_id, contact_person_id, exposed_on, setting)
    SELECT '93', e.contact_person_id, 1 + ${H('e.contact_person_id + 7')} % ${N.persons}, e.exposed_on + 1, 'work'
      FROM (SELECT contact_person_id, exposed_on FROM exposures
             ORDER BY ${H('contact_person_id + 5')}, source_person_id, contact_person_id LIMIT ${N.exposures / 2}) e
     WHERE 1 + ${H('e.contact_person_id + 7')} % ${N.persons} <> e.contact_person_id
    ON CONFLICT DO NOTHING`);
  await step('facilities, quarantine episodes', `
    INSERT INTO facilities (province_code, facility_code, name, kind, ward_code, beds)
    SELECT '93', CASE WHEN i <= 40 THEN 'Q' ELSE 'H' END || lpad(i::text, 2, '0'), 'Cơ sở ' || i,
           CASE WHEN i <= 40 THEN 'quarantine' ELSE 'treatment' END,
           (SELECT code FROM admin_units WHERE province_code = '93' AND geography = '2024' AND level = 'ward' ORDER BY code OFFSET i LIMIT 1),
           100 + i * 5
      FROM generate_series(1, 45) i;
    INSERT INTO quarantine_episodes (province_code, person_id, kind, start_at, facility_code, end_at, end_reason, subject_group)
    SELECT '93', person_id, kind, start_at, CASE WHEN kind = 'centralized' THEN 'Q' || lpad((1 + h % 40)::text, 2, '0') END,
           CASE WHEN start_at + interval '14 days' < timestamptz '2021-09-20 00:00+07' THEN start_at + interval '14 days' END,
           CASE WHEN start_at + interval '14 days' < timestamptz '2021-09-20 00:00+07' THEN 'completed' END,
           (ARRAY['contact', 'contact', 'contact', 'abroad', 'outbreak_area', 'screened'])[1 + h % 6]
      FROM (SELECT contact_person_id AS person_id, (exposed_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '9 hours' AS start_at,
                   ${H('contact_person_id + 11')} AS h,
                   (ARRAY['centralized', 'centralized', 'centralized', 'home', 'home', 'home', 'home', 'home', 'self_monitoring', 'self_monitoring'])[1 + ${H('contact_person_id + 11')} % 10] AS kind
              FROM exposures ORDER BY ${H('contact_person_id + 13')}, source_person_id, contact_person_id, exposed_on LIMIT ${N.episodes + N.episodes / 10}) e
    ON CONFLICT DO NOTHING;
    DELETE FROM quarantine_episodes WHERE episode_id > (SELECT episode_id FROM quarantine_episodes ORDER BY episode_id OFFSET ${N.episodes - 1} LIMIT 1)`);
  await step('samples, pools', `
    INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, pool_ref, result, result_at)
    SELECT '93', 'S' || i, 1 + ${H('i * 3')} % ${N.persons}, taken_at, 'pcr', pool_ref,
           CASE WHEN pool_ref IS NOT NULL OR i % 100 >= 96 THEN 'pending' WHEN i % 100 BETWEEN 3 AND 4 THEN 'positive' ELSE 'negative' END,
           CASE WHEN pool_ref IS NOT NULL OR i % 100 >= 96 THEN NULL ELSE taken_at + interval '12 hours' END
      FROM (SELECT i, ${D0} + i * interval '92 days' / ${N.samples} AS taken_at,
                   CASE WHEN i % 10 < 3 THEN 'G' || (i / 10) END AS pool_ref
              FROM generate_series(1, ${N.samples}) i) s;
    INSERT INTO pools (province_code, pool_ref, result, result_at)
    SELECT '93', pool_ref, CASE WHEN hashtext(pool_ref) % 20 = 0 THEN 'positive' ELSE 'negative' END,
           max(taken_at) + interval '1 day'
      FROM samples WHERE pool_ref IS NOT NULL GROUP BY pool_ref`);
  await step('vaccinations, population', `
    INSERT INTO vaccinations (province_code, person_id, dose_number, product, given_on)
    SELECT '93', k * 5, 1, 'astrazeneca', date '2021-07-01' + k % 92 FROM generate_series(1, ${N.vaccinated}) k;
    INSERT INTO vaccinations (province_code, person_id, dose_number, product, given_on)
    SELECT '93', person_id, 2, 'astrazeneca', given_on + 28 FROM vaccinations WHERE person_id % 10 = 0;
    INSERT INTO ward_population (province_code, ward_code, population, population_18plus)
    SELECT '93', ward_code, count(*), count(*) * 7 / 10 FROM persons GROUP BY ward_code`);
  await step('analyze', 'ANALYZE');
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { min: Math.round(s[0]), median: Math.round(s[Math.floor(s.length / 2)]), max: Math.round(s[s.length - 1]) };
}

/**
 * CPU time spent by the database so far, in ms: the PGlite engine runs in this process; a PostgreSQL backend on
 * this machine is read from /proc (null elsewhere). On a busy machine the wall time says little; CPU time does.
 */
async function cpuMs(db: DbHandle): Promise<number | null> {
  if (db.engine === 'pglite') { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
  const [{ pid }] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime in 1/100 s
  } catch {
    return null;
  }
}

/** The kept database of --keep: a PGlite directory, or a database on the server (created the first time). */
async function kept(name: string): Promise<{ db: DbHandle; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite(name);
    return { db, close: () => db.close() };
  }
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('--keep: a database name in lower case');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = '/' + name;
  const db = await openPostgres(u.toString());
  return { db, close: () => db.close() };
}

async function main() {
  const { db, close } = values.keep ? await kept(values.keep) : await emptyDb();
  try {
    await migrate(db);
    await initProvince(db, '93', '2024');
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons');
    if (n === 0) {
      console.error(`generating (${db.engine}, ${N.persons.toLocaleString('en')} persons)…`);
      await generate(db);
    }
    const counts = (await db.query<Record<string, number>>(`SELECT
      (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM samples) AS samples,
      (SELECT count(*) FROM quarantine_episodes) AS episodes, (SELECT count(*) FROM exposures) AS exposures,
      (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM vaccinations) AS doses`))[0];
    const ctx = systemCtx('93', 'bench', 'vi');
    const first = await dailyReport(db, ctx, AT); // warm-up
    const wall: number[] = [], cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const c0 = await cpuMs(db), t0 = performance.now();
      await dailyReport(db, ctx, AT);
      wall.push(performance.now() - t0);
      const c1 = await cpuMs(db);
      if (c0 !== null && c1 !== null) cpu.push(c1 - c0);
    }
    const target = db.engine === 'postgres' ? 500 : 1500;
    const median = stats(wall).median;
    console.log(JSON.stringify({
      bench: 'daily-report', engine: db.engine, rows: counts, at: first.as_of,
      wall_ms: stats(wall), cpu_ms: cpu.length ? stats(cpu) : null, load_average: loadavg().map((x) => Number(x.toFixed(1))),
      target_ms: target, ok: median <= target,
      sample: { cases: first.current.cases, contacts: first.current.contacts, quarantine: first.current.quarantine.current, testing: first.current.testing },
    }));
    process.exitCode = median <= target ? 0 : 3;
  } finally {
    await close();
  }
}

await main();
