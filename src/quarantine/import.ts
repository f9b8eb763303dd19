// Import kinds `facilities` and `quarantine` (contracts/imports.md).
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, instant, integer, oneOf, text } from '../imports/fields.ts';
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
  },
  staging: { facility_code: 'text', name: 'text', kind: 'text', ward_code: 'text', beds: 'integer', icu_beds: 'integer', tier: 'integer' },
  key: ['facility_code'],
  stage: (c) => [c.facility_code, c.name, c.kind, c.ward_code ?? null, c.beds ?? null, c.icu_beds ?? null, c.tier ?? null],
  checks: [{
    column: 'ward_code', key: 'unknown_ward',
    sql: `SELECT s.line, s.ward_code AS value FROM import_staging s WHERE s.ward_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.ward_code)`,
  }],
  scopeCheck: `SELECT line, 'ward_code' AS column, ward_code AS value FROM import_staging
                WHERE ward_code IS NULL OR NOT ward_code = ANY($2::text[])`,
  apply: (tx, ctx) => upsertFromStaging(tx, ctx, {
    table: 'facilities', entity: 'facility', conflict: ['facility_code'], keyExpr: 'up.facility_code', touch: 'updated_at',
    insertOnly: { facility_code: 's.facility_code' },
    set: { name: 's.name', kind: 's.kind', ward_code: 's.ward_code', beds: 's.beds', icu_beds: 's.icu_beds', tier: 's.tier' },
    keepIfEmpty: ['ward_code', 'beds', 'icu_beds', 'tier'],
  }),
};

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
    subject_group: { parse: oneOf(['abroad', 'outbreak_area', 'contact', 'tet_returnee', 'screened', 'other'] as const) },
  },
  staging: { person_ref: 'text', kind: 'text', start_at: 'timestamptz', facility_code: 'text', end_at: 'timestamptz', end_reason: 'text', subject_group: 'text' },
  key: ['person_ref', 'start_at'],
  stage(c) {
    const start = c.start_at as Date, end = c.end_at as Date | undefined;
    if (c.kind === 'centralized' && !c.facility_code) return [{ column: 'facility_code', key: 'facility_required' }];
    if (c.kind !== 'centralized' && c.facility_code) return [{ column: 'facility_code', key: 'facility_only_centralized' }];
    if (end && end < start) return [{ column: 'end_at', key: 'end_before_start' }];
    if (c.end_reason && !end) return [{ column: 'end_reason', key: 'reason_without_end' }];
    return [c.person_ref, c.kind, start, c.facility_code ?? null, end ?? null, c.end_reason ?? null, c.subject_group ?? null];
  },
  checks: [unknownPersonCheck(), {
    column: 'facility_code', key: 'unknown_facility',
    sql: `SELECT s.line, s.facility_code AS value FROM import_staging s WHERE s.facility_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM facilities f WHERE f.province_code = $1 AND f.facility_code = s.facility_code AND f.kind <> 'treatment')`,
  }],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) => upsertFromStaging(tx, ctx, {
    table: 'quarantine_episodes', entity: 'quarantine_episode', conflict: ['person_id', 'start_at'],
    keyExpr: `${personRefOf()} || '/' || up.start_at`, touch: 'updated_at',
    join: personJoin(), insertOnly: { person_id: personId(), start_at: 's.start_at' },
    set: { kind: 's.kind', facility_code: 's.facility_code', end_at: 's.end_at', end_reason: 's.end_reason', subject_group: 's.subject_group' },
    keepIfEmpty: ['end_at', 'end_reason', 'subject_group'],
  }),
};
