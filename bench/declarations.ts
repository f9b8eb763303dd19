// Load test of the public health declaration POST (the QR form at a checkpoint), target ≥ 3,000 req/s with
// p99 ≤ 50 ms on server PostgreSQL. A fresh database on DATABASE_URL's server (dropped after) gets Điện Biên, a
// checkpoint, Hà Nội as an outbreak area, 20,000 persons to match against and 50,000 earlier declarations; `phongdich serve` runs in a child
// process on 127.0.0.1 and autocannon posts distinct travellers for a bounded time, each from its own address
// (X-Forwarded-For) as phones on a mobile network would, so the per-IP limit is not what is measured.
//
//   DATABASE_URL=postgres://… node --import tsx bench/declarations.ts [--seconds 10] [--connections 32]
import { readFileSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { systemCtx } from '../src/shared/context.ts';
import { importFile } from '../src/app/imports.ts';
import { createSite } from '../src/entry/sites.ts';
import { createArea } from '../src/entry/followups.ts';
import { fmt, freshEngine, withDb, withServer, type Engine } from './lib.ts';

export const PROVINCE = '11';
/** Persons to match against and earlier declarations of the checkpoint. */
export interface Size {
  persons: number;
  history: number;
}
const FULL: Size = { persons: 20_000, history: 50_000 };
const NAMES = [
  'Lò Văn Pành',
  'Quàng Thị Xuân',
  'Nguyễn Văn An',
  'Trần Thị Bích',
  'Vàng A Sử',
  'Lê Văn Đức',
  'Hoàng Thị Giang',
  'Mùa A Dình',
];
const FROM = ['01', '24', '79', '11', '01']; // Hà Nội (listed) twice in five
const phoneOf = (n: number) => `09${String(10_000_000 + n).slice(-8)}`;

/** Prepares the engine's database; returns the checkpoint's form token. */
async function prepare(engine: Engine, size: Size): Promise<string> {
  return withDb(engine, async (db) => {
    const ctx = systemCtx(PROVINCE, 'bench', 'vi');
    const site = await createSite(db, ctx, 'checkpoint', {
      checkpoint_code: 'TG',
      name: 'Chốt Tuần Giáo',
      kind: 'checkpoint',
      ward_code: '03253',
    });
    await createArea(db, ctx, { level: 'province', area_code: '01', effective_from: '2021-07-20' });
    const rows = Array.from(
      { length: size.persons },
      (_, i) => `B${i},${NAMES[i % NAMES.length]},${1950 + (i % 60)},${phoneOf(i)},03253\n`,
    );
    const r = await importFile(
      db,
      ctx,
      'persons',
      Readable.from(['person_ref,full_name,birth_year,phone,ward_code\n', ...rows]),
    );
    if (r.inserted !== size.persons) throw new Error(`persons: ${JSON.stringify(r.rejected.slice(0, 3))}`);
    // The checkpoint's history: earlier declarations (some from the listed area, so with follow-ups), as a
    // province in a wave holds (seed 004: 172,356), analysed as autovacuum keeps a live database.
    const days = Array.from(
      { length: size.history },
      (_, i) => new Date(Date.parse('2021-07-21T00:00:00+07:00') + (i % 60) * 86_400_000 + i * 1000),
    );
    const history = days.map(
      (at, i) =>
        `H${i},${at.toISOString()},qr,TG,${NAMES[i % NAMES.length]},${1950 + (i % 60)},${phoneOf(5_000_000 + i)},${FROM[i % FROM.length]},03259,road\n`,
    );
    const h = await importFile(
      db,
      ctx,
      'declarations',
      Readable.from([
        'declaration_ref,declared_at,channel,checkpoint_code,full_name,birth_year,phone,from_province,to_ward_code,travel_mode\n',
        ...history,
      ]),
    );
    if (h.inserted !== size.history) throw new Error(`declarations: ${JSON.stringify(h.rejected.slice(0, 3))}`);
    await db.exec('ANALYZE');
    return site.form_token as string;
  });
}

export interface DeclarationBench {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  total: number;
  failed: number;
  stored: number;
  seconds: number;
  connections: number;
  /** CPU milliseconds per request: the server process, its PostgreSQL backends (when local), the load generator. */
  cpu_ms_per_request: { server: number; postgres: number | null; load: number };
  /** GET /api/v1/health on the same server just before: what the machine gives any request at that moment. */
  baseline: { rps: number; p99_ms: number };
}

const TICK_MS = 10; // /proc CPU times are in clock ticks of 1/100 s on Linux
/** CPU time (ms) of one process, or of every local PostgreSQL backend serving database `db`. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
  return (Number(f[11]) + Number(f[12])) * TICK_MS; // utime, stime
}
function backendsCpuMs(db: string): number | null {
  let total = 0,
    found = false;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${db} `)) continue;
      total += cpuMs(Number(pid));
      found = true;
    } catch {
      /* gone */
    }
  }
  return found ? total : null;
}

/** Posts declarations for `seconds` against `phongdich serve` on the engine's database. */
export async function declarationPost(
  engine: Engine,
  seconds: number,
  connections = 32,
  size: Size = FULL,
): Promise<DeclarationBench> {
  const token = await prepare(engine, size);
  // Deployed behind a proxy on the same host: the client address comes from X-Forwarded-For set by 127.0.0.1.
  return withServer(engine, { PHONGDICH_TRUST_PROXY: '127.0.0.1' }, async (base, serverPid) => {
    const health = await autocannon({ url: `${base}/api/v1/health`, connections, duration: Math.min(5, seconds) });
    let n = 0;
    const serverBefore = cpuMs(serverPid),
      loadBefore = process.cpuUsage();
    const dbName = engine.env.DATABASE_URL ? new URL(engine.env.DATABASE_URL).pathname.slice(1) : null; // PGlite: in the server
    const pgBefore = dbName ? (backendsCpuMs(dbName) ?? 0) : 0;
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/public/entry/declarations',
          setupRequest: (req) => {
            const i = ++n;
            // One in four is a registered person (phone + name + year match); the others are new to the province.
            const known = i % 4 === 0 ? (i / 4) % size.persons : size.persons + i;
            return {
              ...req,
              headers: {
                'content-type': 'application/json',
                'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
              },
              body: JSON.stringify({
                checkpoint_code: 'TG',
                t: token,
                full_name: NAMES[known % NAMES.length],
                birth_year: 1950 + (known % 60),
                sex: i % 2 ? 'M' : 'F',
                phone: phoneOf(known),
                from_province: FROM[i % FROM.length],
                to_ward_code: '03259',
                to_place: 'Bản Phình',
                travel_mode: 'road',
                vehicle_plate: '27A-12345',
                symptoms: [],
                contact_case: false,
                lang: 'vi',
              }),
            };
          },
        },
      ],
    });
    const serverCpu = cpuMs(serverPid) - serverBefore,
      pgAfter = dbName ? backendsCpuMs(dbName) : null;
    const load = process.cpuUsage(loadBefore);
    const per = (ms: number) => Math.round((ms / result.requests.total) * 1000) / 1000;
    const stored = await withDb(
      engine,
      async (db) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM declarations'))[0].n,
    );
    return {
      rps: Math.round(result.requests.average),
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      total: result.requests.total,
      failed: result.non2xx + result.errors + result.timeouts,
      stored,
      seconds,
      connections,
      baseline: { rps: Math.round(health.requests.average), p99_ms: health.latency.p99 },
      cpu_ms_per_request: {
        server: per(serverCpu),
        postgres: pgAfter === null ? null : per(pgAfter - pgBefore),
        load: per((load.user + load.system) / 1000),
      },
    };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } },
  });
  if (!process.env.DATABASE_URL)
    throw new Error('set DATABASE_URL to a PostgreSQL server (a database is created and dropped on it)');
  const seconds = Math.min(Number(values.seconds), 120);
  const engine = await freshEngine('postgres', PROVINCE);
  try {
    const r = await declarationPost(engine, seconds, Number(values.connections));
    console.log(
      `declaration POST: ${fmt(r.rps)} req/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms (${fmt(r.total)} requests in ${r.seconds} s, ` +
        `${r.connections} connections, ${r.failed} failed, ${fmt(r.stored)} stored)`,
    );
    console.log(
      `baseline GET /api/v1/health on the same server: ${fmt(r.baseline.rps)} req/s, p99 ${r.baseline.p99_ms} ms`,
    );
    const c = r.cpu_ms_per_request;
    // On a busy machine these grow too (shared caches, frequency): read them beside the baseline.
    console.log(
      `CPU per request: server ${c.server} ms, PostgreSQL ${c.postgres ?? '?'} ms, load generator ${c.load} ms`,
    );
    console.log(JSON.stringify(r));
    if (r.failed > 0 || r.stored < r.total) process.exitCode = 1; // (requests still in flight at the end are stored too)
  } finally {
    await engine.drop();
  }
}
