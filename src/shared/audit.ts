// Writes to the append-only audit log (the table refuses updates and deletes: audit.sql).
import type { Db } from '../db/connection.ts';
import type { Ctx } from './context.ts';

export async function audit(
  db: Db,
  ctx: Ctx,
  action: string,
  entity: string,
  key: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      ctx.province,
      ctx.actor,
      ctx.requestId ?? null,
      action,
      entity,
      key,
      before == null ? null : JSON.stringify(before),
      after == null ? null : JSON.stringify(after),
    ],
  );
}

/**
 * A read or an export of personal data: who, the route, its filter and how many rows were answered (not the rows).
 * Stored in audit_log (action 'read' or 'export') beside the changes, readable with audit.read.
 */
export async function auditAccess(
  db: Db,
  ctx: Ctx,
  action: 'read' | 'export',
  entity: string,
  key: string,
  what: { route: string; filter: Record<string, unknown>; rows: number | null },
): Promise<void> {
  await audit(db, ctx, action, entity, key, null, what);
}

/**
 * The public declarations' audit (declaration_audit, one row per declaration) by day in Asia/Ho_Chi_Minh, actor
 * and site, from..to inclusive: the days a prune removed come from the counts it kept, the others from the rows.
 */
export async function declarationAuditSummary(
  db: Db,
  province: string,
  range: { from?: string; to?: string } = {},
): Promise<{ day: string; actor: string; site_kind: string; site_code: string; declarations: number }[]> {
  return db.query(
    `SELECT day, actor, site_kind, site_code, sum(n)::int AS declarations FROM (
       SELECT day, actor, site_kind, site_code, declarations AS n FROM declaration_audit_daily WHERE province_code = $1
       UNION ALL
       SELECT (at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, actor, COALESCE(site_kind, ''), COALESCE(site_code, ''), 1
         FROM declaration_audit WHERE province_code = $1) s
      WHERE ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)
      GROUP BY day, actor, site_kind, site_code ORDER BY day, actor, site_kind, site_code`,
    [province, range.from ?? null, range.to ?? null],
  );
}

/**
 * Retention (README, Security): removes the declarations' audit rows of the days before `before` (a date in
 * Asia/Ho_Chi_Minh), keeping their daily counts in declaration_audit_daily, in one transaction. Only the owner of
 * the tables may run it (`phongdich audit prune`): the application's role can neither delete audit rows nor
 * write the counts.
 */
export async function pruneDeclarationAudit(db: Db, before: string): Promise<{ pruned: number }> {
  return db.tx(async (tx) => {
    const [{ pruned }] = await tx.query<{ pruned: number }>(
      `WITH gone AS (
         DELETE FROM declaration_audit WHERE at < ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') RETURNING *),
       kept AS (
         INSERT INTO declaration_audit_daily (province_code, day, actor, site_kind, site_code, declarations)
         SELECT province_code, (at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, actor, COALESCE(site_kind, ''),
                COALESCE(site_code, ''), count(*)
           FROM gone GROUP BY 1, 2, 3, 4, 5
         ON CONFLICT (province_code, day, actor, site_kind, site_code)
         DO UPDATE SET declarations = declaration_audit_daily.declarations + EXCLUDED.declarations)
       SELECT count(*)::int AS pruned FROM gone`,
      [before],
    );
    return { pruned };
  });
}
