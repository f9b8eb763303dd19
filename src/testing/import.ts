// Import kinds `samples` and `pool_results` (docs/contracts/imports.md), with two optional columns beyond the contract:
// `specimen` and `ct_values`. An empty cell is "not given": it keeps what is stored (a new sample is pending).
import { upsertFromStaging, type ImportKind, type RowError } from '../imports/pipeline.ts';
import { code, instant, oneOf, text, type CellParser } from '../imports/fields.ts';
import { personId, personJoin, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { confirmFromPositiveSamples } from '../tracing/service.ts';
import { releaseF2OnSourceNegative } from '../quarantine/release.ts';

export const METHODS = ['pcr', 'rapid_antigen'] as const;
export const RESULTS = ['pending', 'negative', 'positive', 'invalid'] as const;
export const POOL_RESULTS = ['negative', 'positive', 'invalid'] as const;
export const SPECIMENS = ['nasopharyngeal', 'oropharyngeal', 'nasal', 'saliva', 'other'] as const;
export type Method = (typeof METHODS)[number];
export type Result = (typeof RESULTS)[number];
export type CtValues = Record<string, number>;

/** A Ct value is a PCR cycle count; kits stop at 40–45 cycles. */
export const validCt = (v: number) => Number.isFinite(v) && v > 0 && v <= 50;

/** `22.1` (one value, stored as "Ct") or `E:22.1;N:24.3` (per target gene); a decimal comma is accepted. */
export const ctValues: CellParser<CtValues> = (cell) => {
  const out: CtValues = {};
  for (const part of cell
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(?:([A-Za-z][A-Za-z0-9]{0,15})\s*[:=]\s*)?(\d{1,2}(?:[.,]\d+)?)$/.exec(part);
    const v = m ? Number(m[2].replace(',', '.')) : NaN;
    const gene = m?.[1] ?? 'Ct';
    if (!m || !validCt(v) || gene in out) return { error: 'bad_ct', params: { value: cell } };
    out[gene] = v;
  }
  return Object.keys(out).length ? { ok: out } : { error: 'bad_ct', params: { value: cell } };
};

/**
 * The rules a sample's result obeys wherever it is written (import row or API): a result other than pending has
 * its time, pending has none, the result does not come before the sample, Ct values come with a result, and only
 * PCR samples are pooled. `result` undefined = not given.
 */
export function sampleProblems(s: {
  taken_at: Date;
  method: string;
  pool_ref?: string | null;
  result?: string;
  result_at?: Date | null;
  ct_values?: CtValues | null;
}): RowError[] {
  const errors: RowError[] = [];
  const resulted = s.result !== undefined && s.result !== 'pending';
  if (s.pool_ref && s.method !== 'pcr') errors.push({ column: 'pool_ref', key: 'pool_not_pcr' });
  if (resulted && !s.result_at) errors.push({ column: 'result_at', key: 'result_at_required' });
  else if (!resulted && s.result_at) errors.push({ column: 'result_at', key: 'result_at_without_result' });
  else if (s.result_at && s.result_at < s.taken_at) errors.push({ column: 'result_at', key: 'result_before_taken' });
  if (s.ct_values && !resulted) errors.push({ column: 'ct_values', key: 'ct_without_result' });
  return errors;
}

/** A lab file this large (and at least the size of the table) loads with the samples indexes rebuilt after it. */
export const BULK_ROWS = 100_000;

/** Aggregate: the pool is a household pool (larger limit) when every member lives at one address of one ward. */
export const householdPool = (m: string) =>
  `(count(DISTINCT (${m}.ward_code, fold_vi(${m}.address))) = 1 AND bool_and(${m}.address IS NOT NULL))`;

export const samplesKind: ImportKind = {
  kind: 'samples',
  permission: 'testing.write',
  columns: {
    sample_ref: { required: true, parse: code() },
    person_ref: { required: true, parse: code() },
    taken_at: { required: true, parse: instant },
    method: { required: true, parse: oneOf(METHODS, { 'rt-pcr': 'pcr', rt_pcr: 'pcr', antigen: 'rapid_antigen' }) },
    pool_ref: { parse: code() },
    result: { parse: oneOf(RESULTS) },
    result_at: { parse: instant },
    lab: { parse: text(100) },
    specimen: { parse: oneOf(SPECIMENS) },
    ct_values: { parse: ctValues },
  },
  staging: {
    sample_ref: 'text',
    person_ref: 'text',
    taken_at: 'timestamptz',
    method: 'text',
    pool_ref: 'text',
    result: 'text',
    result_at: 'timestamptz',
    lab: 'text',
    specimen: 'text',
    ct_values: 'jsonb',
  },
  key: ['sample_ref'],
  stage(c) {
    const errors = sampleProblems(c as Parameters<typeof sampleProblems>[0]);
    if (errors.length) return errors;
    return [
      c.sample_ref,
      c.person_ref,
      c.taken_at,
      c.method,
      c.pool_ref ?? null,
      c.result ?? null,
      c.result_at ?? null,
      c.lab ?? null,
      c.specimen ?? null,
      c.ct_values ? JSON.stringify(c.ct_values) : null,
    ];
  },
  checks: [
    unknownPersonCheck(),
    {
      // The pool as it will be after this file: its members not named in the file, plus the file's pooled rows.
      // Only pools larger than both limits of their first day need their members' addresses (household pools).
      column: 'pool_ref',
      key: 'pool_too_large',
      sql: `WITH staged AS (
            SELECT DISTINCT ON (s.sample_ref) s.line, s.sample_ref, s.pool_ref, s.person_ref, s.taken_at
              FROM import_staging s WHERE s.pool_ref IS NOT NULL ORDER BY s.sample_ref, s.line DESC),
          members AS (
            SELECT x.pool_ref, x.taken_at, x.person_ref, NULL::bigint AS person_id FROM staged x
            UNION ALL
            SELECT m.pool_ref, m.taken_at, NULL, m.person_id FROM samples m
             WHERE m.province_code = $1 AND m.pool_ref IN (SELECT pool_ref FROM staged)
               AND NOT EXISTS (SELECT 1 FROM import_staging x WHERE x.sample_ref = m.sample_ref)),
          sized AS (SELECT pool_ref, count(*)::int AS size, min(taken_at) AS first FROM members GROUP BY pool_ref),
          days AS (
            SELECT d.first, pool_max_members($1, d.first, false) AS plain, pool_max_members($1, d.first, true) AS household
              FROM (SELECT DISTINCT first FROM sized) d),
          big AS (SELECT z.*, d.plain, d.household FROM sized z JOIN days d USING (first) WHERE z.size > least(d.plain, d.household)),
          judged AS (
            SELECT b.pool_ref, b.size, CASE WHEN ${householdPool('p')} THEN min(b.household) ELSE min(b.plain) END AS max
              FROM big b JOIN members m USING (pool_ref)
              JOIN persons p ON p.province_code = $1 AND (p.person_ref = m.person_ref OR p.person_id = m.person_id)
             GROUP BY b.pool_ref, b.size)
          SELECT x.line, x.pool_ref AS value, j.size, j.max FROM staged x JOIN judged j USING (pool_ref) WHERE j.size > j.max`,
    },
  ],
  // Both the person named and, for a stored sample, the person it was taken from must be the actor's.
  scopeCheck: `${personScopeCheck('person_ref')}
    UNION ALL
    SELECT s.line, 'sample_ref' AS column, s.sample_ref AS value FROM import_staging s
      JOIN samples m ON m.province_code = $1 AND m.sample_ref = s.sample_ref
      JOIN persons p ON p.province_code = $1 AND p.person_id = m.person_id
     WHERE p.ward_code IS NULL OR NOT p.ward_code = ANY($2::text[])`,
  async apply(tx, ctx) {
    const counts = await upsertFromStaging(tx, ctx, {
      table: 'samples',
      entity: 'sample',
      conflict: ['sample_ref'],
      keyExpr: 'up.sample_ref',
      touch: 'updated_at',
      bulkFrom: BULK_ROWS,
      join: `${personJoin()} LEFT JOIN samples cur ON cur.province_code = $1 AND cur.sample_ref = s.sample_ref`,
      insertOnly: { sample_ref: 's.sample_ref' },
      set: {
        person_id: personId(),
        taken_at: 's.taken_at',
        method: 's.method',
        pool_ref: 's.pool_ref',
        result: `COALESCE(s.result, cur.result, 'pending')`,
        result_at: 'CASE WHEN s.result IS NULL THEN cur.result_at ELSE s.result_at END',
        lab: 's.lab',
        specimen: 's.specimen',
        ct_values: 's.ct_values',
      },
      keepIfEmpty: ['pool_ref', 'lab', 'specimen', 'ct_values'],
      // A result replaced by a different one is a correction: the earlier version is kept.
      alsoWith: `corrected AS (
        INSERT INTO sample_result_history (province_code, sample_ref, result, result_at, ct_values, lab, superseded_by)
        SELECT old.province_code, old.sample_ref, old.result, old.result_at, old.ct_values, old.lab, $2
          FROM up JOIN old ON old.province_code = up.province_code AND old.sample_ref = up.sample_ref
         WHERE old.result <> 'pending'
           AND (old.result, old.result_at, old.ct_values) IS DISTINCT FROM (up.result, up.result_at, up.ct_values))`,
    });
    // A positive PCR result confirms the person as a case (when the rule set says so), in this transaction.
    await confirmFromPositiveSamples(tx, ctx, { fromImportStaging: true });
    // A negative one may release the F1's F2 from home quarantine (rule f2_release_on_source_negative).
    const negative = await tx.query<{ sample_ref: string }>(
      "SELECT DISTINCT sample_ref FROM import_staging WHERE method = 'pcr' AND result = 'negative'",
    );
    await releaseF2OnSourceNegative(
      tx,
      ctx,
      negative.map((r) => r.sample_ref),
    );
    return counts;
  },
};

export const poolResultsKind: ImportKind = {
  kind: 'pool_results',
  permission: 'testing.write',
  columns: {
    pool_ref: { required: true, parse: code() },
    result: { required: true, parse: oneOf(POOL_RESULTS) },
    result_at: { required: true, parse: instant },
  },
  staging: { pool_ref: 'text', result: 'text', result_at: 'timestamptz' },
  key: ['pool_ref'],
  stage: (c) => [c.pool_ref, c.result, c.result_at],
  checks: [
    {
      column: 'pool_ref',
      key: 'unknown_pool',
      sql: `SELECT s.line, s.pool_ref AS value FROM import_staging s WHERE NOT EXISTS (
            SELECT 1 FROM samples m WHERE m.province_code = $1 AND m.pool_ref = s.pool_ref)`,
    },
    {
      column: 'result_at',
      key: 'result_before_taken',
      sql: `SELECT DISTINCT s.line, s.pool_ref AS value FROM import_staging s
            JOIN samples m ON m.province_code = $1 AND m.pool_ref = s.pool_ref WHERE s.result_at < m.taken_at`,
    },
  ],
  scopeCheck: `SELECT DISTINCT s.line, 'pool_ref' AS column, s.pool_ref AS value FROM import_staging s
      JOIN samples m ON m.province_code = $1 AND m.pool_ref = s.pool_ref
      JOIN persons p ON p.province_code = $1 AND p.person_id = m.person_id
     WHERE p.ward_code IS NULL OR NOT p.ward_code = ANY($2::text[])`,
  async apply(tx, ctx) {
    const counts = await upsertFromStaging(tx, ctx, {
      table: 'pools',
      entity: 'pool',
      conflict: ['pool_ref'],
      keyExpr: 'up.pool_ref',
      touch: 'updated_at',
      insertOnly: { pool_ref: 's.pool_ref' },
      set: { result: 's.result', result_at: 's.result_at' },
    });
    const staged = await tx.query<{ pool_ref: string }>(
      "SELECT DISTINCT pool_ref FROM import_staging WHERE result = 'negative'",
    );
    await releaseF2OnSourceNegative(
      tx,
      ctx,
      await poolMemberRefs(
        tx,
        ctx,
        staged.map((r) => r.pool_ref),
      ),
    );
    return counts;
  },
};

/** The samples of these pools (a negative pool's result is its members'). */
export async function poolMemberRefs(tx: Db, ctx: Ctx, poolRefs: string[]): Promise<string[]> {
  if (poolRefs.length === 0) return [];
  const rows = await tx.query<{ sample_ref: string }>(
    'SELECT sample_ref FROM samples WHERE province_code = $1 AND pool_ref = ANY($2::text[])',
    [ctx.province, poolRefs],
  );
  return rows.map((r) => r.sample_ref);
}
