// Import kinds `cases`, `outcomes`, `exposures` (docs/contracts/imports.md).
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, date, instant, oneOf, text } from '../imports/fields.ts';
import { personId, personJoin, personRefOf, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';
import { DETECTED_IN, OUTCOMES, SETTINGS, SEVERITIES, recordImportedSeverities } from './service.ts';

export const casesKind: ImportKind = {
  kind: 'cases',
  permission: 'tracing.write',
  columns: {
    person_ref: { required: true, parse: code() },
    confirmed_at: { required: true, parse: instant },
    case_number: { parse: text(32) },
    detected_in: { parse: oneOf(DETECTED_IN) },
    severity: { parse: oneOf(SEVERITIES) },
  },
  staging: {
    person_ref: 'text',
    confirmed_at: 'timestamptz',
    case_number: 'text',
    detected_in: 'text',
    severity: 'text',
  },
  key: ['person_ref'],
  stage: (c) => [c.person_ref, c.confirmed_at, c.case_number ?? null, c.detected_in ?? 'community', c.severity ?? null],
  checks: [unknownPersonCheck()],
  scopeCheck: personScopeCheck('person_ref'),
  async apply(tx, ctx) {
    const counts = await upsertFromStaging(tx, ctx, {
      table: 'cases',
      entity: 'case',
      conflict: ['person_id'],
      keyExpr: personRefOf(),
      touch: 'updated_at',
      join: personJoin(),
      insertOnly: { person_id: personId() },
      set: {
        confirmed_at: 's.confirmed_at',
        case_number: 's.case_number',
        detected_in: 's.detected_in',
        severity: 's.severity',
      },
      keepIfEmpty: ['case_number', 'severity'],
    });
    await recordImportedSeverities(tx, ctx);
    return counts;
  },
};

export const outcomesKind: ImportKind = {
  kind: 'outcomes',
  permission: 'tracing.write',
  columns: {
    person_ref: { required: true, parse: code() },
    outcome: { required: true, parse: oneOf(OUTCOMES) },
    at: { required: true, parse: instant },
  },
  staging: { person_ref: 'text', outcome: 'text', at: 'timestamptz' },
  key: ['person_ref', 'outcome'],
  stage: (c) => [c.person_ref, c.outcome, c.at],
  checks: [
    unknownPersonCheck(),
    {
      column: 'person_ref',
      key: 'not_a_case',
      sql: `SELECT s.line, s.person_ref AS value FROM import_staging s ${personJoin()}
           WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = ${personId()})`,
    },
    {
      column: 'at',
      key: 'outcome_before_case',
      sql: `SELECT s.line, s.person_ref AS value FROM import_staging s ${personJoin()}
            JOIN cases c ON c.province_code = $1 AND c.person_id = ${personId()} WHERE s.at < c.confirmed_at`,
    },
  ],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'outcomes',
      entity: 'outcome',
      conflict: ['person_id', 'outcome'],
      keyExpr: `${personRefOf()} || '/' || up.outcome`,
      join: personJoin(),
      insertOnly: { person_id: personId(), outcome: 's.outcome' },
      set: { at: 's.at' },
    }),
};

export const exposuresKind: ImportKind = {
  kind: 'exposures',
  permission: 'tracing.write',
  columns: {
    source_ref: { required: true, parse: code() },
    contact_ref: { required: true, parse: code() },
    exposed_on: { required: true, parse: date },
    setting: { parse: oneOf(SETTINGS) },
  },
  staging: { source_ref: 'text', contact_ref: 'text', exposed_on: 'date', setting: 'text' },
  key: ['source_ref', 'contact_ref', 'exposed_on'],
  stage: (c) =>
    c.source_ref === c.contact_ref
      ? [{ column: 'contact_ref', key: 'self_exposure' }]
      : [c.source_ref, c.contact_ref, c.exposed_on, c.setting ?? null],
  checks: [unknownPersonCheck('source_ref'), unknownPersonCheck('contact_ref')],
  // Tracing crosses district lines: the actor must cover at least one side of the contact.
  scopeCheck: `SELECT s.line, 'contact_ref' AS column, s.contact_ref AS value FROM import_staging s
      ${personJoin('source_ref', 'a')} ${personJoin('contact_ref', 'b')}
     WHERE NOT (COALESCE(a.ward_code = ANY($2::text[]), false) OR COALESCE(b.ward_code = ANY($2::text[]), false))`,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'exposures',
      entity: 'exposure',
      conflict: ['source_person_id', 'contact_person_id', 'exposed_on'],
      keyExpr: `${personRefOf('up.source_person_id')} || '/' || ${personRefOf('up.contact_person_id')} || '/' || up.exposed_on`,
      join: `${personJoin('source_ref', 'a')} ${personJoin('contact_ref', 'b')}`,
      insertOnly: { source_person_id: personId('a'), contact_person_id: personId('b'), exposed_on: 's.exposed_on' },
      set: { setting: 's.setting' },
      keepIfEmpty: ['setting'],
    }),
};
