// Jurisdiction: which wards a user covers, and the one batch check every request makes (requireAccess).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import type { Permission } from '../shared/permissions.ts';

/** The wards of a jurisdiction; null for the whole province. A district covers its 2024 wards. */
export async function jurisdictionWards(
  db: Db,
  province: string,
  level: 'province' | 'district' | 'ward',
  code: string,
): Promise<string[] | null> {
  if (level === 'province') return null;
  const rows = await db.query<{ code: string }>(
    level === 'district'
      ? `SELECT code FROM admin_units WHERE province_code = $1 AND geography = '2024' AND level = 'ward' AND parent_code = $2 ORDER BY code`
      : `SELECT DISTINCT code FROM admin_units WHERE province_code = $1 AND level = 'ward' AND code = $2`,
    [province, code],
  );
  return rows.map((r) => r.code);
}

export function hasPermission(ctx: Ctx, permission: Permission): void {
  if (!ctx.permissions.has(permission)) throw new AppError(403, 'forbidden', { permission });
}

export function wardInScope(ctx: Ctx, ward: string | null): boolean {
  return ctx.wards === null || (ward !== null && ctx.wards.includes(ward));
}

/**
 * One authorisation call for a whole request: the permission, and that every ward and every person named lies in
 * the actor's jurisdiction (a person belongs to the ward of residence). Persons that do not exist are left to the
 * service to report.
 */
export async function requireAccess(
  db: Db,
  ctx: Ctx,
  req: { permission: Permission; wards?: (string | null)[]; personRefs?: string[] },
): Promise<void> {
  hasPermission(ctx, req.permission);
  if (ctx.wards === null) return;
  for (const w of req.wards ?? [])
    if (!wardInScope(ctx, w)) throw new AppError(403, 'out_of_scope', { value: w ?? '—' });
  if (req.personRefs?.length) {
    const outside = await db.query<{ person_ref: string }>(
      `SELECT person_ref FROM persons WHERE province_code = $1 AND person_ref = ANY($2::text[])
          AND (ward_code IS NULL OR NOT ward_code = ANY($3::text[])) LIMIT 1`,
      [ctx.province, req.personRefs, ctx.wards],
    );
    if (outside[0]) throw new AppError(403, 'out_of_scope', { value: outside[0].person_ref });
  }
}

/** The SQL parameter for `($n::text[] IS NULL OR ward_code = ANY($n))` filters on lists and reports. */
export function scopeParam(ctx: Ctx): string[] | null {
  return ctx.wards === null ? null : [...ctx.wards];
}
