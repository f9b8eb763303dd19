// The public portal's one answer: the latest issued daily report's headline figures, the risk levels and measures
// of that day, the checkpoints' declaration forms and the hotlines. Computed at most once a minute per province
// (the zoning of every ward is the expensive part), so a crowd reading the portal costs the database nothing more.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { audit } from '../shared/audit.ts';
import { toVnIso } from '../shared/time.ts';
import type { DailyReport } from '../reports/schemas.ts';
import { zoningReport, listZoningMeasures } from '../zoning/service.ts';
import type { Portal, PortalFigures, PortalSettings } from './schemas.ts';

const TTL_MS = 60_000;
const cache = new Map<string, { until: number; value: Promise<Portal> }>();

export function portal(db: Db, ctx: Ctx, now = Date.now()): Promise<Portal> {
  const hit = cache.get(ctx.province);
  if (hit && hit.until > now) return hit.value;
  const value = computePortal(db, ctx);
  cache.set(ctx.province, { until: now + TTL_MS, value });
  value.catch(() => cache.delete(ctx.province)); // a failure is not cached
  return value;
}

/** Forgets the cached answer (after the settings change, and between tests). */
export function forgetPortal(province: string): void {
  cache.delete(province);
}

const figures = (f: DailyReport['current']): PortalFigures => ({
  cases_total: f.cases.total,
  cases_new: f.cases.new,
  cases_active: f.cases.active,
  discharged: f.cases.discharged,
  died: f.cases.died,
  quarantine_current: f.quarantine.current.total,
  samples_taken: f.testing.samples_taken,
  positive: f.testing.positive,
  vaccination_doses: f.vaccination.doses,
  coverage_dose1_18plus_pct: f.vaccination.coverage_dose1_18plus_pct,
});

async function computePortal(db: Db, ctx: Ctx): Promise<Portal> {
  const [province] = await db.query<{ name: string }>('SELECT name FROM provinces WHERE province_code = $1', [
    ctx.province,
  ]);
  // The province's own daily reports only: a district's covers part of it; a seed template's has its own shape.
  const [issued] = await db.query<{ symbol: string; issued_at: Date; as_of: Date; data: DailyReport }>(
    `SELECT symbol, issued_at, as_of, data FROM issued_reports
      WHERE province_code = $1 AND scope_code = $1 AND kind = 'daily' AND template = 'daily'
      ORDER BY issued_at DESC, report_id DESC LIMIT 1`,
    [ctx.province],
  );
  const day = toVnIso(issued?.as_of ?? new Date()).slice(0, 10);
  const [zoning, parents, measures, forms, settings] = await Promise.all([
    zoningReport(db, ctx, day),
    db.query<{ code: string; parent_code: string | null }>(
      `SELECT u.code, u.parent_code FROM admin_units u
         JOIN provinces p ON p.province_code = u.province_code AND p.geography = u.geography
        WHERE u.province_code = $1 AND u.level = 'ward'`,
      [ctx.province],
    ),
    listZoningMeasures(db, ctx, { at: day }),
    db.query<{ checkpoint_code: string; name: string; form_token: string }>(
      `SELECT checkpoint_code, name, form_token FROM checkpoints
        WHERE province_code = $1 AND (active_from IS NULL OR active_from <= $2) AND (active_to IS NULL OR active_to >= $2)
        ORDER BY name, checkpoint_code`,
      [ctx.province, day],
    ),
    portalSettings(db, ctx),
  ]);
  // Ward names repeat across districts (Phường III of Vị Thanh and of Ngã Bảy): the district tells them apart.
  const parent = new Map(parents.map((u) => [u.code, u.parent_code]));
  const districtName = new Map(zoning.districts.map((d) => [d.unit_code, d.name]));
  return {
    province: { code: ctx.province, name: province?.name ?? ctx.province },
    generated_at: toVnIso(new Date()),
    report: issued
      ? {
          symbol: issued.symbol,
          issued_at: toVnIso(issued.issued_at),
          as_of: toVnIso(issued.as_of),
          previous_as_of: issued.data.previous_as_of,
          current: figures(issued.data.current),
          previous: figures(issued.data.previous),
        }
      : null,
    zoning: {
      day,
      province_level: zoning.province.level,
      counts: zoning.counts,
      wards: zoning.wards.map((w) => ({
        unit_code: w.unit_code,
        name: w.name,
        district: districtName.get(parent.get(w.unit_code) ?? '') ?? null,
        level: w.level,
      })),
    },
    measures,
    declaration_forms: forms.map((f) => ({
      checkpoint_code: f.checkpoint_code,
      name: f.name,
      url: `/khai-bao/${encodeURIComponent(f.checkpoint_code)}?t=${f.form_token}`,
    })),
    hotlines: settings.hotlines,
  };
}

export async function portalSettings(db: Db, ctx: Ctx): Promise<PortalSettings> {
  const [row] = await db.query<PortalSettings>('SELECT hotlines FROM portal_settings WHERE province_code = $1', [
    ctx.province,
  ]);
  return row ?? { hotlines: [] };
}

/** The portal speaks for the whole province: only a province-wide user sets what it shows. */
export async function putPortalSettings(db: Db, ctx: Ctx, input: PortalSettings): Promise<PortalSettings> {
  if (ctx.wards !== null) throw new AppError(403, 'out_of_scope', { value: ctx.actor });
  const saved = await db.tx(async (tx) => {
    const [before] = await tx.query<PortalSettings>(
      'SELECT hotlines FROM portal_settings WHERE province_code = $1 FOR UPDATE',
      [ctx.province],
    );
    const [after] = await tx.query<PortalSettings>(
      `INSERT INTO portal_settings (province_code, hotlines, updated_by) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (province_code) DO UPDATE SET hotlines = EXCLUDED.hotlines, updated_by = EXCLUDED.updated_by,
         updated_at = now()
       RETURNING hotlines`,
      [ctx.province, JSON.stringify(input.hotlines), ctx.actor],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'portal_settings', ctx.province, before ?? null, after);
    return after;
  });
  forgetPortal(ctx.province);
  return saved;
}
