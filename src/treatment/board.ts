// What the treatment board and the home-treatment teams read: beds, ICU and ventilators in use (the daily report's
// treatment section at an instant), active cases by severity day by day, and the home follow-up lists.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { invalid } from '../shared/errors.ts';
import { rulesOn } from '../rules/service.ts';
import { toVnIso } from '../shared/time.ts';
import { dailyReport } from '../reports/daily.ts';
import type { HomeFollowup, HomePatient, SeveritySeriesDay, TreatmentBoard } from './schemas.ts';

export async function treatmentBoard(db: Db, ctx: Ctx, at: Date): Promise<TreatmentBoard> {
  const figures = (await dailyReport(db, ctx, at)).current.treatment;
  const facilities = await db.query<TreatmentBoard['facilities'][number]>(
    `SELECT facility_code, name, oxygen_beds FROM facilities WHERE province_code = $1 AND facility_code = ANY($2::text[])
      ORDER BY facility_code COLLATE "C"`,
    [ctx.province, figures.by_facility.map((f) => f.facility_code)],
  );
  return { at, figures, facilities };
}

export const MAX_SERIES_DAYS = 92;

/**
 * Active cases by severity at the end of each day from..to (the cut-off is midnight after the day, Viet Nam time),
 * by the same rule as the report: the latest observation at or before the cut-off, else the case's own severity.
 * Each case's time splits into pieces of one severity (its own before the first observation, then each observation
 * until the next); a day counts the pieces covering its cut-off while the case is active.
 */
export async function severitySeries(db: Db, ctx: Ctx, from: string, to: string): Promise<SeveritySeriesDay[]> {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (!(days >= 1)) throw invalid('to', 'bad_period');
  if (days > MAX_SERIES_DAYS) throw invalid('to', 'period_too_long', { max: MAX_SERIES_DAYS });
  return db.query<SeveritySeriesDay>(
    `WITH days AS (
       SELECT d::date AS day, ((d::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS cut
         FROM generate_series($2::date, $3::date, interval '1 day') d),
     c AS (
       SELECT c.person_id, c.confirmed_at, c.severity,
              (SELECT min(o.at) FROM outcomes o WHERE o.province_code = $1 AND o.person_id = c.person_id) AS ended
         FROM cases c JOIN persons p ON p.province_code = c.province_code AND p.person_id = c.person_id
        WHERE c.province_code = $1 AND c.confirmed_at <= (SELECT max(cut) FROM days)
          AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))),
     live AS (SELECT * FROM c WHERE ended IS NULL OR ended > (SELECT min(cut) FROM days)),
     obs AS (
       SELECT s.person_id, s.observed_at, s.severity,
              lead(s.observed_at) OVER (PARTITION BY s.person_id ORDER BY s.observed_at) AS next_at
         FROM severity_observations s WHERE s.province_code = $1 AND s.person_id IN (SELECT person_id FROM live)),
     seg AS (
       SELECT l.person_id, '-infinity'::timestamptz AS from_at,
              COALESCE((SELECT min(o.observed_at) FROM obs o WHERE o.person_id = l.person_id), 'infinity') AS to_at,
              COALESCE(l.severity, 'unknown') AS severity, l.confirmed_at, l.ended
         FROM live l
       UNION ALL
       SELECT o.person_id, o.observed_at, COALESCE(o.next_at, 'infinity'), o.severity, l.confirmed_at, l.ended
         FROM obs o JOIN live l USING (person_id))
     SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
            ${['asymptomatic', 'mild', 'moderate', 'severe', 'critical', 'unknown']
              .map((v) => `count(s.person_id) FILTER (WHERE s.severity = '${v}')::int AS ${v}`)
              .join(', ')}
       FROM days d
       LEFT JOIN seg s ON s.from_at <= d.cut AND s.to_at > d.cut AND s.confirmed_at <= d.cut
                      AND (s.ended IS NULL OR s.ended > d.cut)
      GROUP BY d.day ORDER BY d.day`,
    [ctx.province, from, to, scopeParam(ctx)],
  );
}

/**
 * The home-treatment teams' lists at an instant: active cases whose counted open care episode is at home, due a
 * check when the day of their last observation (or of their start at home, if observed before it or never) plus
 * the rule set's home_check_days is on or before the day of `at`; to be moved when their latest severity
 * (observation at or before `at`, else the case's own) is moderate or worse.
 */
export async function homeFollowup(db: Db, ctx: Ctx, at: Date): Promise<HomeFollowup> {
  const { rules } = await rulesOn(db, ctx, toVnIso(at).slice(0, 10));
  const checkDays = rules.home_check_days ?? 1;
  const rows = await db.query<HomePatient & { due: boolean }>(
    `SELECT p.person_ref, p.full_name, p.ward_code, p.phone, h.start_at AS home_since,
            COALESCE(s.severity, c.severity) AS severity, s.oxygen, s.observed_at AS last_observed_at,
            to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.due_on <= vn_day($2) AS due
       FROM care_open_at($1, $2) h
       JOIN cases c ON c.province_code = $1 AND c.person_id = h.person_id AND c.confirmed_at <= $2
       JOIN persons p ON p.province_code = $1 AND p.person_id = h.person_id
       LEFT JOIN severity_at($1, $2) s ON s.person_id = h.person_id
      CROSS JOIN LATERAL (SELECT vn_day(greatest(s.observed_at, h.start_at)) + $3::int AS due_on) d
      WHERE h.setting = 'home' AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))
        AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = $1 AND o.person_id = h.person_id AND o.at <= $2)
      ORDER BY d.due_on, p.ward_code, p.person_ref`,
    [ctx.province, at, checkDays, scopeParam(ctx)],
  );
  const strip = ({ due: _, ...r }: HomePatient & { due: boolean }): HomePatient => r;
  return {
    at,
    check_days: checkDays,
    due_check: rows.filter((r) => r.due).map(strip),
    to_move: rows.filter((r) => ['moderate', 'severe', 'critical'].includes(r.severity ?? '')).map(strip),
  };
}
