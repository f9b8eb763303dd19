// Import kinds `facilities` and `quarantine` (docs/contracts/imports.md), with optional columns added by the quarantine
// module: facilities `status` (planned/active/closed), `active_from`, `active_to`; quarantine `override_reason`; by
// the treatment module (contracts/treatment.md): facilities `oxygen_beds`, `ventilators`; and by period-report.md:
// quarantine `held_in_province`, a resident held in another province (no facility; never counted as the province's);
// and for seed 000's splits (splits.ts): facilities `site_type` (`health_centre`, `other`), quarantine `workplace`
// and `workplace_type` (`industrial_zone`, `other`).
import { upsertFromStaging, type ImportKind, type RowError } from '../imports/pipeline.ts';
import { code, date, instant, integer, oneOf, text } from '../imports/fields.ts';
import { personId, personJoin, personRefOf, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';

export const facilitiesKind: ImportKind = {
  kind: 'facilities',
  permission: 'quarantine.write',
  columns: {
    facility_code: { required: true, parse: code(32) },
    name: { required: true, parse: text(200) },
    kind: { required: true, parse: oneOf(['quarantine', 'treatment', 'both'] as const) },
    ward_code: { parse: code(10) },
    beds: { parse: integer(0, 100_000) },
    icu_beds: { parse: integer(0, 10_000) },
    tier: { parse: integer(1, 3) },
    status: { parse: oneOf(['planned', 'active', 'closed'] as const) },
    active_from: { parse: date },
    active_to: { parse: date },
    oxygen_beds: { parse: integer(0, 100_000) },
    ventilators: { parse: integer(0, 10_000) },
    site_type: {
      parse: oneOf(['health_centre', 'other'] as const, {
        'trung tam y te': 'health_centre',
        'tram y te': 'health_centre',
        'co so y te': 'health_centre',
        khac: 'other',
      }),
    },
  },
  staging: {
    facility_code: 'text',
    name: 'text',
    kind: 'text',
    ward_code: 'text',
    beds: 'integer',
    icu_beds: 'integer',
    tier: 'integer',
    status: 'text',
    active_from: 'date',
    active_to: 'date',
    oxygen_beds: 'integer',
    ventilators: 'integer',
    site_type: 'text',
  },
  key: ['facility_code'],
  stage(c) {
    if (c.active_from && c.active_to && (c.active_to as string) < (c.active_from as string))
      return [{ column: 'active_to', key: 'bad_active_period' }];
    return [
      c.facility_code,
      c.name,
      c.kind,
      c.ward_code ?? null,
      c.beds ?? null,
      c.icu_beds ?? null,
      c.tier ?? null,
      c.status ?? null,
      c.active_from ?? null,
      c.active_to ?? null,
      c.oxygen_beds ?? null,
      c.ventilators ?? null,
      c.site_type ?? null,
    ];
  },
  checks: [
    {
      column: 'ward_code',
      key: 'unknown_ward',
      sql: `SELECT s.line, s.ward_code AS value FROM import_staging s WHERE s.ward_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.ward_code)`,
    },
  ],
  // Both the new ward and, for a stored facility, its stored ward must be the actor's (an empty ward keeps the stored).
  scopeCheck: `SELECT s.line, 'ward_code' AS column,
                      CASE WHEN s.ward_code IS NULL OR s.ward_code = ANY($2::text[]) THEN f.ward_code ELSE s.ward_code END AS value
                 FROM import_staging s
                 LEFT JOIN facilities f ON f.province_code = $1 AND f.facility_code = s.facility_code
                WHERE (s.ward_code IS NOT NULL AND NOT s.ward_code = ANY($2::text[]))
                   OR (s.ward_code IS NULL AND f.facility_code IS NULL)
                   OR (f.facility_code IS NOT NULL AND (f.ward_code IS NULL OR NOT f.ward_code = ANY($2::text[])))`,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'facilities',
      entity: 'facility',
      conflict: ['facility_code'],
      keyExpr: 'up.facility_code',
      touch: 'updated_at',
      insertOnly: { facility_code: 's.facility_code' },
      set: {
        name: 's.name',
        kind: 's.kind',
        ward_code: 's.ward_code',
        beds: 's.beds',
        icu_beds: 's.icu_beds',
        tier: 's.tier',
        // An empty status keeps the stored one; a new facility without one is active.
        status: `COALESCE(s.status, (SELECT f.status FROM facilities f WHERE f.province_code = $1 AND f.facility_code = s.facility_code), 'active')`,
        active_from: 's.active_from',
        active_to: 's.active_to',
        oxygen_beds: 's.oxygen_beds',
        ventilators: 's.ventilators',
        site_type: 's.site_type',
      },
      keepIfEmpty: [
        'ward_code',
        'beds',
        'icu_beds',
        'tier',
        'active_from',
        'active_to',
        'oxygen_beds',
        'ventilators',
        'site_type',
      ],
    }),
};

/**
 * Centralized rows (without override_reason) at a facility that is full at their start instant, counted as the
 * daily report counts (a person once, under their latest-started open episode) over the stored episodes with this
 * file's rows applied. Only new assignments are checked: a stored episode restated at the same facility passes.
 * Value: "facility: occupied before the row/beds" when the facility is in the actor's jurisdiction ($2, null for the
 * province), else the facility alone: another district's occupancy is not the actor's to read (as in the API).
 *
 * Set-based sweep, linear in the episodes: each person's time is cut at their episodes' starts and ends; on each
 * piece one episode counts (the open one started last); a piece at a facility is +1 at its start and −1 at its
 * end; the running sum per facility, read at each arrival after the changes at that instant, is the occupancy.
 */
const overCapacitySql = `
  WITH s AS (
    SELECT DISTINCT ON (p.pid, s.start_at) s.line, p.pid AS person_id, s.kind, s.start_at, s.facility_code, s.held_in_province,
           COALESCE(s.override_reason, e.override_reason) AS override_reason, COALESCE(s.end_at, e.end_at) AS end_at,
           e.facility_code AS stored_facility
      FROM import_staging s
      CROSS JOIN LATERAL (SELECT COALESCE(merged_into, person_id) AS pid FROM persons
                           WHERE province_code = $1 AND person_ref = s.person_ref) p
      LEFT JOIN quarantine_episodes e ON e.province_code = $1 AND e.person_id = p.pid AND e.start_at = s.start_at
     ORDER BY p.pid, s.start_at, s.line DESC),
  arrivals AS (
    SELECT s.line, s.facility_code, s.start_at, f.beds, f.ward_code FROM s
      JOIN facilities f ON f.province_code = $1 AND f.facility_code = s.facility_code
     WHERE s.kind = 'centralized' AND s.override_reason IS NULL AND f.beds IS NOT NULL AND f.kind <> 'treatment'
       AND s.stored_facility IS DISTINCT FROM s.facility_code -- a stored assignment restated is not a new one
       AND facility_state(f.status, f.active_from, f.active_to, vn_day(s.start_at)) = 'active'),
  -- (episodes held in another province are not the province's quarantine: they never take a bed here)
  eps AS (
    SELECT e.person_id, e.start_at, e.end_at, e.facility_code FROM quarantine_episodes e
     WHERE e.province_code = $1 AND e.held_in_province IS NULL
       AND NOT EXISTS (SELECT 1 FROM s WHERE s.person_id = e.person_id AND s.start_at = e.start_at)
    UNION ALL
    SELECT person_id, start_at, end_at, facility_code FROM s WHERE held_in_province IS NULL),
  -- the episodes of persons ever at a facility receiving arrivals
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
  SELECT a.line, CASE WHEN $2::text[] IS NULL OR a.ward_code = ANY($2::text[])
                      THEN a.facility_code || ': ' || (r.occupied - 1) || '/' || a.beds
                      ELSE a.facility_code END AS value
    FROM run r JOIN arrivals a ON a.line = r.line
   WHERE r.occupied > a.beds`;

/** New centralized assignments (without override_reason) to a facility not active (planned/closed) on their start day. */
const inactiveSql = (state: 'planned' | 'closed') => `
  SELECT s.line, s.facility_code AS value FROM import_staging s
    JOIN facilities f ON f.province_code = $1 AND f.facility_code = s.facility_code
    LEFT JOIN persons p ON p.province_code = $1 AND p.person_ref = s.person_ref
    LEFT JOIN quarantine_episodes e ON e.province_code = $1 AND e.person_id = COALESCE(p.merged_into, p.person_id)
     AND e.start_at = s.start_at
   WHERE s.kind = 'centralized' AND COALESCE(s.override_reason, e.override_reason) IS NULL
     AND e.facility_code IS DISTINCT FROM s.facility_code
     AND facility_state(f.status, f.active_from, f.active_to, vn_day(s.start_at)) = '${state}'`;

export const quarantineKind: ImportKind = {
  kind: 'quarantine',
  permission: 'quarantine.write',
  columns: {
    person_ref: { required: true, parse: code() },
    kind: { required: true, parse: oneOf(['centralized', 'home', 'self_monitoring'] as const) },
    start_at: { required: true, parse: instant },
    facility_code: { parse: code(32) },
    end_at: { parse: instant },
    end_reason: { parse: oneOf(['completed', 'confirmed_case', 'transferred', 'other'] as const) },
    subject_group: {
      parse: oneOf(['abroad', 'outbreak_area', 'contact', 'tet_returnee', 'screened', 'other'] as const),
    },
    override_reason: { parse: text(500) },
    held_in_province: { parse: code(10) },
    workplace: { parse: text(200) },
    workplace_type: {
      parse: oneOf(['industrial_zone', 'other'] as const, { 'khu cong nghiep': 'industrial_zone', khac: 'other' }),
    },
  },
  staging: {
    person_ref: 'text',
    kind: 'text',
    start_at: 'timestamptz',
    facility_code: 'text',
    end_at: 'timestamptz',
    end_reason: 'text',
    subject_group: 'text',
    override_reason: 'text',
    held_in_province: 'text',
    workplace: 'text',
    workplace_type: 'text',
  },
  key: ['person_ref', 'start_at'],
  stage(c, env) {
    const start = c.start_at as Date,
      end = c.end_at as Date | undefined,
      held = c.held_in_province as string | undefined;
    // Held in another province: a province of the national list (not this one: a check below), and no facility.
    const heldErrors: RowError[] = [];
    if (held && !env.provinceCodes.has(held))
      heldErrors.push({ column: 'held_in_province', key: 'unknown_held_province', params: { value: held } });
    if (held && c.facility_code)
      heldErrors.push({ column: 'facility_code', key: 'held_with_facility', params: { value: held } });
    if (heldErrors.length) return heldErrors;
    if (c.kind === 'centralized' && !c.facility_code && !held)
      return [{ column: 'facility_code', key: 'facility_required' }];
    if (c.kind !== 'centralized' && c.facility_code)
      return [{ column: 'facility_code', key: 'facility_only_centralized' }];
    if (end && end < start) return [{ column: 'end_at', key: 'end_before_start' }];
    if (c.end_reason && !end) return [{ column: 'end_reason', key: 'reason_without_end' }];
    return [
      c.person_ref,
      c.kind,
      start,
      c.facility_code ?? null,
      end ?? null,
      c.end_reason ?? null,
      c.subject_group ?? null,
      c.override_reason ?? null,
      held ?? null,
      c.workplace ?? null,
      c.workplace_type ?? null,
    ];
  },
  checks: [
    unknownPersonCheck(),
    {
      column: 'held_in_province',
      key: 'held_in_own_province',
      sql: `SELECT s.line, s.held_in_province AS value FROM import_staging s WHERE s.held_in_province = $1`,
    },
    {
      column: 'facility_code',
      key: 'unknown_facility',
      sql: `SELECT s.line, s.facility_code AS value FROM import_staging s WHERE s.facility_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM facilities f WHERE f.province_code = $1 AND f.facility_code = s.facility_code AND f.kind <> 'treatment')`,
    },
    { column: 'facility_code', key: 'facility_planned', sql: inactiveSql('planned') },
    { column: 'facility_code', key: 'facility_closed', sql: inactiveSql('closed') },
    { column: 'facility_code', key: 'facility_full', sql: overCapacitySql, scoped: true },
  ],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'quarantine_episodes',
      entity: 'quarantine_episode',
      conflict: ['person_id', 'start_at'],
      keyExpr: `${personRefOf()} || '/' || up.start_at`,
      touch: 'updated_at',
      join: personJoin(),
      insertOnly: { person_id: personId(), start_at: 's.start_at' },
      set: {
        kind: 's.kind',
        facility_code: 's.facility_code',
        end_at: 's.end_at',
        end_reason: 's.end_reason',
        subject_group: 's.subject_group',
        override_reason: 's.override_reason',
        held_in_province: 's.held_in_province',
        workplace: 's.workplace',
        workplace_type: 's.workplace_type',
      },
      keepIfEmpty: ['end_at', 'end_reason', 'subject_group', 'override_reason', 'workplace', 'workplace_type'],
    }),
};
