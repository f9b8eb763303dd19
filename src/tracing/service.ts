// Cases (F0), their outcomes and severity, exposures, and confirmation of positive PCR samples as cases.
// Every write is audited in its transaction; F-levels follow by themselves (triggers, src/tracing/levels.sql).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { audit } from '../shared/audit.ts';
import { scopeParam } from '../auth/scope.ts';
import type { Case, CaseListItem, CaseOutcome, Exposure } from './schemas.ts';

export const DETECTED_IN = ['community', 'quarantine', 'entry'] as const;
export const SEVERITIES = ['asymptomatic', 'mild', 'moderate', 'severe', 'critical'] as const;
export const OUTCOMES = ['discharged', 'died', 'transferred_out'] as const;
export const SETTINGS = ['household', 'work', 'school', 'travel', 'venue', 'other'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Outcome = (typeof OUTCOMES)[number];

export interface CaseInput {
  person_ref: string;
  confirmed_at: Date;
  case_number?: string | null;
  detected_in?: (typeof DETECTED_IN)[number];
  severity?: Severity | null;
}

const CASE_COLUMNS = `p.person_ref, p.full_name, p.ward_code, c.case_number, c.confirmed_at, c.detected_in, c.severity,
  c.created_at, c.updated_at`;

/** The person a ref names (a merged record resolves to the record it was merged into). */
export async function personIdOf(db: Db, ctx: Ctx, ref: string, field = 'person_ref'): Promise<number> {
  const [p] = await db.query<{ id: number }>(
    'SELECT COALESCE(merged_into, person_id) AS id FROM persons WHERE province_code = $1 AND person_ref = $2',
    [ctx.province, ref],
  );
  if (!p) throw new AppError(404, 'unknown_person', { value: ref }, field);
  return p.id;
}

/** Refuses an instant or a day after the present: a clerk's typo would otherwise change levels in the future. */
export function notInFuture(value: Date | string, field: string): void {
  const t = typeof value === 'string' ? Date.parse(value + 'T00:00:00+07:00') : value.getTime();
  if (t > Date.now())
    throw new AppError(
      400,
      'date_in_future',
      { value: typeof value === 'string' ? value : value.toISOString() },
      field,
    );
}

async function caseRow(db: Db, ctx: Ctx, personId: number, lock = false): Promise<Case | undefined> {
  const [row] = await db.query<Case>(
    `SELECT ${CASE_COLUMNS} FROM cases c JOIN persons p USING (province_code, person_id)
      WHERE c.province_code = $1 AND c.person_id = $2 ${lock ? 'FOR UPDATE OF c' : ''}`,
    [ctx.province, personId],
  );
  return row;
}

async function recordSeverity(tx: Db, ctx: Ctx, personId: number, severity: Severity, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO case_severities (province_code, person_id, at, severity, actor) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (province_code, person_id, at) DO UPDATE SET severity = EXCLUDED.severity, actor = EXCLUDED.actor`,
    [ctx.province, personId, at, severity, ctx.actor],
  );
}

export async function createCase(db: Db, ctx: Ctx, input: CaseInput): Promise<Case> {
  notInFuture(input.confirmed_at, 'confirmed_at');
  return db.tx(async (tx) => {
    const id = await personIdOf(tx, ctx, input.person_ref);
    const inserted = await tx.query(
      `INSERT INTO cases (province_code, person_id, case_number, confirmed_at, detected_in, severity)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (province_code, person_id) DO NOTHING RETURNING person_id`,
      [
        ctx.province,
        id,
        input.case_number ?? null,
        input.confirmed_at,
        input.detected_in ?? 'community',
        input.severity ?? null,
      ],
    );
    if (!inserted[0]) throw new AppError(409, 'case_exists', { value: input.person_ref }, 'person_ref');
    if (input.severity) await recordSeverity(tx, ctx, id, input.severity, input.confirmed_at);
    const row = (await caseRow(tx, ctx, id))!;
    await audit(tx, ctx, 'insert', 'case', input.person_ref, null, row);
    return row;
  });
}

export interface CaseChanges {
  confirmed_at?: Date;
  case_number?: string | null;
  detected_in?: (typeof DETECTED_IN)[number];
  severity?: Severity;
  severity_at?: Date;
}

/** Changes some fields of a case; a new severity is also kept in the history (at severity_at, default now). */
export async function updateCase(db: Db, ctx: Ctx, ref: string, ch: CaseChanges): Promise<Case> {
  if (ch.confirmed_at) notInFuture(ch.confirmed_at, 'confirmed_at');
  if (ch.severity_at) notInFuture(ch.severity_at, 'severity_at');
  return db.tx(async (tx) => {
    const id = await personIdOf(tx, ctx, ref);
    const before = await caseRow(tx, ctx, id, true);
    if (!before) throw new AppError(404, 'not_a_case', { value: ref }, 'person_ref');
    if (ch.confirmed_at) {
      const [early] = await tx.query(
        'SELECT outcome FROM outcomes WHERE province_code = $1 AND person_id = $2 AND at < $3 LIMIT 1',
        [ctx.province, id, ch.confirmed_at],
      );
      if (early) throw new AppError(400, 'outcome_before_case', {}, 'confirmed_at');
    }
    await tx.query(
      `UPDATE cases SET confirmed_at = COALESCE($3, confirmed_at), case_number = CASE WHEN $4 THEN $5 ELSE case_number END,
              detected_in = COALESCE($6, detected_in), severity = COALESCE($7, severity), updated_at = now()
        WHERE province_code = $1 AND person_id = $2`,
      [
        ctx.province,
        id,
        ch.confirmed_at ?? null,
        ch.case_number !== undefined,
        ch.case_number ?? null,
        ch.detected_in ?? null,
        ch.severity ?? null,
      ],
    );
    if (ch.severity && ch.severity !== before.severity)
      await recordSeverity(tx, ctx, id, ch.severity, ch.severity_at ?? new Date());
    const after = (await caseRow(tx, ctx, id))!;
    await audit(tx, ctx, 'update', 'case', ref, before, after);
    return after;
  });
}

/** A case ruled out (e.g. a false positive): removed with its outcomes and severities, the reason in the audit. */
export async function removeCase(db: Db, ctx: Ctx, ref: string, reason: string): Promise<void> {
  await db.tx(async (tx) => {
    const id = await personIdOf(tx, ctx, ref);
    const before = await caseRow(tx, ctx, id, true);
    if (!before) throw new AppError(404, 'not_a_case', { value: ref }, 'person_ref');
    const outcomes = await tx.query(
      'DELETE FROM outcomes WHERE province_code = $1 AND person_id = $2 RETURNING outcome, at',
      [ctx.province, id],
    );
    const severities = await tx.query(
      'DELETE FROM case_severities WHERE province_code = $1 AND person_id = $2 RETURNING at, severity',
      [ctx.province, id],
    );
    await tx.query('DELETE FROM declared_cluster_cases WHERE province_code = $1 AND person_id = $2', [
      ctx.province,
      id,
    ]);
    await tx.query('DELETE FROM cases WHERE province_code = $1 AND person_id = $2', [ctx.province, id]);
    await audit(tx, ctx, 'delete', 'case', ref, { ...before, outcomes, severities }, { reason });
  });
}

/** Cases confirmed in [from, to] (Viet Nam days), or active at an instant; newest first. */
export async function listCases(
  db: Db,
  ctx: Ctx,
  f: { from?: string; to?: string; active_at?: Date; ward_code?: string; limit?: number },
): Promise<CaseListItem[]> {
  return db.query<CaseListItem>(
    `SELECT ${CASE_COLUMNS},
            (SELECT jsonb_object_agg(o.outcome, o.at) FROM outcomes o WHERE o.province_code = c.province_code AND o.person_id = c.person_id) AS outcomes
       FROM cases c JOIN persons p USING (province_code, person_id)
      WHERE c.province_code = $1 AND ($2::date IS NULL OR vn_day(c.confirmed_at) >= $2) AND ($3::date IS NULL OR vn_day(c.confirmed_at) <= $3)
        AND ($4::timestamptz IS NULL OR (c.confirmed_at <= $4 AND NOT EXISTS (SELECT 1 FROM outcomes o
             WHERE o.province_code = c.province_code AND o.person_id = c.person_id AND o.at <= $4)))
        AND ($5::text IS NULL OR p.ward_code = $5) AND ($6::text[] IS NULL OR p.ward_code = ANY($6::text[]))
      ORDER BY c.confirmed_at DESC, p.person_ref LIMIT $7`,
    [
      ctx.province,
      f.from ?? null,
      f.to ?? null,
      f.active_at ?? null,
      f.ward_code ?? null,
      scopeParam(ctx),
      f.limit ?? 100,
    ],
  );
}

/** Records (or corrects the time of) an outcome of a case. */
export async function recordOutcome(db: Db, ctx: Ctx, ref: string, outcome: Outcome, at: Date): Promise<CaseOutcome> {
  notInFuture(at, 'at');
  return db.tx(async (tx) => {
    const id = await personIdOf(tx, ctx, ref);
    const c = await caseRow(tx, ctx, id, true);
    if (!c) throw new AppError(404, 'not_a_case', { value: ref }, 'person_ref');
    if (at < (c.confirmed_at as Date)) throw new AppError(400, 'outcome_before_case', {}, 'at');
    const [before] = await tx.query(
      'SELECT outcome, at FROM outcomes WHERE province_code = $1 AND person_id = $2 AND outcome = $3',
      [ctx.province, id, outcome],
    );
    const [after] = await tx.query<{ outcome: Outcome; at: Date }>(
      `INSERT INTO outcomes (province_code, person_id, outcome, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (province_code, person_id, outcome) DO UPDATE SET at = EXCLUDED.at RETURNING outcome, at`,
      [ctx.province, id, outcome, at],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'outcome', `${ref}/${outcome}`, before ?? null, after);
    return { person_ref: ref, ...after };
  });
}

export async function removeOutcome(db: Db, ctx: Ctx, ref: string, outcome: Outcome, reason: string): Promise<void> {
  await db.tx(async (tx) => {
    const id = await personIdOf(tx, ctx, ref);
    const [before] = await tx.query(
      'DELETE FROM outcomes WHERE province_code = $1 AND person_id = $2 AND outcome = $3 RETURNING outcome, at',
      [ctx.province, id, outcome],
    );
    if (!before) throw notFound(`${ref}/${outcome}`);
    await audit(tx, ctx, 'delete', 'outcome', `${ref}/${outcome}`, before, { reason });
  });
}

export interface ExposureInput {
  contact_ref: string;
  exposed_on: string;
  setting?: (typeof SETTINGS)[number] | null;
}

/** A contact of `sourceRef` (a case, or a contact being traced further) on a day. Setting may be corrected. */
export async function recordExposure(db: Db, ctx: Ctx, sourceRef: string, input: ExposureInput): Promise<Exposure> {
  notInFuture(input.exposed_on, 'exposed_on');
  return db.tx(async (tx) => {
    const source = await personIdOf(tx, ctx, sourceRef, 'ref');
    const contact = await personIdOf(tx, ctx, input.contact_ref, 'contact_ref');
    if (source === contact) throw new AppError(400, 'self_exposure', {}, 'contact_ref');
    const key = [ctx.province, source, contact, input.exposed_on];
    const [before] = await tx.query(
      'SELECT exposed_on, setting FROM exposures WHERE province_code = $1 AND source_person_id = $2 AND contact_person_id = $3 AND exposed_on = $4',
      key,
    );
    const [after] = await tx.query<Pick<Exposure, 'exposed_on' | 'setting'>>(
      `INSERT INTO exposures (province_code, source_person_id, contact_person_id, exposed_on, setting) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province_code, source_person_id, contact_person_id, exposed_on)
         DO UPDATE SET setting = COALESCE(EXCLUDED.setting, exposures.setting) RETURNING exposed_on, setting`,
      [...key, input.setting ?? null],
    );
    await audit(
      tx,
      ctx,
      before ? 'update' : 'insert',
      'exposure',
      `${sourceRef}/${input.contact_ref}/${input.exposed_on}`,
      before ?? null,
      after,
    );
    return { source_ref: sourceRef, contact_ref: input.contact_ref, ...after };
  });
}

/** An exposure recorded by mistake: removed (either direction as stored), the reason in the audit. */
export async function removeExposure(
  db: Db,
  ctx: Ctx,
  sourceRef: string,
  contactRef: string,
  exposedOn: string,
  reason: string,
): Promise<void> {
  await db.tx(async (tx) => {
    const a = await personIdOf(tx, ctx, sourceRef, 'ref');
    const b = await personIdOf(tx, ctx, contactRef, 'contact_ref');
    const removed = await tx.query(
      `DELETE FROM exposures WHERE province_code = $1 AND exposed_on = $4
          AND ((source_person_id = $2 AND contact_person_id = $3) OR (source_person_id = $3 AND contact_person_id = $2))
       RETURNING exposed_on, setting`,
      [ctx.province, a, b, exposedOn],
    );
    if (!removed[0]) throw notFound(`${sourceRef}/${contactRef}/${exposedOn}`);
    await audit(tx, ctx, 'delete', 'exposure', `${sourceRef}/${contactRef}/${exposedOn}`, removed, { reason });
  });
}

/**
 * Confirms as cases the persons with a positive PCR sample who are not cases yet, when the rule set in force on
 * the result's day says so (auto_confirm_positive_pcr; on when no rule set says otherwise). Set-based, inside the
 * caller's transaction: the testing module calls it after writing results. `sampleRefs` limits it to those
 * samples; `fromImportStaging` to the samples of the import being applied (table import_staging, column
 * sample_ref); only persons in the actor's wards. confirmed_at = the earliest positive result; detected_in = quarantine when an episode was open at
 * the time the sample was taken, else community. Each new case is audited (action auto_confirm, with the sample).
 */
export async function confirmFromPositiveSamples(
  tx: Db,
  ctx: Ctx,
  scope: { sampleRefs?: readonly string[]; fromImportStaging?: boolean } = {},
): Promise<{ confirmed: number }> {
  // From an import, only the staged rows that are (or keep) a positive PCR result: a lab file is mostly negatives.
  const samples = scope.fromImportStaging
    ? `import_staging st JOIN samples s ON s.province_code = $1 AND s.sample_ref = st.sample_ref
        WHERE st.method = 'pcr' AND (st.result = 'positive' OR st.result IS NULL) AND`
    : 'samples s WHERE s.province_code = $1 AND';
  const [r] = await tx.query<{ confirmed: number }>(
    `WITH positive AS (
       SELECT DISTINCT ON (s.person_id) s.person_id, s.sample_ref, s.taken_at, s.result_at FROM ${samples}
              s.method = 'pcr' AND s.result = 'positive' AND ($2::text[] IS NULL OR s.sample_ref = ANY($2::text[]))
          AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = s.person_id)
          AND ($5::text[] IS NULL OR EXISTS (SELECT 1 FROM persons p WHERE p.province_code = $1 AND p.person_id = s.person_id
                                               AND p.ward_code = ANY($5::text[])))
        ORDER BY s.person_id, s.result_at, s.sample_ref),
     ruled AS (
       SELECT x.* FROM positive x
        WHERE COALESCE((SELECT (r.rules->>'auto_confirm_positive_pcr')::boolean FROM rule_sets r
                         WHERE r.province_code = $1 AND r.effective_from <= vn_day(x.result_at)
                         ORDER BY r.effective_from DESC LIMIT 1), true)),
     ins AS (
       INSERT INTO cases (province_code, person_id, confirmed_at, detected_in)
       SELECT $1, x.person_id, x.result_at,
              CASE WHEN EXISTS (SELECT 1 FROM quarantine_episodes q WHERE q.province_code = $1 AND q.person_id = x.person_id
                                   AND q.start_at <= x.taken_at AND (q.end_at IS NULL OR q.end_at > x.taken_at))
                   THEN 'quarantine' ELSE 'community' END
         FROM ruled x
       ON CONFLICT (province_code, person_id) DO NOTHING
       RETURNING person_id, confirmed_at, detected_in),
     audited AS (
       INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
       SELECT $1, $3, $4, 'auto_confirm', 'case', p.person_ref, NULL,
              jsonb_build_object('confirmed_at', ins.confirmed_at, 'detected_in', ins.detected_in, 'sample_ref', x.sample_ref)
         FROM ins JOIN ruled x USING (person_id) JOIN persons p ON p.province_code = $1 AND p.person_id = ins.person_id)
     SELECT count(*)::int AS confirmed FROM ins`,
    [ctx.province, scope.sampleRefs ? [...scope.sampleRefs] : null, ctx.actor, ctx.requestId ?? null, scopeParam(ctx)],
  );
  return r;
}

/** Severity changes brought by a `cases` import: the history gains the new severity of each staged case. */
export async function recordImportedSeverities(tx: Db, ctx: Ctx): Promise<void> {
  await tx.query(
    `INSERT INTO case_severities (province_code, person_id, at, severity, actor)
     SELECT DISTINCT ON (c.person_id) $1, c.person_id, CASE WHEN h.severity IS NULL THEN c.confirmed_at ELSE now() END, c.severity, $2
       FROM import_staging s JOIN persons p ON p.province_code = $1 AND p.person_ref = s.person_ref
       JOIN cases c ON c.province_code = $1 AND c.person_id = COALESCE(p.merged_into, p.person_id)
       LEFT JOIN LATERAL (SELECT x.severity FROM case_severities x WHERE x.province_code = $1 AND x.person_id = c.person_id
                           ORDER BY x.at DESC LIMIT 1) h ON true
      WHERE c.severity IS NOT NULL AND c.severity IS DISTINCT FROM h.severity
     ON CONFLICT (province_code, person_id, at) DO UPDATE SET severity = EXCLUDED.severity`,
    [ctx.province, ctx.actor],
  );
}
