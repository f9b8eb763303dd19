// What a declaration from inside the province adds (issue 20): zoning_outbreak (src/zoning/outbreak.sql), the one
// ward and district, one day judgement entry_declare makes for such an origin, timed for every ward and every district
// of the generated province on a 4800/QĐ-BYT day (rate × coverage: the costly kind, where no decision settles it) and
// on a 2686/QĐ-BCĐQG day (assessed), and on the wave's peak under rate × coverage, beside zoning_levels for the whole province on that day (what asking the levels
// per declaration would cost) and entry_outbreak_area (the hand-kept list, what an origin outside the province costs).
// Each origin is judged 20 times in one statement on the same connection (plans kept, as in the server), averaged.
//
//   DATABASE_URL=postgres://user@host:port/postgres npx tsx bench/outbreak.ts [--people 300000] [--engines postgres]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemCtx } from '../src/shared/context.ts';
import { writeDemo } from '../src/demo/generate.ts';
import { importDemoDir } from '../src/app/demo.ts';
import type { Db } from '../src/db/connection.ts';
import { putRuleSet } from '../src/rules/service.ts';
import { fmt, freshEngine, percentile, timed, withDb, type EngineName } from './lib.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const PEOPLE = Number(arg('people') ?? 300_000);
const ENGINES = (arg('engines')?.split(',') ?? [
  'pglite',
  ...(process.env.DATABASE_URL ? ['postgres'] : []),
]) as EngineName[];
const P = '93';
const ctx = systemCtx(P, 'bench', 'vi');
// The wave's peak (10/8) is in the "assessed" period, so it is judged again with the 4800/QĐ-BYT rule put in force
// from 1/8 by a province rule set: every ward and district without a decision is then computed, many in the top bands.
const DAYS: [string, string][] = [
  ['assessed', '2021-08-10'],
  ['rate_matrix', '2021-10-12'],
  ['rate_matrix_peak', '2021-08-10'],
];
const REPEAT = 20;

/** Milliseconds per call of `call` (SQL over $1 = province, $2 = day, $3 = district, $4 = ward), REPEAT calls. */
async function perCall(db: Db, call: string, args: unknown[]): Promise<number> {
  const t = await timed(() =>
    db.query(`SELECT count(*) FROM generate_series(1, ${REPEAT}) g, LATERAL ${call} x`, args),
  );
  return t.ms / REPEAT;
}

const dir = mkdtempSync(join(tmpdir(), 'phongdich-bench-outbreak-'));
const results: Record<string, unknown>[] = [];
try {
  const generated = writeDemo(dir, { people: PEOPLE, province: P });
  for (const name of ENGINES) {
    const engine = await freshEngine(name, P);
    try {
      await withDb(engine, async (db) => {
        const load = await importDemoDir(db, ctx, dir);
        if (load.imports.some((i) => i.rejected)) throw new Error('demo rows rejected');
        await db.query('ANALYZE');
        const units = await db.query<{ code: string; level: string; parent_code: string }>(
          `SELECT code, level, parent_code FROM admin_units WHERE province_code = $1 AND geography = '2024'
              AND level IN ('ward', 'district') ORDER BY code`,
          [P],
        );
        for (const [kind, day] of DAYS) {
          if (kind === 'rate_matrix_peak') {
            const [set] = await db.query<{ rules: Record<string, unknown> }>(
              `SELECT rules FROM rule_sets WHERE province_code = $1 AND effective_from = '2021-10-11'`,
              [P],
            );
            await putRuleSet(db, ctx, {
              effective_from: '2021-08-01',
              name: 'bench',
              basis: null,
              rules: set.rules as never,
            });
          }
          const levels = new Map(
            (
              await db.query<{ unit_code: string; rate: number | null; level: number | null; decided: boolean }>(
                `SELECT unit_code, rate_per_100k AS rate, level, decision_from IS NOT NULL AS decided
                   FROM zoning_levels($1, $2::date, $2::date)`,
                [P, day],
              )
            ).map((l) => [l.unit_code, `${l.level ?? '-'}${l.decided ? ' decided' : ` (${l.rate ?? '-'}/100k)`}`]),
          );
          const whole = await timed(() =>
            db.query(`SELECT count(*) FROM zoning_levels($1, $2::date, $2::date)`, [P, day]),
          );
          const times: { ms: number; code: string; judged: string; levels: string }[] = [];
          for (const u of units) {
            const [district, ward] = u.level === 'ward' ? [u.parent_code, u.code] : [u.code, null];
            const args = [P, day, district, ward];
            await perCall(db, 'zoning_outbreak($1, $2::date, $3, $4)', args); // first: plans
            const ms = await perCall(db, 'zoning_outbreak($1, $2::date, $3, $4)', args);
            const [j] = await db.query<{ u: string; l: number | null; m: string | null }>(
              `SELECT judged_unit AS u, judged_level AS l, judged_measure AS m FROM zoning_outbreak($1, $2::date, $3, $4)`,
              args,
            );
            times.push({
              ms,
              code: u.code,
              judged: j ? `${j.u} ${j.m ?? 'level ' + j.l}` : 'no',
              levels: `ward ${ward ? levels.get(ward) : '-'}, district ${levels.get(district)}`,
            });
          }
          const sorted = times.map((x) => x.ms).sort((a, b) => a - b);
          const outside = await perCall(db, `(SELECT entry_outbreak_area($1, $2::date, 'VN', '79', $3, $4) AS a)`, [
            P,
            day,
            '760',
            '26734',
          ]);
          results.push({
            engine: name,
            day,
            kind,
            people: PEOPLE,
            cases: generated.rows.cases,
            doses: generated.rows.vaccinations,
            origins: times.length,
            outbreak: times.filter((x) => x.judged !== 'no').length,
            zoning_outbreak_ms: {
              median: +percentile(sorted, 50).toFixed(3),
              p90: +percentile(sorted, 90).toFixed(3),
              max: +sorted.at(-1)!.toFixed(3),
            },
            slowest: times.sort((a, b) => b.ms - a.ms).slice(0, 3),
            vaccinations_import_ms: load.imports.find((i) => i.kind === 'vaccinations')?.ms,
            hand_kept_list_ms: +outside.toFixed(3),
            zoning_levels_whole_province_ms: Math.round(whole.ms),
          });
        }
      });
    } finally {
      await engine.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(results, null, 2));
for (const r of results)
  console.log(
    `${r.engine} ${r.kind} ${r.day}: ${fmt(r.people as number)} persons, ${r.origins} origins (${r.outbreak} outbreak): ` +
      `zoning_outbreak ${JSON.stringify(r.zoning_outbreak_ms)} ms per call; hand-kept list ${r.hand_kept_list_ms} ms; ` +
      `zoning_levels for the province ${r.zoning_levels_whole_province_ms} ms`,
  );
