// Entry-control figures for reports, computed from records as of a cut-off instant T (time ≤ T), or over a
// period P < time ≤ T when `since` is given. Restricted to the actor's jurisdiction like every list. "From outbreak
// areas" counts what was judged when each record was stored (a hand-kept area outside the province, zoning inside).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import type { EntryCounts } from './schemas.ts';
import { FROM_OUTBREAK } from './followups.ts';

export interface Cutoff {
  at: Date | string;
  since?: Date | string | null;
}
const window = (col: string) => `${col} <= $2::timestamptz AND ($3::timestamptz IS NULL OR ${col} > $3::timestamptz)`;
const params = (ctx: Ctx, c: Cutoff) => [ctx.province, c.at, c.since ?? null, scopeParam(ctx)];
const byKey = <K extends string, T extends Record<K, unknown>>(rows: T[], key: K): Record<string, Omit<T, K>> =>
  Object.fromEntries(
    rows.map((r) => {
      const { [key]: k, ...rest } = r;
      return [String(k), rest as Omit<T, K>];
    }),
  );

export interface CrossingTally {
  entries: number;
  exits: number;
  allowed: number;
  quarantine: number;
  turned_back: number;
  rapid_tests: number;
}

/** Declarations: total, from outbreak areas, by channel and by checkpoint (seed 004: 172,356 / 9,504 at 5 checkpoints). */
export async function countDeclarations(db: Db, ctx: Ctx, c: Cutoff) {
  const rows = await db.query<{
    checkpoint_code: string | null;
    channel: string;
    total: number;
    from_outbreak_areas: number;
  }>(
    `SELECT d.checkpoint_code, d.channel, count(*)::int AS total, count(*) FILTER (WHERE ${FROM_OUTBREAK('d')})::int AS from_outbreak_areas
       FROM declarations d
       LEFT JOIN checkpoints cp ON cp.province_code = d.province_code AND cp.checkpoint_code = d.checkpoint_code
       LEFT JOIN accommodations ac ON ac.province_code = d.province_code AND ac.accommodation_code = d.accommodation_code
      WHERE d.province_code = $1 AND ${window('d.declared_at')}
        AND ($4::text[] IS NULL OR COALESCE(cp.ward_code, ac.ward_code) = ANY($4::text[]) OR d.to_ward_code = ANY($4::text[]))
      GROUP BY 1, 2 ORDER BY 1, 2`,
    params(ctx, c),
  );
  const sum = (rs: typeof rows, k: 'total' | 'from_outbreak_areas') => rs.reduce((s, r) => s + r[k], 0);
  const group = (key: 'checkpoint_code' | 'channel') => {
    const m = new Map<string, typeof rows>();
    for (const r of rows) if (r[key] !== null) m.set(r[key]!, [...(m.get(r[key]!) ?? []), r]);
    return Object.fromEntries(
      [...m].map(([k, rs]) => [k, { total: sum(rs, 'total'), from_outbreak_areas: sum(rs, 'from_outbreak_areas') }]),
    );
  };
  return {
    total: sum(rows, 'total'),
    from_outbreak_areas: sum(rows, 'from_outbreak_areas'),
    by_channel: group('channel'),
    by_checkpoint: group('checkpoint_code'),
  };
}

/** Crossings: entries by mode (seed 004: air 23, road 8,107), by decision, by checkpoint and by day. */
export async function countCrossings(db: Db, ctx: Ctx, c: Cutoff) {
  const base = `FROM crossings x JOIN checkpoints cp ON cp.province_code = x.province_code AND cp.checkpoint_code = x.checkpoint_code
      WHERE x.province_code = $1 AND ${window('x.crossed_at')} AND ($4::text[] IS NULL OR cp.ward_code = ANY($4::text[]))`;
  const [totals] = await db.query<{
    entries: number;
    exits: number;
    entries_from_outbreak_areas: number;
    rapid_tests: number;
    rapid_positive: number;
  }>(
    `SELECT count(*) FILTER (WHERE x.direction = 'in')::int AS entries, count(*) FILTER (WHERE x.direction = 'out')::int AS exits,
            count(*) FILTER (WHERE x.direction = 'in' AND ${FROM_OUTBREAK('x')})::int AS entries_from_outbreak_areas,
            count(x.rapid_test)::int AS rapid_tests, count(*) FILTER (WHERE x.rapid_test = 'positive')::int AS rapid_positive ${base}`,
    params(ctx, c),
  );
  const grouped = <K extends string>(expr: string, name: K) =>
    db.query<CrossingTally & Record<K, string>>(
      `SELECT ${expr} AS ${name}, count(*) FILTER (WHERE x.direction = 'in')::int AS entries, count(*) FILTER (WHERE x.direction = 'out')::int AS exits,
            count(*) FILTER (WHERE x.decision = 'allowed')::int AS allowed, count(*) FILTER (WHERE x.decision = 'quarantine')::int AS quarantine,
            count(*) FILTER (WHERE x.decision = 'turned_back')::int AS turned_back, count(x.rapid_test)::int AS rapid_tests
       ${base} GROUP BY 1 ORDER BY 1`,
      params(ctx, c),
    );
  const [byMode, byCheckpoint, byDay] = [
    await grouped('x.mode', 'mode'),
    await grouped('x.checkpoint_code', 'checkpoint_code'),
    await grouped(`to_char((x.crossed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD')`, 'day'),
  ];
  const [byDecision] = await db.query<{ allowed: number; quarantine: number; turned_back: number }>(
    `SELECT count(*) FILTER (WHERE x.decision = 'allowed')::int AS allowed, count(*) FILTER (WHERE x.decision = 'quarantine')::int AS quarantine,
            count(*) FILTER (WHERE x.decision = 'turned_back')::int AS turned_back ${base}`,
    params(ctx, c),
  );
  return {
    ...totals,
    by_decision: byDecision,
    by_mode: byKey(byMode, 'mode'),
    by_checkpoint: byKey(byCheckpoint, 'checkpoint_code'),
    by_day: byKey(byDay, 'day'),
  };
}

/** Incidents by kind: cases and people (seed 004: 31 illegal entries / 107 people), also by border. */
export async function countIncidents(db: Db, ctx: Ctx, c: Cutoff) {
  const rows = await db.query<{ kind: string; border: string | null; cases: number; people: number }>(
    `SELECT kind, border, count(*)::int AS cases, sum(people)::int AS people FROM entry_incidents i
      WHERE province_code = $1 AND ${window('i.occurred_at')}
        AND ($4::text[] IS NULL OR i.ward_code = ANY($4::text[]))
      GROUP BY 1, 2 ORDER BY 1, 2`,
    params(ctx, c),
  );
  const out: Record<
    string,
    { cases: number; people: number; by_border: Record<string, { cases: number; people: number }> }
  > = {};
  for (const r of rows) {
    const k = (out[r.kind] ??= { cases: 0, people: 0, by_border: {} });
    k.cases += r.cases;
    k.people += r.people;
    if (r.border) k.by_border[r.border] = { cases: r.cases, people: r.people };
  }
  return out;
}

/** Violations by kind with fines (seed 004: false declaration 27, no mask 30, escaped quarantine 11, online 15). */
export async function countViolations(db: Db, ctx: Ctx, c: Cutoff) {
  const rows = await db.query<{ kind: string; count: number; fined: number; fines_vnd: number }>(
    `SELECT kind, count(*)::int AS count, count(fine_vnd) FILTER (WHERE fine_vnd > 0)::int AS fined, COALESCE(sum(fine_vnd), 0)::bigint AS fines_vnd
       FROM entry_violations v WHERE province_code = $1 AND ${window('v.occurred_at')}
        AND ($4::text[] IS NULL OR v.ward_code = ANY($4::text[]))
      GROUP BY 1 ORDER BY 1`,
    params(ctx, c),
  );
  return byKey(rows, 'kind') as Record<string, { count: number; fined: number; fines_vnd: number }>;
}

/**
 * Checkpoints and border posts operating at T by kind, mobility and border, and the staff on shifts covering T
 * by force (seed 004: 76 teams, 57 fixed and 19 mobile, 505 people; VN–Laos 65, VN–China 11).
 */
export async function countCheckpoints(db: Db, ctx: Ctx, c: Pick<Cutoff, 'at'>) {
  const p = [ctx.province, c.at, scopeParam(ctx)];
  const open = `c.province_code = $1 AND (c.active_from IS NULL OR c.active_from <= ($2::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
      AND (c.active_to IS NULL OR c.active_to >= ($2::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AND ($3::text[] IS NULL OR c.ward_code = ANY($3::text[]))`;
  const sites = await db.query<EntryCounts['checkpoints']['by_kind'][number]>(
    `SELECT c.kind, c.mobility, c.border, count(*)::int AS sites,
            COALESCE(sum((SELECT sum(s.staff) FROM checkpoint_shifts s WHERE s.province_code = c.province_code
                           AND s.checkpoint_code = c.checkpoint_code AND s.starts_at <= $2 AND s.ends_at > $2)), 0)::int AS staff
       FROM checkpoints c WHERE ${open} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    p,
  );
  const staff = await db.query<{ force: string; staff: number }>(
    `SELECT s.force, sum(s.staff)::int AS staff FROM checkpoint_shifts s
       JOIN checkpoints c ON c.province_code = s.province_code AND c.checkpoint_code = s.checkpoint_code
      WHERE ${open} AND s.starts_at <= $2 AND s.ends_at > $2 GROUP BY 1 ORDER BY 1`,
    p,
  );
  return {
    sites: sites.reduce((s, r) => s + r.sites, 0),
    staff: sites.reduce((s, r) => s + r.staff, 0),
    by_kind: sites,
    staff_by_force: Object.fromEntries(staff.map((r) => [r.force, r.staff])),
  };
}

/** Every entry figure at T: what a report engine asks for. */
export async function entryCounts(db: Db, ctx: Ctx, c: { at: string; since?: string }): Promise<EntryCounts> {
  return {
    at: c.at,
    since: c.since ?? null,
    checkpoints: await countCheckpoints(db, ctx, c),
    declarations: await countDeclarations(db, ctx, c),
    crossings: await countCrossings(db, ctx, c),
    incidents: await countIncidents(db, ctx, c),
    violations: await countViolations(db, ctx, c),
  };
}
