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
