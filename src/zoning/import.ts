// Import kinds `zoning_decisions` and `measures` (docs/contracts/zoning.md, imports.md conventions): a unit of the
// province, dates in order, one row per key in a file; re-importing a key replaces the stored row.
import { upsertFromStaging, type ImportKind, type RowError } from '../imports/pipeline.ts';
import { code, date, integer, oneOf, text } from '../imports/fields.ts';
import { MEASURES } from './schemas.ts';
import { UNITS } from './service.ts';

const unitMustExist = {
  column: 'unit_code',
  key: 'unknown_unit' as const,
  sql: `SELECT s.line, s.unit_code AS value FROM import_staging s
         WHERE NOT EXISTS (SELECT 1 FROM ${UNITS} u WHERE u.code = s.unit_code)`,
};

/** Rows whose key (unit, [measure,] start) an earlier line of the file already has ($1, the province, unused). */
const duplicateKey = (key: 'zoning_decision_exists' | 'zoning_measure_exists', columns: string[]) => ({
  column: 'from_date',
  key,
  sql: `SELECT s.line, s.unit_code AS unit, s.from_date::text AS date${columns.includes('measure') ? ', s.measure' : ''}
          FROM import_staging s WHERE $1::text IS NOT NULL AND EXISTS (SELECT 1 FROM import_staging o
         WHERE ${columns.map((c) => `o.${c} = s.${c}`).join(' AND ')} AND o.line < s.line)`,
});

/** A unit is in scope when every ward under it (or the ward itself) is among the actor's wards ($2). */
const unitInScope = `SELECT s.line, 'unit_code' AS column, s.unit_code AS value FROM import_staging s
  WHERE NOT (s.unit_code = ANY($2::text[])
    OR (EXISTS (SELECT 1 FROM ${UNITS} w WHERE w.parent_code = s.unit_code AND w.tier = 'ward')
        AND NOT EXISTS (SELECT 1 FROM ${UNITS} w WHERE w.parent_code = s.unit_code AND w.tier = 'ward'
                         AND NOT w.code = ANY($2::text[]))))`;

function datesInOrder(from: string, to: string | undefined): RowError[] {
  return to !== undefined && to < from ? [{ column: 'to_date', key: 'to_before_from', params: { from, to } }] : [];
}

export const zoningDecisionsKind: ImportKind = {
  kind: 'zoning_decisions',
  permission: 'zoning.write',
  columns: {
    unit_code: { required: true, parse: code(10) },
    level: { required: true, parse: integer(1, 4) },
    from_date: { required: true, parse: date },
    to_date: { parse: date },
    decision_number: { parse: text(100) },
    reason: { parse: text(1000) },
  },
  staging: {
    unit_code: 'text',
    level: 'smallint',
    from_date: 'date',
    to_date: 'date',
    decision_number: 'text',
    reason: 'text',
  },
  key: ['unit_code', 'from_date'],
  stage(c) {
    const bad = datesInOrder(c.from_date as string, c.to_date as string | undefined);
    if (bad.length) return bad;
    return [c.unit_code, c.level, c.from_date, c.to_date ?? null, c.decision_number ?? null, c.reason ?? null];
  },
  checks: [unitMustExist, duplicateKey('zoning_decision_exists', ['unit_code', 'from_date'])],
  scopeCheck: unitInScope,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'zoning_decisions',
      entity: 'zoning_decision',
      conflict: ['unit_code', 'from_date'],
      keyExpr: `up.unit_code || '/' || up.from_date`,
      touch: 'updated_at',
      insertOnly: { unit_code: 's.unit_code', from_date: 's.from_date', created_by: `'import'` },
      set: { level: 's.level', to_date: 's.to_date', decision_number: 's.decision_number', reason: 's.reason' },
    }),
};

export const measuresKind: ImportKind = {
  kind: 'measures',
  permission: 'zoning.write',
  columns: {
    unit_code: { required: true, parse: code(10) },
    measure: { required: true, parse: oneOf(MEASURES) },
    from_date: { required: true, parse: date },
    to_date: { parse: date },
    decision_number: { parse: text(100) },
    note: { parse: text(1000) },
  },
  staging: {
    unit_code: 'text',
    measure: 'text',
    from_date: 'date',
    to_date: 'date',
    decision_number: 'text',
    note: 'text',
  },
  key: ['unit_code', 'measure', 'from_date'],
  stage(c) {
    const bad = datesInOrder(c.from_date as string, c.to_date as string | undefined);
    if (bad.length) return bad;
    return [c.unit_code, c.measure, c.from_date, c.to_date ?? null, c.decision_number ?? null, c.note ?? null];
  },
  checks: [unitMustExist, duplicateKey('zoning_measure_exists', ['unit_code', 'measure', 'from_date'])],
  scopeCheck: unitInScope,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'zoning_measures',
      entity: 'zoning_measure',
      conflict: ['unit_code', 'measure', 'from_date'],
      keyExpr: `up.unit_code || '/' || up.measure || '/' || up.from_date`,
      touch: 'updated_at',
      insertOnly: {
        unit_code: 's.unit_code',
        measure: 's.measure',
        from_date: 's.from_date',
        created_by: `'import'`,
      },
      set: { to_date: 's.to_date', decision_number: 's.decision_number', note: 's.note' },
    }),
};
