// The figures of docs/contracts/daily-report.md, computed set-based over the record tables in one statement
// (every figure for the cut-off T and for the earlier cut-off P in the same pass, FILTER clauses), and the F1/F2
// counts beside it (src/tracing/contact-counts.ts), both in one snapshot.
//
// "In the period" of T is P < t ≤ T (or S < t ≤ T when a start S is given), and of P is PP < t ≤ P. The daily
// report passes P = T − 24h, PP = T − 48h; the period report passes its end, its start and the start of the period
// before; the period report against an earlier instant C passes T, S = T − 24h, C, C − 24h (each the daily report's).
import type { Db } from '../db/connection.ts';
import { countContacts, readContactGraph, type ContactCounts } from '../tracing/contact-counts.ts';
import type { TreatmentFacilityFigure, TreatmentFigures } from '../treatment/schemas.ts';

export interface FacilityFigure {
  facility_code: string;
  current: number;
  beds: number | null;
}

export interface Figures {
  cases: {
    total: number;
    new: number;
    new_community: number;
    discharged: number;
    died: number;
    transferred_out: number;
    active: number;
  };
  contacts: { f1: number; f2: number };
  quarantine: {
    current: { centralized: number; home: number; self_monitoring: number; total: number };
    by_facility: FacilityFigure[];
    new: number;
    completed: number;
    persons_cumulative: number;
  };
  testing: {
    samples_taken: number;
    samples_taken_new: number;
    negative: number;
    positive: number;
    invalid: number;
    pending: number;
  };
  vaccination: {
    doses: number;
    persons_dose1: number;
    persons_dose2: number;
    persons_dose3: number;
    coverage_dose1_18plus_pct: number | null;
  };
  treatment: TreatmentFigures;
}

export interface Cutoffs {
  t: Date;
  p: Date;
  pp: Date;
  /** The start of T's period (default P). */
  s?: Date;
}

/** `x` belongs to a person living in the wards $5 (no filter when $5 is null: the whole province). */
export const inScope = (personId: string) => `($5::text[] IS NULL OR EXISTS (SELECT 1 FROM persons sp
  WHERE sp.province_code = $1 AND sp.person_id = ${personId} AND sp.ward_code = ANY($5::text[])))`;

// Each CTE is one row; suffix _t is the figure at T (period $6..T, $6 = S or P), _p at P (period PP..P).
const FIGURES_SQL = `
WITH
cs AS (
  SELECT count(*) AS total_t,
         count(*) FILTER (WHERE c.confirmed_at <= $3) AS total_p,
         count(*) FILTER (WHERE c.confirmed_at > $6) AS new_t,
         count(*) FILTER (WHERE c.confirmed_at > $4 AND c.confirmed_at <= $3) AS new_p,
         count(*) FILTER (WHERE c.confirmed_at > $6 AND c.detected_in = 'community') AS community_t,
         count(*) FILTER (WHERE c.confirmed_at > $4 AND c.confirmed_at <= $3 AND c.detected_in = 'community') AS community_p
    FROM cases c
   WHERE c.province_code = $1 AND c.confirmed_at <= $2 AND ${inScope('c.person_id')}),
oc AS (
  SELECT count(*) FILTER (WHERE o.outcome = 'discharged') AS discharged_t,
         count(*) FILTER (WHERE o.outcome = 'discharged' AND o.at <= $3) AS discharged_p,
         count(*) FILTER (WHERE o.outcome = 'died') AS died_t,
         count(*) FILTER (WHERE o.outcome = 'died' AND o.at <= $3) AS died_p,
         count(*) FILTER (WHERE o.outcome = 'transferred_out') AS transferred_t,
         count(*) FILTER (WHERE o.outcome = 'transferred_out' AND o.at <= $3) AS transferred_p
    FROM outcomes o
   WHERE o.province_code = $1 AND o.at <= $2 AND ${inScope('o.person_id')}),
-- The episode each person is in at each cut-off: quarantine_open_at (src/quarantine/episodes.sql). Residents held
-- in another province (held_in_province) are never the province's quarantine: not in qopen, nor in qe below.
qopen AS (
  SELECT 't' AS w, q.person_id, q.kind, q.facility_code FROM quarantine_open_at($1, $2) q WHERE ${inScope('q.person_id')}
  UNION ALL
  SELECT 'p', q.person_id, q.kind, q.facility_code FROM quarantine_open_at($1, $3) q WHERE ${inScope('q.person_id')}),
qc AS (
  SELECT count(*) FILTER (WHERE w = 't' AND kind = 'centralized') AS centralized_t,
         count(*) FILTER (WHERE w = 'p' AND kind = 'centralized') AS centralized_p,
         count(*) FILTER (WHERE w = 't' AND kind = 'home') AS home_t,
         count(*) FILTER (WHERE w = 'p' AND kind = 'home') AS home_p,
         count(*) FILTER (WHERE w = 't' AND kind = 'self_monitoring') AS self_t,
         count(*) FILTER (WHERE w = 'p' AND kind = 'self_monitoring') AS self_p
    FROM qopen),
qf AS (
  SELECT coalesce(json_agg(json_build_object('facility_code', f.facility_code, 'current', coalesce(n.cur_t, 0), 'beds', f.beds)
                           ORDER BY f.facility_code COLLATE "C"), '[]') AS facilities_t,
         coalesce(json_agg(json_build_object('facility_code', f.facility_code, 'current', coalesce(n.cur_p, 0), 'beds', f.beds)
                           ORDER BY f.facility_code COLLATE "C"), '[]') AS facilities_p
    FROM facilities f
    LEFT JOIN (SELECT facility_code, count(*) FILTER (WHERE w = 't') AS cur_t, count(*) FILTER (WHERE w = 'p') AS cur_p
                 FROM qopen WHERE kind = 'centralized' GROUP BY facility_code) n ON n.facility_code = f.facility_code
   WHERE f.province_code = $1 AND f.kind IN ('quarantine', 'both') AND ($5::text[] IS NULL OR f.ward_code = ANY($5::text[]))),
qe AS (
  SELECT count(*) FILTER (WHERE q.start_at > $6) AS qnew_t,
         count(*) FILTER (WHERE q.start_at > $4 AND q.start_at <= $3) AS qnew_p,
         count(*) FILTER (WHERE q.end_reason = 'completed' AND q.end_at > $6 AND q.end_at <= $2) AS completed_t,
         count(*) FILTER (WHERE q.end_reason = 'completed' AND q.end_at > $4 AND q.end_at <= $3) AS completed_p,
         count(DISTINCT q.person_id) AS persons_t,
         count(DISTINCT q.person_id) FILTER (WHERE q.start_at <= $3) AS persons_p
    FROM quarantine_episodes q
   WHERE q.province_code = $1 AND q.start_at <= $2 AND q.held_in_province IS NULL AND ${inScope('q.person_id')}),
-- A sample's result at each cut-off: sample_result_at (src/testing/results.sql).
sr AS (
  SELECT s.taken_at,
         sample_result_at(s.result, s.result_at, pl.result, pl.result_at, $2) AS res_t,
         sample_result_at(s.result, s.result_at, pl.result, pl.result_at, $3) AS res_p
    FROM samples s
    LEFT JOIN pools pl ON pl.province_code = s.province_code AND pl.pool_ref = s.pool_ref
   WHERE s.province_code = $1 AND s.taken_at <= $2 AND ${inScope('s.person_id')}),
ts AS (
  SELECT count(*) AS taken_t,
         count(*) FILTER (WHERE taken_at <= $3) AS taken_p,
         count(*) FILTER (WHERE taken_at > $6) AS taken_new_t,
         count(*) FILTER (WHERE taken_at > $4 AND taken_at <= $3) AS taken_new_p,
         count(*) FILTER (WHERE res_t = 'negative') AS negative_t,
         count(*) FILTER (WHERE taken_at <= $3 AND res_p = 'negative') AS negative_p,
         count(*) FILTER (WHERE res_t = 'positive') AS positive_t,
         count(*) FILTER (WHERE taken_at <= $3 AND res_p = 'positive') AS positive_p,
         count(*) FILTER (WHERE res_t = 'invalid') AS invalid_t,
         count(*) FILTER (WHERE taken_at <= $3 AND res_p = 'invalid') AS invalid_p
    FROM sr),
vdoses AS (
  SELECT count(*) AS doses_t, count(*) FILTER (WHERE v.given_on <= vn_day($3)) AS doses_p
    FROM vaccinations v
   WHERE v.province_code = $1 AND v.given_on <= vn_day($2) AND ${inScope('v.person_id')}),
-- Persons by the day they first had a dose numbered at least 1, 2, 3 (kept by triggers, src/vaccination/reach.sql).
-- Age at a cut-off = its year − birth year; an unknown birth year is not counted as an adult.
vs AS (
  SELECT count(*) FILTER (WHERE r.reach1 <= vn_day($2)) AS dose1_t, count(*) FILTER (WHERE r.reach1 <= vn_day($3)) AS dose1_p,
         count(*) FILTER (WHERE r.reach2 <= vn_day($2)) AS dose2_t, count(*) FILTER (WHERE r.reach2 <= vn_day($3)) AS dose2_p,
         count(*) FILTER (WHERE r.reach3 <= vn_day($2)) AS dose3_t, count(*) FILTER (WHERE r.reach3 <= vn_day($3)) AS dose3_p,
         count(*) FILTER (WHERE r.reach1 <= vn_day($2)
           AND r.birth_year <= extract(year FROM $2::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 18) AS adults1_t,
         count(*) FILTER (WHERE r.reach1 <= vn_day($3)
           AND r.birth_year <= extract(year FROM $3::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 18) AS adults1_p
    FROM vaccination_reach r
   WHERE r.province_code = $1 AND r.reach1 <= vn_day($2) AND ($5::text[] IS NULL OR r.ward_code = ANY($5::text[]))),
pop AS (
  SELECT sum(population_18plus) AS adults FROM ward_population
   WHERE province_code = $1 AND ($5::text[] IS NULL OR ward_code = ANY($5::text[]))),
-- Treatment (contracts/treatment.md). Each cut-off's latest severity observations (src/treatment/care.sql).
tsev AS (
  SELECT 't' AS w, s.person_id, s.severity, s.oxygen FROM severity_at($1, $2) s
  UNION ALL
  SELECT 'p', s.person_id, s.severity, s.oxygen FROM severity_at($1, $3) s),
-- the active cases (confirmed, no outcome yet) at each cut-off, by their latest observation, else their own severity
tact AS (
  SELECT w.w, c.person_id, COALESCE(s.severity, c.severity, 'unknown') AS severity, s.oxygen
    FROM cases c
   CROSS JOIN (VALUES ('t', $2::timestamptz), ('p', $3::timestamptz)) w (w, at)
    LEFT JOIN tsev s ON s.w = w.w AND s.person_id = c.person_id
   WHERE c.province_code = $1 AND c.confirmed_at <= w.at AND ${inScope('c.person_id')}
     AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = $1 AND o.person_id = c.person_id AND o.at <= w.at)),
tsum AS (
  SELECT ${['asymptomatic', 'mild', 'moderate', 'severe', 'critical', 'unknown']
    .flatMap((v) => ['t', 'p'].map((w) => `count(*) FILTER (WHERE w = '${w}' AND severity = '${v}') AS sev_${v}_${w}`))
    .join(', ')},
         count(*) FILTER (WHERE w = 't' AND oxygen <> 'none') AS on_oxygen_t,
         count(*) FILTER (WHERE w = 'p' AND oxygen <> 'none') AS on_oxygen_p,
         count(*) FILTER (WHERE w = 't' AND oxygen IN ('ventilator', 'ecmo')) AS on_ventilator_t,
         count(*) FILTER (WHERE w = 'p' AND oxygen IN ('ventilator', 'ecmo')) AS on_ventilator_p
    FROM tact),
-- each person's counted open care episode at each cut-off (care_open_at), with severity and oxygen then
tcare AS (
  SELECT k.w, k.setting, k.facility_code, k.tier, COALESCE(s.severity, c.severity) AS severity,
         a.oxygen IN ('ventilator', 'ecmo') AS ventilated
    FROM (SELECT 't' AS w, o.* FROM care_open_at($1, $2) o UNION ALL SELECT 'p', o.* FROM care_open_at($1, $3) o) k
    LEFT JOIN tsev s ON s.w = k.w AND s.person_id = k.person_id
    LEFT JOIN cases c ON c.province_code = $1 AND c.person_id = k.person_id
    LEFT JOIN tact a ON a.w = k.w AND a.person_id = k.person_id
   WHERE ${inScope('k.person_id')}),
tset AS (
  SELECT count(*) FILTER (WHERE w = 't' AND setting = 'facility') AS in_facility_t,
         count(*) FILTER (WHERE w = 'p' AND setting = 'facility') AS in_facility_p,
         count(*) FILTER (WHERE w = 't' AND setting = 'home') AS at_home_t,
         count(*) FILTER (WHERE w = 'p' AND setting = 'home') AS at_home_p
    FROM tcare),
-- the treatment facilities, each flagged active on the day of each cut-off
tfac AS (
  SELECT f.facility_code, f.tier, f.beds, f.icu_beds, f.ventilators,
         facility_state(f.status, f.active_from, f.active_to, vn_day($2)) = 'active' AS on_t,
         facility_state(f.status, f.active_from, f.active_to, vn_day($3)) = 'active' AS on_p
    FROM facilities f
   WHERE f.province_code = $1 AND f.kind IN ('treatment', 'both') AND ($5::text[] IS NULL OR f.ward_code = ANY($5::text[]))),
-- the persons counted at a listed facility
tin AS (
  SELECT k.* FROM tcare k JOIN tfac f ON f.facility_code = k.facility_code AND CASE k.w WHEN 't' THEN f.on_t ELSE f.on_p END),
tbyf AS (
  SELECT f.*, n.* FROM tfac f
    LEFT JOIN (SELECT facility_code AS code,
                      count(*) FILTER (WHERE w = 't') AS cur_t, count(*) FILTER (WHERE w = 'p') AS cur_p,
                      count(*) FILTER (WHERE w = 't' AND severity IN ('severe', 'critical')) AS icu_t,
                      count(*) FILTER (WHERE w = 'p' AND severity IN ('severe', 'critical')) AS icu_p,
                      count(*) FILTER (WHERE w = 't' AND ventilated) AS vent_t,
                      count(*) FILTER (WHERE w = 'p' AND ventilated) AS vent_p
                 FROM tin GROUP BY facility_code) n ON n.code = f.facility_code),
tf AS (
  SELECT ${['t', 'p']
    .map(
      (
        w,
      ) => `coalesce(json_agg(json_build_object('facility_code', facility_code, 'tier', tier, 'current', coalesce(cur_${w}, 0),
              'beds', beds, 'icu_beds', icu_beds, 'icu_current', coalesce(icu_${w}, 0), 'ventilators', ventilators,
              'on_ventilator', coalesce(vent_${w}, 0)) ORDER BY facility_code COLLATE "C") FILTER (WHERE on_${w}), '[]') AS tfacilities_${w}`,
    )
    .join(', ')},
         ${[1, 2, 3]
           .flatMap((k) =>
             ['t', 'p'].map((w) => `sum(beds) FILTER (WHERE on_${w} AND tier = ${k}) AS tier${k}_beds_${w}`),
           )
           .join(', ')}
    FROM tbyf),
ttier AS (
  SELECT ${[1, 2, 3]
    .flatMap((k) => ['t', 'p'].map((w) => `count(*) FILTER (WHERE w = '${w}' AND tier = ${k}) AS tier${k}_cur_${w}`))
    .join(', ')}
    FROM tin)
SELECT cs.*, oc.*, qc.*, qf.*, qe.*, ts.*, vdoses.*, vs.*, tsum.*, tset.*, tf.*, ttier.*,
       CASE WHEN pop.adults > 0 THEN round(vs.adults1_t * 100.0 / pop.adults, 2) END AS coverage_t,
       CASE WHEN pop.adults > 0 THEN round(vs.adults1_p * 100.0 / pop.adults, 2) END AS coverage_p
  FROM cs, oc, qc, qf, qe, ts, vdoses, vs, pop, tsum, tset, tf, ttier`;

type Row = Record<string, number | null> & {
  facilities_t: FacilityFigure[] | string;
  facilities_p: FacilityFigure[] | string;
  tfacilities_t: TreatmentFacilityFigure[] | string;
  tfacilities_p: TreatmentFacilityFigure[] | string;
};

const json = <T>(v: T | string): T => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * The figures at T and at P, for persons of the wards given (null = the whole province; facilities by their ward).
 * P ≤ T, PP ≤ P and S ≤ T.
 */
export async function computeFigures(
  db: Db,
  province: string,
  cut: Cutoffs,
  wards: readonly string[] | null,
): Promise<{ current: Figures; previous: Figures }> {
  if (!(cut.pp <= cut.p && cut.p <= cut.t && (cut.s ?? cut.p) <= cut.t)) throw new Error('cut-offs out of order');
  // The contact walks and the other figures read one snapshot, on a server at the same time. The large scans
  // would be JIT-compiled for longer than they run.
  const settings = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'";
  const [contacts, row] = await db.snapshotPair(
    async (tx) => {
      await tx.exec(settings);
      return countContacts(await readContactGraph(tx, province, [cut.t, cut.p], wards));
    },
    async (tx) => {
      await tx.exec(settings);
      return (
        await tx.query<Row>(FIGURES_SQL, [province, cut.t, cut.p, cut.pp, wards ? [...wards] : null, cut.s ?? cut.p])
      )[0];
    },
  );
  return { current: figuresOf(row, 't', contacts[0]), previous: figuresOf(row, 'p', contacts[1]) };
}

function figuresOf(r: Row, w: 't' | 'p', contacts: ContactCounts): Figures {
  const n = (name: string) => Number(r[`${name}_${w}`] ?? 0);
  const facilities = r[`facilities_${w}`];
  const total = n('total'),
    discharged = n('discharged'),
    died = n('died'),
    transferred = n('transferred');
  const centralized = n('centralized'),
    home = n('home'),
    self = n('self');
  const taken = n('taken'),
    negative = n('negative'),
    positive = n('positive'),
    invalid = n('invalid');
  const coverage = r[`coverage_${w}`];
  return {
    cases: {
      total,
      new: n('new'),
      new_community: n('community'),
      discharged,
      died,
      transferred_out: transferred,
      active: total - discharged - died - transferred,
    },
    contacts,
    quarantine: {
      current: { centralized, home, self_monitoring: self, total: centralized + home + self },
      by_facility: (typeof facilities === 'string' ? JSON.parse(facilities) : facilities) as FacilityFigure[],
      new: n('qnew'),
      completed: n('completed'),
      persons_cumulative: n('persons'),
    },
    testing: {
      samples_taken: taken,
      samples_taken_new: n('taken_new'),
      negative,
      positive,
      invalid,
      pending: taken - negative - positive - invalid,
    },
    vaccination: {
      doses: n('doses'),
      persons_dose1: n('dose1'),
      persons_dose2: n('dose2'),
      persons_dose3: n('dose3'),
      coverage_dose1_18plus_pct: coverage == null ? null : Number(coverage),
    },
    treatment: {
      active_by_severity: {
        asymptomatic: n('sev_asymptomatic'),
        mild: n('sev_mild'),
        moderate: n('sev_moderate'),
        severe: n('sev_severe'),
        critical: n('sev_critical'),
        unknown: n('sev_unknown'),
      },
      in_facility: n('in_facility'),
      at_home: n('at_home'),
      on_oxygen: n('on_oxygen'),
      on_ventilator: n('on_ventilator'),
      by_facility: json(r[`tfacilities_${w}`]),
      by_tier: {
        '1': { current: n('tier1_cur'), beds: n('tier1_beds') },
        '2': { current: n('tier2_cur'), beds: n('tier2_beds') },
        '3': { current: n('tier3_cur'), beds: n('tier3_beds') },
      },
    },
  };
}
