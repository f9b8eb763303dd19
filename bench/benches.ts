// One function per figure of bench/README.md. Each returns the cell's text and the numbers behind it, or says
// "not available yet" when the feature it measures is not in the code base yet.
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import type { Db } from '../src/db/connection.ts';
import { systemCtx, type Ctx } from '../src/shared/context.ts';
import { importFile, importKinds } from '../src/app/imports.ts';
import { searchPersons } from '../src/people/service.ts';
import { createApiToken, createUser } from '../src/auth/service.ts';
import { buildServer } from '../src/app/server.ts';
import { fold } from '../src/shared/text.ts';
import { DEMO_KINDS, demoPath } from '../src/demo/files.ts';
import {
  fmt,
  freshEngine,
  percentile,
  runChild,
  seconds,
  timed,
  withDb,
  withServer,
  type Engine,
  type EngineName,
} from './lib.ts';
import { declarationPost, PROVINCE as DECLARATION_PROVINCE } from './declarations.ts';

export interface Cell {
  text: string;
  value?: number;
  numbers?: Record<string, unknown>;
}
export const NOT_YET: Cell = { text: 'not available yet' };
export const PROVINCE = '93';
const ctx = (): Ctx => systemCtx(PROVINCE, 'bench', 'vi');

/** Import of FILE as KIND vs a raw COPY of the same file into a bare table, each in its own process. */
export async function importVsCopy(engine: Engine, kind: string, file: string): Promise<Cell> {
  if (!(kind in importKinds)) return NOT_YET;
  const imp = await runChild(engine, { task: 'import', kind, file, province: PROVINCE });
  if (imp.rejected)
    throw new Error(`${kind} import rejected ${imp.rejected} rows: ${JSON.stringify(imp.first_rejected)}`);
  const copy = await runChild(engine, { task: 'copy', file });
  const ratio = imp.ms / copy.ms;
  return {
    text: `${fmt(imp.rows as number)} rows: ${seconds(imp.ms)} vs COPY ${seconds(copy.ms)} = **${ratio.toFixed(2)}×**; peak RSS **${imp.max_rss_mb} MB** (COPY ${copy.max_rss_mb} MB)`,
    value: ratio,
    numbers: {
      rows: imp.rows,
      import_ms: Math.round(imp.ms),
      copy_ms: Math.round(copy.ms),
      ratio,
      rss_mb: imp.max_rss_mb,
      copy_rss_mb: copy.max_rss_mb,
    },
  };
}

/** The rest of the generated province, kind by kind in dependency order (persons are already in); stops at a failure. */
export async function loadRest(db: Db, dir: string): Promise<{ ms: Record<string, number>; failed?: string }> {
  const ms: Record<string, number> = {};
  for (const kind of DEMO_KINDS) {
    if (kind === 'persons' || !(kind in importKinds)) continue;
    const started = performance.now();
    try {
      const r = await importFile(db, ctx(), kind, createReadStream(demoPath(dir, kind)), { fileName: kind });
      if (r.rejected.length)
        return {
          ms,
          failed: `${kind}: ${r.rejected.length} rows rejected, e.g. ${JSON.stringify(r.rejected.slice(0, 2))}`,
        };
    } catch (e) {
      return {
        ms,
        failed: `importing ${kind} failed after ${seconds(performance.now() - started)}: ${(e as Error).message}`,
      };
    }
    ms[kind] = Math.round(performance.now() - started);
  }
  // A loaded database as autovacuum keeps it: statistics current, visibility maps set (index-only scans).
  await db.exec('VACUUM ANALYZE');
  return { ms };
}

/**
 * Person search p95 over queries a clerk types, drawn from the generated persons: a name without diacritics, a
 * name as written, a phone in the form it was given, a CCCD/CMND.
 */
export async function personSearch(db: Db, personsFile: string, queries: number): Promise<Cell> {
  await db.exec('ANALYZE persons');
  const lines = readFileSync(personsFile, 'utf8').split('\n');
  const header = lines[0].split(','),
    col = (name: string) => header.indexOf(name);
  const step = Math.max(1, Math.floor((lines.length - 2) / queries));
  const asked: { kind: string; q: string }[] = [];
  for (let i = 1, k = 0; asked.length < queries && i < lines.length - 1; i += step, k++) {
    const cells = lines[i].split(',');
    const kind = ['name_folded', 'name', 'phone', 'id'][k % 4];
    const q =
      kind === 'name_folded'
        ? fold(cells[col('full_name')])
        : kind === 'name'
          ? cells[col('full_name')]
          : kind === 'phone'
            ? cells[col('phone')]
            : cells[col('id_number')];
    if (q) asked.push({ kind, q });
  }
  for (const a of asked.slice(0, 10)) await searchPersons(db, ctx(), { q: a.q }); // warm the caches
  const byKind: Record<string, number[]> = {};
  const all: number[] = [];
  for (const a of asked) {
    const { ms } = await timed(() => searchPersons(db, ctx(), { q: a.q }));
    (byKind[a.kind] ??= []).push(ms);
    all.push(ms);
  }
  const p95 = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      95,
    );
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons');
  const parts = Object.entries(byKind)
    .map(([k, xs]) => `${k} ${p95(xs).toFixed(0)}`)
    .join(', ');
  return {
    text: `**${p95(all).toFixed(0)} ms** over ${fmt(n)} persons, ${asked.length} queries (p95 by kind, ms: ${parts})`,
    value: p95(all),
    numbers: {
      persons: n,
      queries: asked.length,
      p95_ms: p95(all),
      p50_ms: percentile(
        [...all].sort((a, b) => a - b),
        50,
      ),
    },
  };
}

/** GET /api/v1/reports/daily?at=T as a signed-in province admin: the first call and the median of the next three. */
export async function dailyReport(db: Db, at: string): Promise<Cell> {
  const app = await buildServer(db);
  try {
    const password = randomBytes(12).toString('base64url');
    await createUser(db, ctx(), {
      username: 'bench-report',
      display_name: 'Bench',
      role: 'province_admin',
      scope_level: 'province',
      scope_code: PROVINCE,
      password,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'bench-report', password },
    });
    const cookie = login.cookies.find((c) => c.name === 'pd_session')!.value;
    const get = () =>
      app.inject({ url: `/api/v1/reports/daily?at=${encodeURIComponent(at)}`, cookies: { pd_session: cookie } });
    const first = await timed(get);
    if (first.value.statusCode === 404) return NOT_YET;
    if (first.value.statusCode !== 200)
      throw new Error(`daily report: ${first.value.statusCode} ${first.value.body.slice(0, 300)}`);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push((await timed(get)).ms);
    const median = percentile(
      warm.sort((a, b) => a - b),
      50,
    );
    const current = first.value.json().current;
    // The treatment section (issue 21) reads the care episodes and severity observations loaded with the province.
    const [loaded] = await db.query<{ care: number; severity: number }>(
      `SELECT (SELECT count(*) FROM care_episodes)::int AS care, (SELECT count(*) FROM severity_observations)::int AS severity`,
    );
    const tr = current.treatment;
    const treatment = tr
      ? `; treatment: ${fmt(tr.in_facility)} in facilities, ${fmt(tr.at_home)} at home, ${fmt(tr.on_oxygen)} on oxygen (over ${fmt(loaded.care)} care episodes, ${fmt(loaded.severity)} severity observations)`
      : '';
    return {
      text: `**${seconds(median)}** (first call ${seconds(first.ms)}) at ${at}: ${fmt(current.cases.total)} cases, ${fmt(current.contacts.f1)} F1, ${fmt(current.testing.samples_taken)} samples${treatment}`,
      value: median / 1000,
      numbers: { first_ms: Math.round(first.ms), median_ms: Math.round(median), at },
    };
  } finally {
    await app.close();
  }
}

/**
 * GET /api/v1/reports/period?to=T&compare=C (docs/contracts/period-report.md) as a signed-in province admin: the
 * first call and the median of the next three.
 */
export async function periodReport(db: Db, at: string, compare: string): Promise<Cell> {
  const app = await buildServer(db);
  try {
    const password = randomBytes(12).toString('base64url');
    await createUser(db, ctx(), {
      username: 'bench-period',
      display_name: 'Bench',
      role: 'province_admin',
      scope_level: 'province',
      scope_code: PROVINCE,
      password,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'bench-period', password },
    });
    const cookie = login.cookies.find((c) => c.name === 'pd_session')!.value;
    const url = `/api/v1/reports/period?to=${encodeURIComponent(at)}&compare=${encodeURIComponent(compare)}`;
    const get = () => app.inject({ url, cookies: { pd_session: cookie } });
    const first = await timed(get);
    if (first.value.statusCode !== 200)
      throw new Error(`period report: ${first.value.statusCode} ${first.value.body.slice(0, 300)}`);
    const r = first.value.json();
    if (!('compare_at' in r)) return NOT_YET; // a tree without the report against an earlier instant
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push((await timed(get)).ms);
    const median = percentile(
      warm.sort((a, b) => a - b),
      50,
    );
    const inPeriod = (r.new_cases_by_district as { new: number }[]).reduce((a, d) => a + d.new, 0);
    const total = r.at_to.cases.total as number,
      change = total - (r.at_compare.cases.total as number);
    return {
      text: `**${seconds(median)}** (first call ${seconds(first.ms)}) at ${at} against ${compare}: ${fmt(total)} cases (+${fmt(change)}), ${fmt(inPeriod)} new in the period over ${r.new_cases_by_district.length} districts`,
      value: median / 1000,
      numbers: { first_ms: Math.round(first.ms), median_ms: Math.round(median), at, compare },
    };
  } finally {
    await app.close();
  }
}

async function hasFunction(db: Db, name: string): Promise<boolean> {
  const [r] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_proc WHERE proname = $1', [name]);
  return r.n > 0;
}

/** Full F-level recompute at T (the tracing module's recompute_person_levels), over every exposure in the window. */
export async function fLevelsFull(db: Db, at: string): Promise<Cell> {
  if (!(await hasFunction(db, 'recompute_person_levels'))) return NOT_YET;
  const [{ total, in_window }] = await db.query<{ total: number; in_window: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE exposed_on BETWEEN vn_day($2::timestamptz) - contact_window_days($1, vn_day($2::timestamptz)) AND vn_day($2::timestamptz))::int AS in_window
       FROM exposures WHERE province_code = $1`,
    [PROVINCE, at],
  );
  const { ms } = await timed(() =>
    db.tx((tx) => tx.query('SELECT recompute_person_levels($1, $2::timestamptz)', [PROVINCE, at])),
  );
  const [{ leveled }] = await db.query<{ leveled: number }>(
    'SELECT count(*)::int AS leveled FROM person_levels WHERE province_code = $1',
    [PROVINCE],
  );
  return {
    text: `**${seconds(ms)}** at ${at}: ${fmt(total)} exposures (${fmt(in_window)} in the contact window), ${fmt(leveled)} persons with a level`,
    value: ms / 1000,
    numbers: { ms: Math.round(ms), exposures: total, in_window, leveled },
  };
}

/**
 * F-levels re-derived after one result: a tree of contacts below one person (by default 10 F1, 90 F2, 900 F3,
 * 9,000 F4: 10,000 descendants, exposed today), then one positive PCR for the root imported — the import confirms
 * the case and the tracing triggers re-derive the levels in the same transaction. The figure is that one-row
 * import; the levels are checked.
 */
export async function fLevelsOneResult(db: Db, wardCode: string, sizes: number[]): Promise<Cell> {
  if (!(await hasFunction(db, 'sync_person_levels')) || !('samples' in importKinds) || !('exposures' in importKinds))
    return NOT_YET;
  const ref = (i: number) => `FL-${String(i).padStart(5, '0')}`;
  let persons = 'person_ref,full_name,ward_code\n',
    exposures = 'source_ref,contact_ref,exposed_on,setting\n';
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  let next = 1,
    parents = [0];
  persons += `${ref(0)},Nguồn Chuỗi Lây,${wardCode}\n`;
  for (const size of sizes.slice(1)) {
    const level: number[] = [];
    for (let k = 0; k < size; k++, next++) {
      level.push(next);
      persons += `${ref(next)},Người Tiếp Xúc ${next},${wardCode}\n`;
      exposures += `${ref(parents[k % parents.length])},${ref(next)},${today},household\n`;
    }
    parents = level;
  }
  const load = async (kind: string, csv: string) => {
    const r = await importFile(db, ctx(), kind, Readable.from([csv]), { fileName: `bench-${kind}` });
    if (r.rejected.length) throw new Error(`${kind}: ${JSON.stringify(r.rejected.slice(0, 3))}`);
  };
  await load('persons', persons);
  await load('exposures', exposures);
  const taken = new Date(Date.now() - 3 * 3600_000).toISOString(),
    result = new Date(Date.now() - 60_000).toISOString();
  const { ms } = await timed(() =>
    load(
      'samples',
      `sample_ref,person_ref,taken_at,method,result,result_at\nFL-S1,${ref(0)},${taken},pcr,positive,${result}\n`,
    ),
  );
  const levels = await db.query<{ level: number; n: number }>(
    `SELECT l.level, count(*)::int AS n FROM person_levels l JOIN persons p ON p.province_code = l.province_code AND p.person_id = l.person_id
      WHERE l.province_code = $1 AND p.person_ref LIKE 'FL-%' GROUP BY l.level ORDER BY l.level`,
    [PROVINCE],
  );
  const got = levels.map((l) => `F${l.level} ${fmt(l.n)}`).join(', ');
  const ok = JSON.stringify(levels.map((l) => l.n)) === JSON.stringify(sizes);
  return {
    text: `**${seconds(ms)}** for the one-row import (${ok ? 'levels right' : 'LEVELS WRONG'}: ${got})`,
    value: ok ? ms / 1000 : undefined,
    numbers: { ms: Math.round(ms), levels },
  };
}

/** autocannon for a bounded time with 10 connections; `body(n)` makes the n-th request's body. */
async function load(
  url: string,
  secondsToRun: number,
  headers: Record<string, string>,
  body: (n: number) => unknown,
  perRequestHeaders: (n: number) => Record<string, string> = () => ({}),
): Promise<Cell> {
  let n = 0,
    firstFailure = '';
  const result = await autocannon({
    url,
    connections: 10,
    duration: secondsToRun,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (req) => {
          n++;
          return { ...req, headers: { ...req.headers, ...perRequestHeaders(n) }, body: JSON.stringify(body(n)) };
        },
        onResponse: (status, resBody) => {
          if (status >= 300 && !firstFailure) firstFailure = `${status} ${resBody.slice(0, 200)}`;
        },
      },
    ],
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > result.requests.total / 100)
    throw new Error(`${bad} of ${result.requests.total} requests failed, e.g. ${firstFailure || 'a connection error'}`);
  return {
    text: `**${fmt(Math.round(result.requests.average))} req/s**, p99 **${result.latency.p99} ms** (${fmt(result.requests.total)} requests in ${secondsToRun} s, ${bad} failed)`,
    value: result.requests.average,
    numbers: {
      rps: result.requests.average,
      p99_ms: result.latency.p99,
      p50_ms: result.latency.p50,
      total: result.requests.total,
      failed: bad,
    },
  };
}

/**
 * POST throughput against the real server (`phongdich serve` in its own process, logging as in production):
 * registering persons with an API token, a new person each request.
 */
export async function personPosts(engine: Engine, wardCode: string, secondsToRun: number): Promise<Cell> {
  const token = await withDb(engine, async (db) => {
    const password = randomBytes(12).toString('base64url');
    await createUser(db, ctx(), {
      username: 'bench-api',
      display_name: 'Bench',
      role: 'province_admin',
      scope_level: 'province',
      scope_code: PROVINCE,
      password,
    });
    const [{ user_id }] = await db.query<{ user_id: number }>('SELECT user_id FROM users WHERE username = $1', [
      'bench-api',
    ]);
    return (await createApiToken(db, { ...ctx(), userId: user_id }, 'bench')).token as string;
  });
  const phone = (n: number) => `09${String(10_000_000 + n).slice(-8)}`;
  return withServer(engine, {}, (base) =>
    load(`${base}/api/v1/persons`, secondsToRun, { authorization: `Bearer ${token}` }, (n) => ({
      person_ref: `AC-${n}`,
      full_name: 'Trần Thị Bích Thử',
      birth_year: 1990,
      phone: phone(n),
      ward_code: wardCode,
    })),
  );
}

/** Public declarations from a checkpoint's QR form (bench/declarations.ts) on a fresh database of its own. */
export async function declarationPosts(name: EngineName, secondsToRun: number, smoke: boolean): Promise<Cell> {
  const engine = await freshEngine(name, DECLARATION_PROVINCE);
  try {
    const r = await declarationPost(engine, secondsToRun, 32, smoke ? { persons: 200, history: 500 } : undefined);
    if (r.failed) throw new Error(`${r.failed} of ${r.total} declarations failed`);
    const cpu = r.cpu_ms_per_request;
    return {
      text:
        `**${fmt(r.rps)} req/s**, p99 **${r.p99_ms} ms** (${fmt(r.total)} in ${r.seconds} s, 32 connections, 0 failed; ` +
        `CPU per request: server ${cpu.server} ms${cpu.postgres !== null ? `, PostgreSQL ${cpu.postgres} ms` : ''}; GET /health ${fmt(r.baseline.rps)} req/s)`,
      value: r.rps,
      numbers: { rps: r.rps, p99_ms: r.p99_ms, p50_ms: r.p50_ms, total: r.total, failed: r.failed, cpu },
    };
  } finally {
    await engine.drop();
  }
}
