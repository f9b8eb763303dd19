// Risk zoning: levels of every ward, district and the province for a day or a run of days (zoning_levels(), one
// set-based query: src/zoning/levels.sql), and the decisions and measures behind them. Zoning is public
// information: any reader sees the whole province; decisions and measures are written only for units wholly inside
// the writer's jurisdiction (a district officer: its district and wards; the province itself: province users).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import type {
  LevelCounts,
  ZoningDays,
  ZoningDecision,
  ZoningDecisionInput,
  ZoningMeasure,
  ZoningMeasureInput,
  ZoningReport,
  ZoningUnit,
} from './schemas.ts';

type Tier = 'province' | 'district' | 'ward';

/** SQL: the province's units in its geography ($1 = province): code, tier, name, parent_code. */
export const UNITS = `(SELECT u.code, u.level AS tier, u.full_name AS name, u.parent_code
    FROM admin_units u JOIN provinces p ON p.province_code = u.province_code AND p.geography = u.geography
   WHERE u.province_code = $1)`;

/** At most this many days in one listZoningDays answer (a quarter). */
export const MAX_DAYS = 92;
/** A report and its comparison day at most this many days apart are computed in one call (bench/README.md). */
export const RANGE_DAYS = 14;

interface UnitRow {
  tier: Tier;
  unit_code: string;
  name: string;
  rule_from: string | null;
  method: 'rate_matrix' | 'assessed';
  community_cases: number;
  population: number | null;
  rate_per_100k: number | null;
  coverage_dose1_18plus_pct: number | null;
  coverage_full_50plus_pct: number | null;
  coverage_met: boolean;
  computed_level: number | null;
  level: number | null;
  decision_number: string | null;
  decision_from: string | null;
  reason: string | null;
  measures: ZoningUnit['measures'];
}

/**
 * Every unit on each of `days` (at most a few): one zoning_levels() call over the days from the first to the last
 * when they are at most RANGE_DAYS apart, else one call per day. Its coverage part costs the same for one day or a
 * run of days (a sum over the year's counts up to the last), the rest grows with the days computed in between.
 */
async function unitsOn(db: Db, ctx: Ctx, days: string[]): Promise<Map<string, UnitRow[]>> {
  const sorted = [...new Set(days)].sort();
  const span = (Date.parse(sorted.at(-1)!) - Date.parse(sorted[0])) / 86_400_000;
  const calls = span <= RANGE_DAYS ? [sorted] : sorted.map((d) => [d]);
  const byDay = new Map<string, UnitRow[]>(sorted.map((d) => [d, []]));
  for (const call of calls) {
    const rows = await db.query<UnitRow & { day: string }>(
      `WITH u AS ${UNITS},
       d AS (SELECT unnest($2::date[]) AS day),
       m AS (
         SELECT d.day, u.code, array_agg(DISTINCT m.measure ORDER BY m.measure) AS measures
           FROM d CROSS JOIN u JOIN zoning_measures m ON m.province_code = $1 AND m.unit_code IN (u.code, u.parent_code, $1)
            AND m.from_date <= d.day AND (m.to_date IS NULL OR m.to_date >= d.day)
          GROUP BY d.day, u.code)
       SELECT z.day, z.tier, z.unit_code, u.name, z.rule_from, z.method, z.community_cases, z.population, z.rate_per_100k,
              z.coverage_dose1_18plus_pct, z.coverage_full_50plus_pct, z.coverage_met, z.computed_level, z.level,
              z.decision_number, z.decision_from, z.reason, COALESCE(m.measures, '{}') AS measures
         FROM zoning_levels($1, $3::date, $4::date) z
         JOIN d ON d.day = z.day
         JOIN u ON u.code = z.unit_code AND u.tier = z.tier
         LEFT JOIN m ON m.day = z.day AND m.code = z.unit_code
        ORDER BY z.unit_code`,
      [ctx.province, call, call[0], call.at(-1)],
    );
    for (const { day, ...r } of rows) byDay.get(day)!.push(r);
  }
  return byDay;
}

function unit(r: UnitRow): ZoningUnit {
  return {
    unit_code: r.unit_code,
    name: r.name,
    level: r.level,
    computed_level: r.computed_level,
    source: r.decision_from ? 'decision' : 'computed',
    decision: r.decision_from
      ? { decision_number: r.decision_number, from_date: r.decision_from, reason: r.reason }
      : null,
    community_cases_7d: r.community_cases,
    population: r.population,
    rate_per_100k: r.rate_per_100k,
    coverage_dose1_18plus_pct: r.coverage_dose1_18plus_pct,
    coverage_full_50plus_pct: r.coverage_full_50plus_pct,
    coverage_met: r.coverage_met,
    measures: r.measures,
  };
}

/** Units by level (a null level is not counted). */
export function countLevels(levels: (number | null)[]): LevelCounts {
  const c: LevelCounts = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const l of levels) if (l !== null) c[l as 1 | 2 | 3 | 4] += 1;
  return c;
}

interface Snapshot {
  rows: UnitRow[];
  province: UnitRow;
  districts: UnitRow[];
  wards: UnitRow[];
}
function snapshot(rows: UnitRow[], day: string): Snapshot {
  const province = rows.find((r) => r.tier === 'province');
  if (!province) throw notFound(thing('rule_set', day));
  return {
    rows,
    province,
    districts: rows.filter((r) => r.tier === 'district'),
    wards: rows.filter((r) => r.tier === 'ward'),
  };
}
const counts = (s: Snapshot) => ({
  districts: countLevels(s.districts.map((r) => r.level)),
  wards: countLevels(s.wards.map((r) => r.level)),
});

/** The zoning report of docs/contracts/zoning.md: every unit on `at`, and what changed since `compare`. */
export async function zoningReport(db: Db, ctx: Ctx, at: string, compare?: string | null): Promise<ZoningReport> {
  const byDay = await unitsOn(db, ctx, compare ? [at, compare] : [at]);
  const now = snapshot(byDay.get(at)!, at);
  const then = compare ? snapshot(byDay.get(compare)!, compare) : null;
  const changed: ZoningReport['changed'] = [];
  if (then) {
    const before = new Map(then.rows.map((r) => [`${r.tier}:${r.unit_code}`, r.level]));
    for (const r of [now.province, ...now.districts, ...now.wards]) {
      const from = before.get(`${r.tier}:${r.unit_code}`) ?? null;
      if (from !== r.level) changed.push({ unit_code: r.unit_code, tier: r.tier, from, to: r.level });
    }
  }
  return {
    province_code: ctx.province,
    at,
    compare_at: compare ?? null,
    rule_set: { effective_from: now.province.rule_from, method: now.province.method },
    province: unit(now.province),
    districts: now.districts.map(unit),
    wards: now.wards.map(unit),
    counts: counts(now),
    counts_compare: then ? counts(then) : null,
    changed,
  };
}

/** Every day's levels of every ward and district from `from` to `to` (the map's slider), in one query. */
export async function zoningDays(db: Db, ctx: Ctx, from: string, to: string): Promise<ZoningDays> {
  if (to < from) throw invalid('to', 'to_before_from', { from, to });
  const n = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (n > MAX_DAYS) throw invalid('to', 'too_many_days', { max: MAX_DAYS });
  const rows = await db.query<{ day: string; tier: Tier; unit_code: string; level: number | null }>(
    `SELECT day, tier, unit_code, level FROM zoning_levels($1, $2::date, $3::date) WHERE tier <> 'province'
      ORDER BY unit_code, day`,
    [ctx.province, from, to],
  );
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const byUnit = (tier: Tier) => {
    const units = new Map<string, (number | null)[]>();
    for (const r of rows.filter((x) => x.tier === tier)) {
      const levels = units.get(r.unit_code) ?? units.set(r.unit_code, Array(days.length).fill(null)).get(r.unit_code)!;
      levels[index.get(r.day)!] = r.level;
    }
    return [...units].map(([unit_code, levels]) => ({ unit_code, levels }));
  };
  const wards = byUnit('ward'),
    districts = byUnit('district');
  return {
    from,
    to,
    days,
    wards,
    districts,
    counts: days.map((day, i) => ({
      day,
      wards: countLevels(wards.map((w) => w.levels[i])),
      districts: countLevels(districts.map((d) => d.levels[i])),
    })),
  };
}

/** The unit's tier, or 400 naming unit_code when it is not a unit of the province. */
async function unitTier(db: Db, ctx: Ctx, code: string): Promise<Tier> {
  const [u] = await db.query<{ tier: Tier }>(`SELECT tier FROM ${UNITS} u WHERE u.code = $2`, [ctx.province, code]);
  if (!u) throw invalid('unit_code', 'unknown_unit', { value: code });
  return u.tier;
}

/** A decision or measure may be written only for a unit wholly inside the writer's jurisdiction. */
async function requireUnitInScope(db: Db, ctx: Ctx, code: string): Promise<void> {
  const tier = await unitTier(db, ctx, code);
  if (ctx.wards === null) return;
  const wards =
    tier === 'ward'
      ? [code]
      : tier === 'district'
        ? (
            await db.query<{ code: string }>(`SELECT code FROM ${UNITS} u WHERE u.parent_code = $2`, [
              ctx.province,
              code,
            ])
          ).map((w) => w.code)
        : [];
  if (!wards.length || wards.some((w) => !ctx.wards!.includes(w)))
    throw new AppError(403, 'out_of_scope', { value: code });
}

function checkDates(r: { from_date: string; to_date: string | null }) {
  if (r.to_date !== null && r.to_date < r.from_date)
    throw invalid('to_date', 'to_before_from', { from: r.from_date, to: r.to_date });
}

const DECISION_COLUMNS = `d.unit_code, u.name AS unit_name, u.tier, d.level::int AS level, d.from_date, d.to_date,
  d.decision_number, d.reason`;

export async function listZoningDecisions(
  db: Db,
  ctx: Ctx,
  f: { unit_code?: string; at?: string },
): Promise<ZoningDecision[]> {
  return db.query<ZoningDecision>(
    `SELECT ${DECISION_COLUMNS} FROM zoning_decisions d JOIN ${UNITS} u ON u.code = d.unit_code
      WHERE d.province_code = $1 AND ($2::text IS NULL OR d.unit_code = $2)
        AND ($3::date IS NULL OR (d.from_date <= $3 AND (d.to_date IS NULL OR d.to_date >= $3)))
      ORDER BY d.unit_code, d.from_date`,
    [ctx.province, f.unit_code || null, f.at || null],
  );
}

export async function createZoningDecision(db: Db, ctx: Ctx, input: ZoningDecisionInput): Promise<ZoningDecision> {
  checkDates(input);
  await requireUnitInScope(db, ctx, input.unit_code);
  return db.tx(async (tx) => {
    const [row] = await tx.query<{ unit_code: string }>(
      `INSERT INTO zoning_decisions (province_code, unit_code, from_date, level, to_date, decision_number, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING unit_code`,
      [
        ctx.province,
        input.unit_code,
        input.from_date,
        input.level,
        input.to_date,
        input.decision_number,
        input.reason,
        ctx.actor,
      ],
    );
    if (!row)
      throw new AppError(409, 'zoning_decision_exists', { unit: input.unit_code, date: input.from_date }, 'from_date');
    const [after] = await tx.query<ZoningDecision>(
      `SELECT ${DECISION_COLUMNS} FROM zoning_decisions d JOIN ${UNITS} u ON u.code = d.unit_code
        WHERE d.province_code = $1 AND d.unit_code = $2 AND d.from_date = $3`,
      [ctx.province, input.unit_code, input.from_date],
    );
    await audit(tx, ctx, 'insert', 'zoning_decision', `${input.unit_code}/${input.from_date}`, null, after);
    return after;
  });
}

export async function deleteZoningDecision(db: Db, ctx: Ctx, unitCode: string, fromDate: string): Promise<void> {
  await requireUnitInScope(db, ctx, unitCode);
  await db.tx(async (tx) => {
    const [before] = await tx.query(
      `DELETE FROM zoning_decisions WHERE province_code = $1 AND unit_code = $2 AND from_date = $3
       RETURNING unit_code, level, from_date, to_date, decision_number, reason`,
      [ctx.province, unitCode, fromDate],
    );
    if (!before) throw notFound(thing('zoning_decision', `${unitCode}/${fromDate}`));
    await audit(tx, ctx, 'delete', 'zoning_decision', `${unitCode}/${fromDate}`, before, null);
  });
}

const MEASURE_COLUMNS = `m.unit_code, u.name AS unit_name, u.tier, m.measure, m.from_date, m.to_date, m.decision_number,
  m.note`;

export async function listZoningMeasures(
  db: Db,
  ctx: Ctx,
  f: { unit_code?: string; at?: string; from?: string; to?: string },
): Promise<ZoningMeasure[]> {
  // in force on `at`, and/or on some day of from..to
  return db.query<ZoningMeasure>(
    `SELECT ${MEASURE_COLUMNS} FROM zoning_measures m JOIN ${UNITS} u ON u.code = m.unit_code
      WHERE m.province_code = $1 AND ($2::text IS NULL OR m.unit_code = $2)
        AND ($3::date IS NULL OR (m.from_date <= $3 AND (m.to_date IS NULL OR m.to_date >= $3)))
        AND ($4::date IS NULL OR ((m.to_date IS NULL OR m.to_date >= $4) AND m.from_date <= $5::date))
      ORDER BY m.unit_code, m.measure, m.from_date`,
    [ctx.province, f.unit_code || null, f.at || null, f.from ?? null, f.to ?? null],
  );
}

export async function createZoningMeasure(db: Db, ctx: Ctx, input: ZoningMeasureInput): Promise<ZoningMeasure> {
  checkDates(input);
  await requireUnitInScope(db, ctx, input.unit_code);
  return db.tx(async (tx) => {
    const [row] = await tx.query<{ unit_code: string }>(
      `INSERT INTO zoning_measures (province_code, unit_code, measure, from_date, to_date, decision_number, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING unit_code`,
      [
        ctx.province,
        input.unit_code,
        input.measure,
        input.from_date,
        input.to_date,
        input.decision_number,
        input.note,
        ctx.actor,
      ],
    );
    const key = `${input.unit_code}/${input.measure}/${input.from_date}`;
    if (!row)
      throw new AppError(
        409,
        'zoning_measure_exists',
        { unit: input.unit_code, measure: input.measure, date: input.from_date },
        'from_date',
      );
    const [after] = await tx.query<ZoningMeasure>(
      `SELECT ${MEASURE_COLUMNS} FROM zoning_measures m JOIN ${UNITS} u ON u.code = m.unit_code
        WHERE m.province_code = $1 AND m.unit_code = $2 AND m.measure = $3 AND m.from_date = $4`,
      [ctx.province, input.unit_code, input.measure, input.from_date],
    );
    await audit(tx, ctx, 'insert', 'zoning_measure', key, null, after);
    return after;
  });
}

export async function deleteZoningMeasure(
  db: Db,
  ctx: Ctx,
  unitCode: string,
  measure: string,
  fromDate: string,
): Promise<void> {
  await requireUnitInScope(db, ctx, unitCode);
  const key = `${unitCode}/${measure}/${fromDate}`;
  await db.tx(async (tx) => {
    const [before] = await tx.query(
      `DELETE FROM zoning_measures WHERE province_code = $1 AND unit_code = $2 AND measure = $3 AND from_date = $4
       RETURNING unit_code, measure, from_date, to_date, decision_number, note`,
      [ctx.province, unitCode, measure, fromDate],
    );
    if (!before) throw notFound(thing('zoning_measure', key));
    await audit(tx, ctx, 'delete', 'zoning_measure', key, before, null);
  });
}
