// Arrival cohorts (docs/contracts/period-report.md; seed 004: "từ Hà Nội về từ 20/7: 2.941 người, đang quản lý 1.564,
// lấy mẫu 1.237 âm tính, cách ly tập trung 142, tại nhà 701, tự theo dõi 721"): the persons who arrived from an origin
// since a day, and at T how many are in quarantine by kind, sampled since they arrived, and by their latest result.
//
// An arrival is a crossing into the province (direction in, not turned back: a traveller sent back did not arrive)
// or a declaration, whose origin is a ward, district or the province CODE (from_province, which every stored origin
// carries: src/entry/origin.ts fills it from a ward or district), or any foreign country for `abroad`; its time is
// on or after the start of D (Viet Nam) and ≤ T. One traveller counts once: a registered person by the person (the
// crossing's, else its declaration's); a declaration not matched to a person by itself, and a crossing that shows
// such a declaration as that declaration; a crossing of nobody known by itself.
//
// Jurisdiction: a district or commune user counts the arrivals that concern its wards — the checkpoint or
// accommodation the record was made at (as the entry lists are scoped), the ward of destination (as declarations
// are), or the person's ward of residence (as every person's record is).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { parseDate, parseInstant, toVnIso } from '../shared/time.ts';
import { scopeParam } from '../auth/scope.ts';
import { knownArea } from './origin.ts';
import { tenantGeography } from './followups.ts';
import type { CohortFigures } from './schemas.ts';

export interface CohortQuery {
  origin?: string;
  since?: string;
  at?: string;
}

/** Checks the query; each error names its parameter. */
export async function cohortParams(db: Db, ctx: Ctx, q: CohortQuery) {
  for (const field of ['origin', 'since', 'at'] as const)
    if (!q[field]?.trim()) throw invalid(field, 'param_required', { field });
  const origin = q.origin!.trim();
  if (origin !== 'abroad' && !knownArea('province', origin, await tenantGeography(db, ctx)))
    throw invalid('origin', 'cohort_unknown_origin', { value: origin });
  const since = parseDate(q.since!.trim());
  if (!since || !/^\d{4}-\d{2}-\d{2}$/.test(q.since!.trim()))
    throw invalid('since', 'param_bad_date', { field: 'since', value: q.since! });
  const at = parseInstant(q.at!.trim());
  if (!at) throw invalid('at', 'param_bad_instant', { field: 'at', value: q.at! });
  const sinceStart = new Date(`${since}T00:00:00+07:00`);
  if (sinceStart > at) throw invalid('since', 'cohort_since_after_at', { since, at: toVnIso(at) });
  return { origin, since, sinceStart, at };
}

// $1 province, $2 origin (a province code or 'abroad'), $3 the start of D, $4 T, $5 the actor's wards (null: all).
const ORIGIN = (t: string) =>
  `(CASE WHEN $2::text = 'abroad' THEN ${t}.from_country <> 'VN' ELSE ${t}.from_country = 'VN' AND ${t}.from_province = $2::text END)`;
const COHORT_SQL = `
WITH arrivals AS (
  SELECT pe.person_id,
         CASE WHEN pe.person_id IS NOT NULL THEN 'p' || pe.person_id
              WHEN x.declaration_id IS NOT NULL THEN 'd' || x.declaration_id ELSE 'x' || x.crossing_id END AS who,
         x.crossed_at AS at
    FROM crossings x
    JOIN checkpoints c ON c.province_code = x.province_code AND c.checkpoint_code = x.checkpoint_code
    LEFT JOIN declarations d ON d.province_code = x.province_code AND d.declaration_id = x.declaration_id
    LEFT JOIN persons pe ON pe.province_code = x.province_code AND pe.person_id = COALESCE(x.person_id, d.person_id)
   WHERE x.province_code = $1 AND x.direction = 'in' AND x.decision <> 'turned_back'
     AND x.crossed_at >= $3 AND x.crossed_at <= $4 AND ${ORIGIN('x')}
     AND ($5::text[] IS NULL OR c.ward_code = ANY($5::text[]) OR x.to_ward_code = ANY($5::text[])
          OR pe.ward_code = ANY($5::text[]))
  UNION ALL
  SELECT pe.person_id, CASE WHEN pe.person_id IS NOT NULL THEN 'p' || pe.person_id ELSE 'd' || d.declaration_id END,
         d.declared_at
    FROM declarations d
    LEFT JOIN checkpoints c ON c.province_code = d.province_code AND c.checkpoint_code = d.checkpoint_code
    LEFT JOIN accommodations ac ON ac.province_code = d.province_code AND ac.accommodation_code = d.accommodation_code
    LEFT JOIN persons pe ON pe.province_code = d.province_code AND pe.person_id = d.person_id
   WHERE d.province_code = $1 AND d.declared_at >= $3 AND d.declared_at <= $4 AND ${ORIGIN('d')}
     AND ($5::text[] IS NULL OR COALESCE(c.ward_code, ac.ward_code) = ANY($5::text[]) OR d.to_ward_code = ANY($5::text[])
          OR pe.ward_code = ANY($5::text[]))),
-- each traveller once, from their first qualifying arrival
cohort AS (SELECT who, min(person_id) AS person_id, min(at) AS first_at FROM arrivals GROUP BY who),
-- one kind per person at T, as the daily report counts (quarantine_open_at, src/quarantine/episodes.sql)
quarantined AS (
  SELECT q.person_id, q.kind FROM quarantine_open_at($1, $4) q WHERE q.person_id IN (SELECT person_id FROM cohort)),
-- the latest sample taken since the first arrival and ≤ T, with its result as known at T (src/testing/results.sql)
latest AS (
  SELECT DISTINCT ON (k.who) k.who, sample_result_at(s.result, s.result_at, g.result, g.result_at, $4) AS result
    FROM cohort k
    JOIN samples s ON s.province_code = $1 AND s.person_id = k.person_id AND s.taken_at >= k.first_at AND s.taken_at <= $4
    LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
   ORDER BY k.who, s.taken_at DESC, s.sample_ref DESC)
SELECT count(*)::int AS arrived,
       count(q.kind)::int AS under_management,
       count(*) FILTER (WHERE q.kind = 'centralized')::int AS centralized,
       count(*) FILTER (WHERE q.kind = 'home')::int AS home,
       count(*) FILTER (WHERE q.kind = 'self_monitoring')::int AS self_monitoring,
       count(l.who)::int AS sampled,
       count(*) FILTER (WHERE l.result = 'positive')::int AS positive,
       count(*) FILTER (WHERE l.result = 'negative')::int AS negative,
       count(*) FILTER (WHERE l.result = 'pending')::int AS pending
  FROM cohort k
  LEFT JOIN quarantined q ON q.person_id = k.person_id
  LEFT JOIN latest l ON l.who = k.who`;

/** The cohort's figures at T, over the actor's jurisdiction. */
export async function arrivalCohort(db: Db, ctx: Ctx, q: CohortQuery): Promise<CohortFigures> {
  const p = await cohortParams(db, ctx, q);
  const [row] = await db.query<Omit<CohortFigures, 'origin' | 'since' | 'at'>>(COHORT_SQL, [
    ctx.province,
    p.origin,
    p.sinceStart,
    p.at,
    scopeParam(ctx),
  ]);
  return { origin: p.origin, since: p.since, at: toVnIso(p.at), ...row };
}
