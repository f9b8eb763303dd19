// Import kinds `care` and `severity` (docs/contracts/treatment.md). `care` also takes an optional `override_reason`
// (as the quarantine import does): a facility full at an episode's start, or not active on its day, is refused
// without one. Every refusal names the line and column; nothing is written unless the whole file passes.
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, instant, integer, oneOf, text } from '../imports/fields.ts';
import { personId, personJoin, personRefOf, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';
import { proposeOutcomes } from './outcomes.ts';

export const SETTINGS = ['facility', 'home'] as const;
export const END_REASONS = ['recovered', 'transferred', 'died', 'other'] as const;
export const SEVERITIES = ['asymptomatic', 'mild', 'moderate', 'severe', 'critical'] as const;
export const OXYGEN = ['none', 'mask', 'hfnc', 'ventilator', 'ecmo'] as const;

/** The staged rows with the person each names (a merged record resolves to the kept one): `s.*, pid`. */
const stagedWithPerson = `SELECT s.*, COALESCE(p.merged_into, p.person_id) AS pid FROM import_staging s
  JOIN persons p ON p.province_code = $1 AND p.person_ref = s.person_ref`;

/** Rows naming a person who is not a case. */
const notACaseSql = `SELECT s.line, s.person_ref AS value FROM (${stagedWithPerson}) s
  WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = s.pid)`;

/**
 * Episodes of one person that overlap in time ([start_at, end_at), an open episode runs on), over the stored ones
 * with this file's rows applied. Sorted by start, a person has an overlap iff some episode overlaps the one just
 * before it; the file's line of the pair is named (the later one when both are in the file).
 */
const overlapSql = `
  WITH s AS (SELECT DISTINCT ON (s.pid, s.start_at) s.* FROM (${stagedWithPerson}) s ORDER BY s.pid, s.start_at, s.line DESC),
  eps AS (
    SELECT e.person_id, e.start_at, e.end_at, NULL::integer AS line FROM care_episodes e
     WHERE e.province_code = $1 AND e.person_id IN (SELECT pid FROM s)
       AND NOT EXISTS (SELECT 1 FROM s WHERE s.pid = e.person_id AND s.start_at = e.start_at)
    UNION ALL
    SELECT s.pid, s.start_at, COALESCE(s.end_at, e.end_at), s.line FROM s
      LEFT JOIN care_episodes e ON e.province_code = $1 AND e.person_id = s.pid AND e.start_at = s.start_at),
  seq AS (
    SELECT line, start_at, lag(line) OVER w AS prev_line, lag(start_at) OVER w AS prev_start,
           lag(COALESCE(end_at, 'infinity')) OVER w AS prev_end
      FROM eps WINDOW w AS (PARTITION BY person_id ORDER BY start_at))
  SELECT COALESCE(line, prev_line) AS line,
         to_char(CASE WHEN line IS NULL THEN start_at ELSE prev_start END AT TIME ZONE 'Asia/Ho_Chi_Minh',
                 'DD/MM/YYYY HH24:MI') AS value
    FROM seq WHERE prev_end > start_at AND COALESCE(line, prev_line) IS NOT NULL`;

/** New facility rows (without override_reason) at a facility not active on their start day. */
const inactiveSql = `
  SELECT s.line, s.facility_code AS value FROM (${stagedWithPerson}) s
    JOIN facilities f ON f.province_code = $1 AND f.facility_code = s.facility_code AND f.kind <> 'quarantine'
    LEFT JOIN care_episodes e ON e.province_code = $1 AND e.person_id = s.pid AND e.start_at = s.start_at
   WHERE COALESCE(s.override_reason, e.override_reason) IS NULL AND e.facility_code IS DISTINCT FROM s.facility_code
     AND facility_state(f.status, f.active_from, f.active_to, vn_day(s.start_at)) <> 'active'`;

/**
 * New facility rows (without override_reason) at a facility full at their start instant, counted as the report
 * counts (a person once, under their latest-started open episode) over the stored episodes with this file's rows
 * applied. Value: "facility: occupied before the row/beds". The same linear sweep as the quarantine import's: each
 * person's time is cut at their episodes' starts and ends, one episode counts per piece, and the running sum of
 * arrivals and departures per facility read at each new arrival is the occupancy.
 */
const overCapacitySql = `
  WITH s AS (
    SELECT DISTINCT ON (s.pid, s.start_at) s.line, s.pid AS person_id, s.start_at, s.facility_code,
           COALESCE(s.override_reason, e.override_reason) AS override_reason, COALESCE(s.end_at, e.end_at) AS end_at,
           e.facility_code AS stored_facility
      FROM (${stagedWithPerson}) s
      LEFT JOIN care_episodes e ON e.province_code = $1 AND e.person_id = s.pid AND e.start_at = s.start_at
     ORDER BY s.pid, s.start_at, s.line DESC),
  arrivals AS (
    SELECT s.line, s.facility_code, s.start_at, f.beds FROM s
      JOIN facilities f ON f.province_code = $1 AND f.facility_code = s.facility_code
     WHERE s.override_reason IS NULL AND f.beds IS NOT NULL AND f.kind <> 'quarantine'
       AND s.stored_facility IS DISTINCT FROM s.facility_code
       AND facility_state(f.status, f.active_from, f.active_to, vn_day(s.start_at)) = 'active'),
  eps AS (
    SELECT e.person_id, e.start_at, e.end_at, e.facility_code FROM care_episodes e
     WHERE e.province_code = $1 AND NOT EXISTS (SELECT 1 FROM s WHERE s.person_id = e.person_id AND s.start_at = e.start_at)
    UNION ALL
    SELECT person_id, start_at, end_at, facility_code FROM s),
  mine AS (
    SELECT x.* FROM eps x WHERE x.person_id IN (
      SELECT y.person_id FROM eps y WHERE y.facility_code IN (SELECT facility_code FROM arrivals))),
  cuts AS (SELECT person_id, start_at AS at FROM mine UNION SELECT person_id, end_at FROM mine WHERE end_at IS NOT NULL),
  pieces AS (SELECT person_id, at AS from_at, lead(at) OVER (PARTITION BY person_id ORDER BY at) AS to_at FROM cuts),
  counted AS (
    SELECT DISTINCT ON (g.person_id, g.from_at) g.from_at, g.to_at, m.facility_code
      FROM pieces g JOIN mine m ON m.person_id = g.person_id AND m.start_at <= g.from_at AND (m.end_at IS NULL OR m.end_at > g.from_at)
     ORDER BY g.person_id, g.from_at, m.start_at DESC),
  stream AS (
    SELECT facility_code, from_at AS at, 1 AS d, NULL::integer AS line FROM counted
     WHERE facility_code IN (SELECT facility_code FROM arrivals)
    UNION ALL
    SELECT facility_code, to_at, -1, NULL FROM counted
     WHERE to_at IS NOT NULL AND facility_code IN (SELECT facility_code FROM arrivals)
    UNION ALL
    SELECT facility_code, start_at, 0, line FROM arrivals),
  run AS (
    SELECT line, sum(d) OVER (PARTITION BY facility_code ORDER BY at, line IS NOT NULL ROWS UNBOUNDED PRECEDING) AS occupied
      FROM stream)
  SELECT a.line, a.facility_code || ': ' || (r.occupied - 1) || '/' || a.beds AS value
    FROM run r JOIN arrivals a ON a.line = r.line
   WHERE r.occupied > a.beds`;

export const careKind: ImportKind = {
  kind: 'care',
  permission: 'treatment.write',
  columns: {
    person_ref: { required: true, parse: code() },
    setting: { required: true, parse: oneOf(SETTINGS) },
    facility_code: { parse: code(32) },
    start_at: { required: true, parse: instant },
    end_at: { parse: instant },
    end_reason: { parse: oneOf(END_REASONS) },
    tier: { parse: integer(1, 3) },
    override_reason: { parse: text(500) },
  },
  staging: {
    person_ref: 'text',
    setting: 'text',
    facility_code: 'text',
    start_at: 'timestamptz',
    end_at: 'timestamptz',
    end_reason: 'text',
    tier: 'integer',
    override_reason: 'text',
  },
  key: ['person_ref', 'start_at'],
  stage(c) {
    const start = c.start_at as Date,
      end = c.end_at as Date | undefined;
    if (c.setting === 'facility' && !c.facility_code)
      return [{ column: 'facility_code', key: 'care_facility_required' }];
    if (c.setting === 'home' && c.facility_code) return [{ column: 'facility_code', key: 'care_home_no_facility' }];
    if (c.setting === 'home' && c.tier !== undefined) return [{ column: 'tier', key: 'care_home_no_facility' }];
    if (end && end < start) return [{ column: 'end_at', key: 'end_before_start' }];
    if (c.end_reason && !end) return [{ column: 'end_reason', key: 'reason_without_end' }];
    if (end && !c.end_reason) return [{ column: 'end_reason', key: 'end_reason_required' }];
    return [
      c.person_ref,
      c.setting,
      c.facility_code ?? null,
      start,
      end ?? null,
      c.end_reason ?? null,
      c.tier ?? null,
      c.override_reason ?? null,
    ];
  },
  checks: [
    unknownPersonCheck(),
    { column: 'person_ref', key: 'not_a_case', sql: notACaseSql },
    {
      column: 'facility_code',
      key: 'care_unknown_facility',
      sql: `SELECT s.line, s.facility_code AS value FROM import_staging s WHERE s.facility_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM facilities f WHERE f.province_code = $1 AND f.facility_code = s.facility_code)`,
    },
    {
      column: 'facility_code',
      key: 'not_treatment_facility',
      sql: `SELECT s.line, s.facility_code AS value FROM import_staging s
              JOIN facilities f ON f.province_code = $1 AND f.facility_code = s.facility_code WHERE f.kind = 'quarantine'`,
    },
    { column: 'start_at', key: 'care_overlap', sql: overlapSql },
    { column: 'facility_code', key: 'care_facility_inactive', sql: inactiveSql },
    { column: 'facility_code', key: 'care_facility_full', sql: overCapacitySql },
  ],
  scopeCheck: personScopeCheck('person_ref'),
  async apply(tx, ctx) {
    const counts = await upsertFromStaging(tx, ctx, {
      table: 'care_episodes',
      entity: 'care_episode',
      conflict: ['person_id', 'start_at'],
      keyExpr: `${personRefOf()} || '/' || up.start_at`,
      touch: 'updated_at',
      join: personJoin(),
      insertOnly: { person_id: personId(), start_at: 's.start_at' },
      set: {
        setting: 's.setting',
        facility_code: 's.facility_code',
        // a facility episode's tier defaults to the facility's
        tier: `CASE WHEN s.setting = 'facility' THEN COALESCE(s.tier, (SELECT f.tier FROM facilities f
                 WHERE f.province_code = $1 AND f.facility_code = s.facility_code)) END`,
        end_at: 's.end_at',
        end_reason: 's.end_reason',
        override_reason: 's.override_reason',
      },
      keepIfEmpty: ['end_at', 'end_reason', 'override_reason'],
    });
    const ids = await tx.query<{ id: number }>(
      `SELECT DISTINCT ${personId()} AS id FROM import_staging s ${personJoin()} WHERE s.end_reason IN ('recovered', 'died')`,
      [ctx.province],
    );
    await proposeOutcomes(
      tx,
      ctx,
      ids.map((r) => Number(r.id)),
    );
    return counts;
  },
};

export const severityKind: ImportKind = {
  kind: 'severity',
  permission: 'treatment.write',
  columns: {
    person_ref: { required: true, parse: code() },
    observed_at: { required: true, parse: instant },
    severity: { required: true, parse: oneOf(SEVERITIES) },
    oxygen: { parse: oneOf(OXYGEN) },
  },
  staging: { person_ref: 'text', observed_at: 'timestamptz', severity: 'text', oxygen: 'text' },
  key: ['person_ref', 'observed_at'],
  stage: (c) => [c.person_ref, c.observed_at, c.severity, c.oxygen ?? 'none'],
  checks: [unknownPersonCheck(), { column: 'person_ref', key: 'not_a_case', sql: notACaseSql }],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'severity_observations',
      entity: 'severity_observation',
      conflict: ['person_id', 'observed_at'],
      keyExpr: `${personRefOf()} || '/' || up.observed_at`,
      touch: 'updated_at',
      join: personJoin(),
      insertOnly: { person_id: personId(), observed_at: 's.observed_at' },
      set: { severity: 's.severity', oxygen: 's.oxygen' },
    }),
};
