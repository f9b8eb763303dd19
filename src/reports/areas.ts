// The daily report's area figures per ward (GET /api/v1/reports/areas?at=T), for the map: the same definitions as
// docs/contracts/daily-report.md and figures.ts, in one set-based statement grouped by the person's ward of
// residence. Ratios come as their numerator and denominator so that a district's ratio is the ratio of its sums.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { toVnIso } from '../shared/time.ts';
import { DAY_MS } from './daily.ts';
import type { AreaFigures, WardFigures } from './schemas.ts';

// $1 province, $2 T, $3 P = T − 24h, $4 the wards in scope (null: the whole province).
// Every ward of the province's 2024 units in scope gets a row, and so does any other ward a person lives in.
const AREAS_SQL = `
WITH
pw AS (
  SELECT person_id, ward_code FROM persons
   WHERE province_code = $1 AND ward_code IS NOT NULL AND ($4::text[] IS NULL OR ward_code = ANY($4::text[]))),
cs AS (
  SELECT p.ward_code, count(*) AS cases_total,
         count(*) FILTER (WHERE c.confirmed_at > $3) AS cases_new,
         count(*) FILTER (WHERE c.confirmed_at > $3 AND c.detected_in = 'community') AS cases_new_community,
         count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM outcomes o
                           WHERE o.province_code = $1 AND o.person_id = c.person_id AND o.at <= $2)) AS cases_active
    FROM cases c JOIN pw p ON p.person_id = c.person_id
   WHERE c.province_code = $1 AND c.confirmed_at <= $2
   GROUP BY p.ward_code),
oc AS (
  SELECT p.ward_code, count(*) FILTER (WHERE o.outcome = 'discharged') AS discharged,
         count(*) FILTER (WHERE o.outcome = 'died') AS died
    FROM outcomes o JOIN pw p ON p.person_id = o.person_id
   WHERE o.province_code = $1 AND o.at <= $2
   GROUP BY p.ward_code),
-- episodes started in the period; residents held in another province are not the province's quarantine
qe AS (
  SELECT p.ward_code, count(*) AS quarantine_new
    FROM quarantine_episodes q JOIN pw p ON p.person_id = q.person_id
   WHERE q.province_code = $1 AND q.start_at > $3 AND q.start_at <= $2 AND q.held_in_province IS NULL
   GROUP BY p.ward_code),
-- one row per person in quarantine at T (quarantine_open_at counts a person once)
qc AS (
  SELECT p.ward_code, count(*) AS quarantine_current
    FROM quarantine_open_at($1, $2) q JOIN pw p ON p.person_id = q.person_id
   GROUP BY p.ward_code),
sr AS (
  SELECT p.ward_code, s.taken_at,
         sample_result_at(s.result, s.result_at, pl.result, pl.result_at, $2) AS res_t,
         CASE WHEN s.taken_at <= $3 THEN sample_result_at(s.result, s.result_at, pl.result, pl.result_at, $3)
              ELSE 'pending' END AS res_p
    FROM samples s
    JOIN pw p ON p.person_id = s.person_id
    LEFT JOIN pools pl ON pl.province_code = s.province_code AND pl.pool_ref = s.pool_ref
   WHERE s.province_code = $1 AND s.taken_at <= $2),
-- results that arrived in the period: known at T and not (with that value) at P, as the dashboard's trend counts them
ts AS (
  SELECT ward_code, count(*) AS samples_taken,
         count(*) FILTER (WHERE taken_at > $3) AS samples_taken_new,
         count(*) FILTER (WHERE res_t <> 'pending' AND res_p = 'pending') AS results_new,
         count(*) FILTER (WHERE res_t = 'positive' AND res_p <> 'positive') AS positive_new
    FROM sr GROUP BY ward_code),
-- the daily report's contacts.f1 / f2 (docs/contracts/daily-report.md "F-levels at T"): the contract's own walk,
-- a person confirmed at or before T never counted
fl AS (
  SELECT p.ward_code, count(*) FILTER (WHERE l.level = 1) AS contacts_f1, count(*) FILTER (WHERE l.level = 2) AS contacts_f2
    FROM f_levels_at($1, $2, 2) l JOIN pw p ON p.person_id = l.person_id
   WHERE l.level > 0
     AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = l.person_id AND c.confirmed_at <= $2)
   GROUP BY p.ward_code),
vs AS (
  SELECT r.ward_code, count(*) AS dose1_18plus
    FROM vaccination_reach r
   WHERE r.province_code = $1 AND r.reach1 <= vn_day($2) AND r.ward_code IS NOT NULL
     AND ($4::text[] IS NULL OR r.ward_code = ANY($4::text[]))
     AND r.birth_year <= extract(year FROM $2::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 18
   GROUP BY r.ward_code),
-- a dose counts from the start of its Viet Nam day
vd AS (
  SELECT p.ward_code, count(*) AS doses
    FROM vaccinations v JOIN pw p ON p.person_id = v.person_id
   WHERE v.province_code = $1 AND v.given_on <= vn_day($2)
   GROUP BY p.ward_code),
pop AS (
  SELECT ward_code, population, population_18plus FROM ward_population
   WHERE province_code = $1 AND ($4::text[] IS NULL OR ward_code = ANY($4::text[]))),
wards AS (
  SELECT code AS ward_code FROM admin_units
   WHERE province_code = $1 AND geography = '2024' AND level = 'ward' AND ($4::text[] IS NULL OR code = ANY($4::text[]))
  UNION SELECT ward_code FROM cs UNION SELECT ward_code FROM qc UNION SELECT ward_code FROM ts UNION SELECT ward_code FROM fl
  UNION SELECT ward_code FROM vs UNION SELECT ward_code FROM pop UNION SELECT ward_code FROM oc
  UNION SELECT ward_code FROM qe UNION SELECT ward_code FROM vd)
SELECT w.ward_code,
       coalesce(cs.cases_new, 0) AS cases_new, coalesce(cs.cases_new_community, 0) AS cases_new_community,
       coalesce(cs.cases_total, 0) AS cases_total, coalesce(oc.discharged, 0) AS discharged,
       coalesce(oc.died, 0) AS died, coalesce(qe.quarantine_new, 0) AS quarantine_new,
       coalesce(ts.samples_taken, 0) AS samples_taken, coalesce(vd.doses, 0) AS doses,
       coalesce(cs.cases_active, 0) AS cases_active, coalesce(fl.contacts_f1, 0) AS contacts_f1,
       coalesce(fl.contacts_f2, 0) AS contacts_f2, coalesce(qc.quarantine_current, 0) AS quarantine_current,
       coalesce(ts.samples_taken_new, 0) AS samples_taken_new, coalesce(ts.positive_new, 0) AS positive_new,
       coalesce(ts.results_new, 0) AS results_new, coalesce(vs.dose1_18plus, 0) AS dose1_18plus,
       pop.population, pop.population_18plus
  FROM wards w
  LEFT JOIN cs ON cs.ward_code = w.ward_code
  LEFT JOIN fl ON fl.ward_code = w.ward_code
  LEFT JOIN oc ON oc.ward_code = w.ward_code
  LEFT JOIN qe ON qe.ward_code = w.ward_code
  LEFT JOIN vd ON vd.ward_code = w.ward_code
  LEFT JOIN qc ON qc.ward_code = w.ward_code
  LEFT JOIN ts ON ts.ward_code = w.ward_code
  LEFT JOIN vs ON vs.ward_code = w.ward_code
  LEFT JOIN pop ON pop.ward_code = w.ward_code
 ORDER BY w.ward_code COLLATE "C"`;

type Row = Record<keyof Omit<WardFigures, 'positivity_pct' | 'coverage_dose1_18plus_pct'>, string | number | null>;

/** A percentage rounded to 2 decimals; null when the denominator is 0 or unknown. */
export function pct(numerator: number, denominator: number | null): number | null {
  return denominator ? Math.round((numerator * 100 * 100) / denominator) / 100 : null;
}

/** The area figures per ward at `at`, over the actor's jurisdiction. The period is P < t ≤ T, P = T − 24h. */
export async function areaFigures(
  db: Db,
  ctx: Ctx,
  at: Date,
  wards: readonly string[] | null = scopeParam(ctx),
): Promise<AreaFigures> {
  const p = new Date(at.getTime() - DAY_MS);
  const rows = await db.query<Row>(AREAS_SQL, [ctx.province, at, p, wards ? [...wards] : null]);
  const n = (v: string | number | null) => Number(v ?? 0);
  const nullable = (v: string | number | null) => (v == null ? null : Number(v));
  return {
    province_code: ctx.province,
    as_of: toVnIso(at),
    previous_as_of: toVnIso(p),
    wards: rows.map((r) => {
      const positive_new = n(r.positive_new),
        results_new = n(r.results_new),
        dose1_18plus = n(r.dose1_18plus),
        population_18plus = nullable(r.population_18plus);
      return {
        ward_code: String(r.ward_code),
        cases_new: n(r.cases_new),
        cases_new_community: n(r.cases_new_community),
        cases_total: n(r.cases_total),
        discharged: n(r.discharged),
        died: n(r.died),
        cases_active: n(r.cases_active),
        contacts_f1: n(r.contacts_f1),
        contacts_f2: n(r.contacts_f2),
        quarantine_current: n(r.quarantine_current),
        quarantine_new: n(r.quarantine_new),
        samples_taken: n(r.samples_taken),
        samples_taken_new: n(r.samples_taken_new),
        positive_new,
        results_new,
        positivity_pct: pct(positive_new, results_new),
        doses: n(r.doses),
        dose1_18plus,
        population: nullable(r.population),
        population_18plus,
        coverage_dose1_18plus_pct: pct(dose1_18plus, population_18plus),
      };
    }),
  };
}
