// Counting functions as of an instant T, for the daily report and the coverage tables. A dose given on a day counts
// from the start of that day (Asia/Ho_Chi_Minh): given_on ≤ day(T). Persons "with dose N" have a dose numbered ≥ N.
// Age at T = year of T − birth year; a person without a birth year is never counted as 18+.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import type { Product } from './products.ts';
import { DOSES } from './sql.ts';
import type { CoverageRow, VaccinationFigures } from './schemas.ts';

export { supplySummary as dosesByRoundAndProduct } from './supply.ts';

const ADULT = `extract(year from vn_day($2::timestamptz)) - p.birth_year >= 18`;
const pct = (n: string, of: string) => `round(100.0 * ${n} / NULLIF(${of}, 0), 2)`;

/**
 * The daily report's vaccination figures at T, over the actor's wards (a province-wide actor: every person). With
 * a round or product, the same figures over that round's or product's doses only. The 18+ coverage divides by
 * the summed population_18plus of the wards (null when no population is loaded).
 */
export async function vaccinationFigures(
  db: Db,
  ctx: Ctx,
  at: Date,
  filter: { round_code?: string; product?: Product } = {},
): Promise<VaccinationFigures> {
  // Resolving each dose's round costs a lookup per dose: only when a round is asked for.
  const doses = filter.round_code ? DOSES : '(SELECT * FROM vaccinations WHERE province_code = $1)';
  const [r] = await db.query<VaccinationFigures>(
    `WITH per AS (
       SELECT d.person_id, max(d.dose_number) AS top, count(*) AS n
         FROM ${doses} d JOIN persons p ON p.province_code = $1 AND p.person_id = d.person_id
        WHERE d.given_on <= vn_day($2::timestamptz) AND ($3::text IS NULL OR d.round_code = $3) AND ($4::text IS NULL OR d.product = $4)
          AND ($5::text[] IS NULL OR p.ward_code = ANY($5::text[]))
        GROUP BY d.person_id),
     pop AS (SELECT sum(population_18plus) AS adults FROM ward_population
              WHERE province_code = $1 AND ($5::text[] IS NULL OR ward_code = ANY($5::text[])))
     SELECT COALESCE(sum(per.n), 0)::int AS doses, count(*) FILTER (WHERE top >= 1)::int AS persons_dose1,
            count(*) FILTER (WHERE top >= 2)::int AS persons_dose2, count(*) FILTER (WHERE top >= 3)::int AS persons_dose3,
            ${pct(`count(*) FILTER (WHERE top >= 1 AND ${ADULT})`, '(SELECT adults FROM pop)')} AS coverage_dose1_18plus_pct
       FROM per JOIN persons p ON p.province_code = $1 AND p.person_id = per.person_id`,
    [ctx.province, at, filter.round_code ?? null, filter.product ?? null, scopeParam(ctx)],
  );
  return r;
}

export type CoverageLevel = 'ward' | 'district' | 'province';

const doseColumns = [1, 2, 3]
  .flatMap((n) => [
    `count(*) FILTER (WHERE top >= ${n})::int AS persons_dose${n}`,
    `count(*) FILTER (WHERE top >= ${n} AND adult)::int AS persons_dose${n}_18plus`,
  ])
  .join(', ');
const pctColumns = [1, 2, 3]
  .flatMap((n) => [
    `${pct(`c.persons_dose${n}`, 'pop.population')} AS dose${n}_pct`,
    `${pct(`c.persons_dose${n}_18plus`, 'pop.population_18plus')} AS dose${n}_18plus_pct`,
  ])
  .join(', ');

/**
 * Coverage at T by ward, district or for the province: persons with dose 1/2/3 over the population and, among
 * persons 18+, over the population 18+ (the `population` import). A person belongs to their ward of residence;
 * persons without a known ward appear in a row with no unit code, so the rows add up to the province.
 */
export async function coverage(db: Db, ctx: Ctx, at: Date, level: CoverageLevel): Promise<CoverageRow[]> {
  const unit = (ward: string) => `CASE $3 WHEN 'ward' THEN ${ward} WHEN 'district' THEN w.parent_code ELSE $1 END`;
  return db.query<CoverageRow>(
    `WITH wards AS (SELECT u.code, u.parent_code FROM admin_units u JOIN provinces pr ON pr.province_code = u.province_code
                     AND pr.geography = u.geography WHERE u.province_code = $1 AND u.level = 'ward'),
     per AS (
       SELECT ${unit('p.ward_code')} AS unit, max(v.dose_number) AS top, ${ADULT} AS adult
         FROM vaccinations v JOIN persons p ON p.province_code = $1 AND p.person_id = v.person_id
         LEFT JOIN wards w ON w.code = p.ward_code
        WHERE v.province_code = $1 AND v.given_on <= vn_day($2::timestamptz) AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))
        GROUP BY v.person_id, p.ward_code, w.parent_code, p.birth_year),
     c AS (SELECT COALESCE(unit, '') AS unit, ${doseColumns} FROM per GROUP BY 1),
     pop AS (
       SELECT COALESCE(${unit('wp.ward_code')}, '') AS unit, sum(wp.population)::int AS population,
              sum(wp.population_18plus)::int AS population_18plus
         FROM ward_population wp LEFT JOIN wards w ON w.code = wp.ward_code
        WHERE wp.province_code = $1 AND ($4::text[] IS NULL OR wp.ward_code = ANY($4::text[])) GROUP BY 1)
     SELECT NULLIF(COALESCE(c.unit, pop.unit), '') AS unit_code,
            CASE WHEN $3 = 'province' THEN (SELECT name FROM provinces WHERE province_code = $1)
                 ELSE (SELECT u.name FROM admin_units u JOIN provinces pr ON pr.province_code = u.province_code
                        WHERE u.province_code = $1 AND u.code = COALESCE(c.unit, pop.unit)
                        ORDER BY u.geography = pr.geography DESC LIMIT 1) END AS unit_name,
            pop.population, pop.population_18plus,
            ${[1, 2, 3].map((n) => `COALESCE(c.persons_dose${n}, 0) AS persons_dose${n}, COALESCE(c.persons_dose${n}_18plus, 0) AS persons_dose${n}_18plus`).join(', ')},
            ${pctColumns}
       FROM c FULL JOIN pop ON pop.unit = c.unit
      ORDER BY COALESCE(c.unit, pop.unit) = '', 1`,
    [ctx.province, at, level, scopeParam(ctx)],
  );
}
