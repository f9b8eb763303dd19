// Import kinds `samples` and `pool_results` (contracts/imports.md).
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, instant, oneOf, text } from '../imports/fields.ts';
import { personId, personJoin, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';

export const samplesKind: ImportKind = {
  kind: 'samples',
  permission: 'testing.write',
  columns: {
    sample_ref: { required: true, parse: code() },
    person_ref: { required: true, parse: code() },
    taken_at: { required: true, parse: instant },
    method: { required: true, parse: oneOf(['pcr', 'rapid_antigen'] as const, { 'rt-pcr': 'pcr', rt_pcr: 'pcr', antigen: 'rapid_antigen' }) },
    pool_ref: { parse: code() },
    result: { parse: oneOf(['pending', 'negative', 'positive', 'invalid'] as const) },
    result_at: { parse: instant },
    lab: { parse: text(100) },
  },
  staging: { sample_ref: 'text', person_ref: 'text', taken_at: 'timestamptz', method: 'text', pool_ref: 'text', result: 'text', result_at: 'timestamptz', lab: 'text' },
  key: ['sample_ref'],
  stage(c) {
    const result = (c.result as string | undefined) ?? 'pending';
    const at = c.result_at as Date | undefined;
    if (result !== 'pending' && !at) return [{ column: 'result_at', key: 'result_at_required' }];
    if (result === 'pending' && at) return [{ column: 'result_at', key: 'result_at_without_result' }];
    if (at && at < (c.taken_at as Date)) return [{ column: 'result_at', key: 'result_before_taken' }];
    return [c.sample_ref, c.person_ref, c.taken_at, c.method, c.pool_ref ?? null, result, at ?? null, c.lab ?? null];
  },
  checks: [unknownPersonCheck()],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) => upsertFromStaging(tx, ctx, {
    table: 'samples', entity: 'sample', conflict: ['sample_ref'], keyExpr: 'up.sample_ref', touch: 'updated_at',
    join: personJoin(), insertOnly: { sample_ref: 's.sample_ref' },
    set: { person_id: personId(), taken_at: 's.taken_at', method: 's.method', pool_ref: 's.pool_ref', result: 's.result', result_at: 's.result_at', lab: 's.lab' },
    keepIfEmpty: ['pool_ref', 'lab'],
  }),
};

export const poolResultsKind: ImportKind = {
  kind: 'pool_results',
  permission: 'testing.write',
  columns: {
    pool_ref: { required: true, parse: code() },
    result: { required: true, parse: oneOf(['negative', 'positive', 'invalid'] as const) },
    result_at: { required: true, parse: instant },
  },
  staging: { pool_ref: 'text', result: 'text', result_at: 'timestamptz' },
  key: ['pool_ref'],
  stage: (c) => [c.pool_ref, c.result, c.result_at],
  checks: [{
    column: 'pool_ref', key: 'unknown_pool',
    sql: `SELECT s.line, s.pool_ref AS value FROM import_staging s WHERE NOT EXISTS (
            SELECT 1 FROM samples m WHERE m.province_code = $1 AND m.pool_ref = s.pool_ref)`,
  }, {
    column: 'result_at', key: 'result_before_taken',
    sql: `SELECT DISTINCT s.line, s.pool_ref AS value FROM import_staging s
            JOIN samples m ON m.province_code = $1 AND m.pool_ref = s.pool_ref WHERE s.result_at < m.taken_at`,
  }],
  scopeCheck: `SELECT DISTINCT s.line, 'pool_ref' AS column, s.pool_ref AS value FROM import_staging s
      JOIN samples m ON m.province_code = $1 AND m.pool_ref = s.pool_ref
      JOIN persons p ON p.province_code = $1 AND p.person_id = m.person_id
     WHERE p.ward_code IS NULL OR NOT p.ward_code = ANY($2::text[])`,
  apply: (tx, ctx) => upsertFromStaging(tx, ctx, {
    table: 'pools', entity: 'pool', conflict: ['pool_ref'], keyExpr: 'up.pool_ref', touch: 'updated_at',
    insertOnly: { pool_ref: 's.pool_ref' }, set: { result: 's.result', result_at: 's.result_at' },
  }),
};
