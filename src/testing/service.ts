// Samples and their results, pools and the re-sample list. A sample's current result lives on the sample; a result
// that is replaced (a correction) is kept in sample_result_history with who, when and why. Pooled members are
// never overwritten by the pool's result: sample_results_at() derives it (negative/invalid pool → members), in
// results.sql beside this file; a pool's size limit is pool_max_members in pools.sql.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { scopeParam } from '../auth/scope.ts';
import { confirmFromPositiveSamples, notInFuture, personIdOf } from '../tracing/service.ts';
import { releaseF2OnSourceNegative } from '../quarantine/release.ts';
import { householdPool, poolMemberRefs, sampleProblems, type CtValues, type Method, type Result } from './import.ts';
import type { Pool, PoolMember, ResampleItem, Sample, SampleListItem, SampleVersion } from './schemas.ts';

export interface SampleInput {
  sample_ref: string;
  person_ref: string;
  taken_at: Date;
  method: Method;
  specimen?: string | null;
  pool_ref?: string | null;
  lab?: string | null;
  result?: Result;
  result_at?: Date | null;
  ct_values?: CtValues | null;
}
export interface ResultInput {
  result: Result;
  result_at?: Date | null;
  ct_values?: CtValues | null;
  lab?: string | null;
  reason?: string | null;
}

const SAMPLE_COLUMNS = `s.sample_ref, p.person_ref, p.full_name, p.ward_code, s.taken_at, s.method, s.specimen, s.pool_ref,
  s.lab, s.result, s.result_at, s.ct_values, s.created_at, s.updated_at`;

function problemsOrThrow(s: Parameters<typeof sampleProblems>[0]): void {
  const [e] = sampleProblems(s);
  if (e) throw new AppError(400, e.key, e.params ?? {}, e.column);
}

/** The person a sample belongs to (for the route's jurisdiction check). */
export async function personOfSample(db: Db, ctx: Ctx, sampleRef: string): Promise<string> {
  const [r] = await db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM samples s JOIN persons p USING (province_code, person_id)
      WHERE s.province_code = $1 AND s.sample_ref = $2`,
    [ctx.province, sampleRef],
  );
  if (!r) throw notFound(thing('sample', sampleRef));
  return r.person_ref;
}

/** The persons of a pool's members. */
export async function personsOfPool(db: Db, ctx: Ctx, poolRef: string): Promise<string[]> {
  const rows = await db.query<{ person_ref: string }>(
    `SELECT DISTINCT p.person_ref FROM samples s JOIN persons p USING (province_code, person_id)
      WHERE s.province_code = $1 AND s.pool_ref = $2`,
    [ctx.province, poolRef],
  );
  if (!rows.length) throw new AppError(404, 'unknown_pool', { value: poolRef }, 'pool_ref');
  return rows.map((r) => r.person_ref);
}

/** A pool over its size limit (rule set on its first member's day; household pools have their own limit). */
async function assertPoolSize(tx: Db, ctx: Ctx, poolRef: string): Promise<void> {
  const [r] = await tx.query<{ size: number; max: number }>(
    `SELECT count(*)::int AS size, pool_max_members($1, min(s.taken_at), ${householdPool('p')}) AS max
       FROM samples s JOIN persons p USING (province_code, person_id) WHERE s.province_code = $1 AND s.pool_ref = $2`,
    [ctx.province, poolRef],
  );
  if (r && r.size > r.max)
    throw new AppError(400, 'pool_too_large', { value: poolRef, size: r.size, max: r.max }, 'pool_ref');
}

/** Registers a sample (with its result when already known). A positive PCR result confirms the case in the same transaction. */
export async function createSample(db: Db, ctx: Ctx, input: SampleInput) {
  notInFuture(input.taken_at, 'taken_at');
  if (input.result_at) notInFuture(input.result_at, 'result_at');
  problemsOrThrow(input);
  return db.tx(async (tx) => {
    const personId = await personIdOf(tx, ctx, input.person_ref);
    const [row] = await tx.query(
      `INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, specimen, pool_ref, lab, result, result_at, ct_values)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)
       ON CONFLICT (province_code, sample_ref) DO NOTHING RETURNING *`,
      [
        ctx.province,
        input.sample_ref,
        personId,
        input.taken_at,
        input.method,
        input.specimen ?? null,
        input.pool_ref ?? null,
        input.lab ?? null,
        input.result ?? 'pending',
        input.result_at ?? null,
        input.ct_values ? JSON.stringify(input.ct_values) : null,
      ],
    );
    if (!row) throw new AppError(409, 'sample_exists', { value: input.sample_ref }, 'sample_ref');
    if (input.pool_ref) await assertPoolSize(tx, ctx, input.pool_ref);
    await audit(tx, ctx, 'insert', 'sample', input.sample_ref, null, row);
    if (input.result === 'positive') await confirmFromPositiveSamples(tx, ctx, { sampleRefs: [input.sample_ref] });
    if (input.result === 'negative') await releaseF2OnSourceNegative(tx, ctx, [input.sample_ref]);
    return getSample(tx, ctx, input.sample_ref);
  });
}

/**
 * Records a sample's result. Replacing a result already given is a correction: it needs a reason, and the earlier
 * version is kept (sample_result_history) and audited. A positive PCR result confirms the case in the same
 * transaction when the rule set says so.
 */
export async function recordResult(db: Db, ctx: Ctx, sampleRef: string, input: ResultInput) {
  if (input.result_at) notInFuture(input.result_at, 'result_at');
  return db.tx(async (tx) => {
    const [before] = await tx.query<{
      taken_at: Date;
      method: string;
      pool_ref: string | null;
      result: string;
      result_at: Date | null;
      ct_values: CtValues | null;
      lab: string | null;
    }>(
      `SELECT taken_at, method, pool_ref, result, result_at, ct_values, lab FROM samples
        WHERE province_code = $1 AND sample_ref = $2 FOR UPDATE`,
      [ctx.province, sampleRef],
    );
    if (!before) throw notFound(thing('sample', sampleRef));
    const next = {
      result: input.result,
      result_at: input.result_at ?? null,
      ct_values: input.ct_values ?? null,
      lab: input.lab ?? before.lab,
    };
    problemsOrThrow({ ...before, ...next });
    const same =
      next.result === before.result &&
      next.result_at?.getTime() === before.result_at?.getTime() &&
      JSON.stringify(next.ct_values) === JSON.stringify(before.ct_values) &&
      next.lab === before.lab;
    if (same) return getSample(tx, ctx, sampleRef);
    const correction = before.result !== 'pending';
    if (correction && !input.reason?.trim()) throw new AppError(400, 'correction_reason_required', {}, 'reason');
    if (correction) {
      await tx.query(
        `INSERT INTO sample_result_history (province_code, sample_ref, result, result_at, ct_values, lab, superseded_by, reason)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
        [
          ctx.province,
          sampleRef,
          before.result,
          before.result_at,
          before.ct_values ? JSON.stringify(before.ct_values) : null,
          before.lab,
          ctx.actor,
          input.reason!.trim(),
        ],
      );
    }
    const [after] = await tx.query(
      `UPDATE samples SET result = $3, result_at = $4, ct_values = $5::jsonb, lab = $6, updated_at = now()
        WHERE province_code = $1 AND sample_ref = $2 RETURNING result, result_at, ct_values, lab`,
      [
        ctx.province,
        sampleRef,
        next.result,
        next.result_at,
        next.ct_values ? JSON.stringify(next.ct_values) : null,
        next.lab,
      ],
    );
    await audit(
      tx,
      ctx,
      correction ? 'correct' : 'result',
      'sample',
      sampleRef,
      { result: before.result, result_at: before.result_at, ct_values: before.ct_values, lab: before.lab },
      { ...after, reason: input.reason?.trim() || null },
    );
    if (next.result === 'positive') await confirmFromPositiveSamples(tx, ctx, { sampleRefs: [sampleRef] });
    if (next.result === 'negative') await releaseF2OnSourceNegative(tx, ctx, [sampleRef]);
    return getSample(tx, ctx, sampleRef);
  });
}

/** A sample with its result as known now (own or from its pool), its pool and every earlier result version. */
export async function getSample(db: Db, ctx: Ctx, sampleRef: string): Promise<Sample> {
  const [row] = await db.query<Omit<Sample, 'version' | 'earlier_versions'>>(
    `SELECT ${SAMPLE_COLUMNS}, r.result AS effective_result, r.result_at AS effective_result_at,
            g.result AS pool_result, g.result_at AS pool_result_at
       FROM samples s JOIN persons p USING (province_code, person_id)
       JOIN sample_results_at($1, now()) r ON r.sample_ref = s.sample_ref
       LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
      WHERE s.province_code = $1 AND s.sample_ref = $2`,
    [ctx.province, sampleRef],
  );
  if (!row) throw notFound(thing('sample', sampleRef));
  const history = await db.query<SampleVersion>(
    `SELECT row_number() OVER (ORDER BY history_id)::int AS version, result, result_at, ct_values, lab, superseded_at, superseded_by, reason
       FROM sample_result_history WHERE province_code = $1 AND sample_ref = $2 ORDER BY history_id`,
    [ctx.province, sampleRef],
  );
  return { ...row, version: history.length + 1, earlier_versions: history };
}

export interface SampleFilter {
  person_ref?: string;
  pool_ref?: string;
  lab?: string;
  result?: Result;
  method?: Method;
  ward_code?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

/** Samples taken in [from, to] (newest first) with their result as known now; the actor's wards only. */
export async function listSamples(db: Db, ctx: Ctx, f: SampleFilter): Promise<SampleListItem[]> {
  return db.query<SampleListItem>(
    `SELECT ${SAMPLE_COLUMNS}, r.result AS effective_result, r.result_at AS effective_result_at
       FROM samples s JOIN persons p USING (province_code, person_id)
       JOIN sample_results_at($1, now()) r ON r.sample_ref = s.sample_ref
      WHERE s.province_code = $1 AND ($2::text IS NULL OR p.person_ref = $2) AND ($3::text IS NULL OR s.pool_ref = $3)
        AND ($4::text IS NULL OR s.lab = $4) AND ($5::text IS NULL OR r.result = $5) AND ($6::text IS NULL OR s.method = $6)
        AND ($7::text IS NULL OR p.ward_code = $7) AND ($8::timestamptz IS NULL OR s.taken_at >= $8)
        AND ($9::timestamptz IS NULL OR s.taken_at <= $9) AND ($10::text[] IS NULL OR p.ward_code = ANY($10::text[]))
      ORDER BY s.taken_at DESC, s.sample_ref LIMIT $11`,
    [
      ctx.province,
      f.person_ref ?? null,
      f.pool_ref ?? null,
      f.lab ?? null,
      f.result ?? null,
      f.method ?? null,
      f.ward_code ?? null,
      f.from ?? null,
      f.to ?? null,
      scopeParam(ctx),
      f.limit ?? 100,
    ],
  );
}

/**
 * A pool: its result, size limit and members, each with the result it has now and — for a positive (or invalid)
 * pool — the individual re-sample that decides it.
 */
export async function getPool(db: Db, ctx: Ctx, poolRef: string): Promise<Pool> {
  const [pool] = await db.query<Omit<Pool, 'members'>>(
    `SELECT $2::text AS pool_ref, g.result, g.result_at, count(*)::int AS size, min(s.taken_at) AS first_taken_at,
            ${householdPool('p')} AS household, pool_max_members($1, min(s.taken_at), ${householdPool('p')}) AS max_size
       FROM samples s JOIN persons p USING (province_code, person_id)
       LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
      WHERE s.province_code = $1 AND s.pool_ref = $2 GROUP BY g.result, g.result_at`,
    [ctx.province, poolRef],
  );
  if (!pool) throw new AppError(404, 'unknown_pool', { value: poolRef }, 'pool_ref');
  const members = await db.query<PoolMember>(
    `SELECT s.sample_ref, p.person_ref, p.full_name, p.ward_code, s.taken_at, r.result, r.result_at,
            d.resample_ref, d.decision
       FROM samples s JOIN persons p USING (province_code, person_id)
       JOIN sample_results_at($1, now()) r ON r.sample_ref = s.sample_ref
       LEFT JOIN (${RESAMPLES}) d ON d.sample_ref = s.sample_ref
      WHERE s.province_code = $1 AND s.pool_ref = $2 ORDER BY s.sample_ref`,
    [ctx.province, poolRef, new Date()],
  );
  return { ...pool, members };
}

/** Records (or corrects) a pool's result; members take a negative or invalid result at the pool's result time. */
export async function recordPoolResult(
  db: Db,
  ctx: Ctx,
  poolRef: string,
  input: { result: 'negative' | 'positive' | 'invalid'; result_at: Date; reason?: string | null },
) {
  notInFuture(input.result_at, 'result_at');
  return db.tx(async (tx) => {
    const [m] = await tx.query<{ last_taken: Date | null }>(
      'SELECT max(taken_at) AS last_taken FROM samples WHERE province_code = $1 AND pool_ref = $2',
      [ctx.province, poolRef],
    );
    if (!m.last_taken) throw new AppError(404, 'unknown_pool', { value: poolRef }, 'pool_ref');
    if (input.result_at < m.last_taken) throw new AppError(400, 'result_before_taken', {}, 'result_at');
    const [before] = await tx.query<{ result: string; result_at: Date }>(
      'SELECT result, result_at FROM pools WHERE province_code = $1 AND pool_ref = $2 FOR UPDATE',
      [ctx.province, poolRef],
    );
    if (before && before.result === input.result && before.result_at.getTime() === input.result_at.getTime())
      return getPool(tx, ctx, poolRef);
    if (before && !input.reason?.trim()) throw new AppError(400, 'correction_reason_required', {}, 'reason');
    const [after] = await tx.query(
      `INSERT INTO pools (province_code, pool_ref, result, result_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (province_code, pool_ref) DO UPDATE SET result = EXCLUDED.result, result_at = EXCLUDED.result_at, updated_at = now()
       RETURNING pool_ref, result, result_at`,
      [ctx.province, poolRef, input.result, input.result_at],
    );
    await audit(tx, ctx, before ? 'correct' : 'insert', 'pool', poolRef, before ?? null, {
      ...after,
      reason: input.reason?.trim() || null,
    });
    if (input.result === 'negative') await releaseF2OnSourceNegative(tx, ctx, await poolMemberRefs(tx, ctx, [poolRef]));
    return getPool(tx, ctx, poolRef);
  });
}

/**
 * Members of positive or invalid pools (pool result known at $3) with the individual PCR re-sample that decides
 * them: the person's first unpooled PCR sample taken after the pooled one. `decision` is that sample's result
 * known at $3, or the member's own individual result; null while undecided. $1 = province.
 */
export const RESAMPLES = `
  SELECT m.sample_ref, m.pool_ref, m.person_id, g.result AS pool_result, g.result_at AS pool_result_at, x.sample_ref AS resample_ref,
         x.taken_at AS resample_taken_at,
         CASE WHEN m.result_at <= $3 THEN m.result WHEN x.result_at <= $3 THEN x.result END AS decision
    FROM samples m
    JOIN pools g ON g.province_code = m.province_code AND g.pool_ref = m.pool_ref AND g.result IN ('positive', 'invalid') AND g.result_at <= $3
    LEFT JOIN LATERAL (
      SELECT i.sample_ref, i.taken_at, i.result, i.result_at FROM samples i
       WHERE i.province_code = m.province_code AND i.person_id = m.person_id AND i.pool_ref IS NULL AND i.method = 'pcr'
         AND i.taken_at > m.taken_at AND i.taken_at <= $3
       ORDER BY i.taken_at LIMIT 1) x ON true
   WHERE m.province_code = $1`;

/**
 * The re-sample list: each member of a positive (or invalid) pool whose individual result is not known yet, with
 * its state — to be sampled, or re-sampled and awaiting the result. `all` also lists decided members.
 */
export async function resampleList(
  db: Db,
  ctx: Ctx,
  f: { at?: Date; ward_code?: string; pool_ref?: string; all?: boolean; limit?: number },
): Promise<ResampleItem[]> {
  return db.query<ResampleItem>(
    `SELECT d.pool_ref, d.pool_result, d.pool_result_at, d.sample_ref, p.person_ref, p.full_name, p.phone, p.ward_code, p.hamlet,
            p.address, d.resample_ref, d.resample_taken_at, d.decision,
            CASE WHEN d.decision IS NOT NULL THEN 'decided' WHEN d.resample_ref IS NULL THEN 'to_resample' ELSE 'awaiting_result' END AS status
       FROM (${RESAMPLES}) d JOIN persons p ON p.province_code = $1 AND p.person_id = d.person_id
      WHERE ($2::boolean OR d.decision IS NULL) AND ($4::text IS NULL OR p.ward_code = $4) AND ($5::text IS NULL OR d.pool_ref = $5)
        AND ($6::text[] IS NULL OR p.ward_code = ANY($6::text[]))
      ORDER BY d.pool_result_at, d.pool_ref, d.sample_ref LIMIT $7`,
    [
      ctx.province,
      !!f.all,
      f.at ?? new Date(),
      f.ward_code ?? null,
      f.pool_ref ?? null,
      scopeParam(ctx),
      f.limit ?? 500,
    ],
  );
}
