// Vaccine supply: sites and stores, allocation decisions, receipts, transfers, wastage and corrections, stock by
// lot and expiry per site, and the supply figures of the reports (allocated, received, administered, % of received).
// A site's stock of a lot may never fall below zero on any day: every write checks the running balance.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { AppError, invalid } from '../shared/errors.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import type { Product } from './products.ts';
import { DOSES, STOCK_EVENTS, STOCK_LOCK, runningBalance } from './sql.ts';
import type {
  StockLevel,
  StockMove,
  SupplyFigures,
  SupplySummary,
  VaccinationSite,
  VaccineAllocation,
} from './schemas.ts';

export interface SiteInput {
  site_code: string;
  name: string;
  kind: 'store' | 'site';
  ward_code: string;
}

export async function putSite(db: Db, ctx: Ctx, s: SiteInput): Promise<VaccinationSite> {
  return db.tx(async (tx) => {
    await assertWard(tx, ctx, s.ward_code);
    const [before] = await tx.query(
      'SELECT site_code, name, kind, ward_code FROM vaccination_sites WHERE province_code = $1 AND site_code = $2 FOR UPDATE',
      [ctx.province, s.site_code],
    );
    const [after] = await tx.query<VaccinationSite>(
      `INSERT INTO vaccination_sites (province_code, site_code, name, kind, ward_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province_code, site_code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, ward_code = EXCLUDED.ward_code, updated_at = now()
       RETURNING site_code, name, kind, ward_code`,
      [ctx.province, s.site_code, s.name, s.kind, s.ward_code],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'vaccination_site', s.site_code, before ?? null, after);
    return after;
  });
}

export async function listSites(db: Db, ctx: Ctx): Promise<VaccinationSite[]> {
  return db.query<VaccinationSite>(
    `SELECT site_code, name, kind, ward_code FROM vaccination_sites
                    WHERE province_code = $1 AND ($2::text[] IS NULL OR ward_code = ANY($2::text[])) ORDER BY site_code`,
    [ctx.province, scopeParam(ctx)],
  );
}

/** The wards of the named sites (for the jurisdiction check); an unknown site is refused, naming the field. */
export async function siteWards(db: Db, ctx: Ctx, sites: Record<string, string | null | undefined>): Promise<string[]> {
  const codes = Object.values(sites).filter((c): c is string => !!c);
  const rows = await db.query<{ site_code: string; ward_code: string }>(
    'SELECT site_code, ward_code FROM vaccination_sites WHERE province_code = $1 AND site_code = ANY($2::text[])',
    [ctx.province, codes],
  );
  for (const [field, code] of Object.entries(sites)) {
    if (code && !rows.some((r) => r.site_code === code)) throw invalid(field, 'unknown_site', { value: code });
  }
  return rows.map((r) => r.ward_code);
}

export async function lockStock(db: Db, ctx: Ctx): Promise<void> {
  await db.query(STOCK_LOCK, [ctx.province]);
}

/** Doses given at a registered site draw on its stock; other `site` texts (historic records) do not. */
export async function isStockSite(db: Db, ctx: Ctx, site: string): Promise<boolean> {
  return (
    (
      await db.query('SELECT 1 FROM vaccination_sites WHERE province_code = $1 AND site_code = $2', [
        ctx.province,
        site,
      ])
    ).length > 0
  );
}

/**
 * Refuses (409, naming `field`) when any of these site lots is below zero on any day. Call inside the writing tx,
 * after the write and after `lockStock`.
 */
export async function assertStock(
  db: Db,
  ctx: Ctx,
  keys: { site_code: string; product: string; lot: string }[],
  field: string,
): Promise<void> {
  const [short] = await db.query<{ site_code: string; product: string; lot: string; on_date: string; balance: number }>(
    `SELECT site_code, product, lot, on_date, balance FROM (${runningBalance(`(SELECT * FROM ${STOCK_EVENTS} ev
        WHERE (site_code, product, lot) IN (SELECT * FROM unnest($2::text[], $3::text[], $4::text[])))`)}) x
      WHERE balance < 0 ORDER BY on_date, site_code, lot LIMIT 1`,
    [ctx.province, keys.map((k) => k.site_code), keys.map((k) => k.product), keys.map((k) => k.lot)],
  );
  if (short) {
    throw new AppError(
      409,
      'stock_negative',
      {
        site: short.site_code,
        product: short.product,
        lot: short.lot,
        date: short.on_date,
        balance: Number(short.balance),
      },
      field,
    );
  }
}

export interface AllocationInput {
  decision_number: string;
  decided_on: string;
  product: Product;
  quantity: number;
  target_level: 'province' | 'district' | 'site';
  target_code?: string;
  round_code?: string | null;
  note?: string | null;
}

/** An allocation decision: doses of a product to the province (from the Ministry), to a district or to a site. */
export async function createAllocation(db: Db, ctx: Ctx, a: AllocationInput): Promise<VaccineAllocation> {
  return db.tx(async (tx) => {
    const target = a.target_level === 'province' ? ctx.province : a.target_code;
    if (!target) throw invalid('target_code', 'required');
    if (a.target_level === 'district') {
      const d = await tx.query(
        `SELECT 1 FROM admin_units WHERE province_code = $1 AND level = 'district' AND code = $2`,
        [ctx.province, target],
      );
      if (!d[0]) throw invalid('target_code', 'unknown_district', { value: target });
    }
    if (a.target_level === 'site') await siteWards(tx, ctx, { target_code: target });
    if (a.round_code) await assertRound(tx, ctx, a.round_code);
    const [row] = await tx.query<VaccineAllocation>(
      `INSERT INTO vaccine_allocations (province_code, decision_number, decided_on, product, quantity, target_level, target_code, round_code, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING
       RETURNING allocation_id, decision_number, decided_on, product, quantity, target_level, target_code, round_code, note`,
      [
        ctx.province,
        a.decision_number,
        a.decided_on,
        a.product,
        a.quantity,
        a.target_level,
        target,
        a.round_code ?? null,
        a.note ?? null,
        ctx.actor,
      ],
    );
    if (!row)
      throw new AppError(
        409,
        'conflict',
        { detail: `${a.decision_number} ${a.product} → ${target}` },
        'decision_number',
      );
    await audit(tx, ctx, 'insert', 'vaccine_allocation', String(row.allocation_id), null, row);
    return row;
  });
}

export async function listAllocations(db: Db, ctx: Ctx): Promise<VaccineAllocation[]> {
  return db.query<VaccineAllocation>(
    `SELECT allocation_id, decision_number, decided_on, product, quantity, target_level, target_code, round_code, note
       FROM vaccine_allocations WHERE province_code = $1 ORDER BY decided_on, decision_number, allocation_id`,
    [ctx.province],
  );
}

export async function assertRound(db: Db, ctx: Ctx, round: string, field = 'round_code'): Promise<void> {
  const r = await db.query('SELECT 1 FROM vaccination_rounds WHERE province_code = $1 AND round_code = $2', [
    ctx.province,
    round,
  ]);
  if (!r[0]) throw invalid(field, 'unknown_round', { value: round });
}

export interface MoveInput {
  kind: 'receipt' | 'transfer' | 'wastage' | 'adjustment';
  moved_on: string;
  site_code: string;
  to_site_code?: string | null;
  product: Product;
  lot: string;
  expires_on?: string | null;
  quantity: number;
  allocation_id?: number | null;
  reason?: string | null;
  document?: string | null;
}

/**
 * One stock movement. A receipt registers a new lot with its expiry; transfers, wastage and corrections need a lot
 * already received. Movements are never edited: a mistake is corrected by an adjustment with its reason.
 */
export async function recordMove(db: Db, ctx: Ctx, m: MoveInput): Promise<StockMove> {
  if ((m.kind === 'transfer') !== !!m.to_site_code || m.to_site_code === m.site_code)
    throw invalid('to_site_code', 'transfer_target');
  if (m.kind !== 'adjustment' && m.quantity <= 0)
    throw invalid('quantity', 'bad_integer', { value: m.quantity, range: '≥ 1' });
  if ((m.kind === 'wastage' || m.kind === 'adjustment') && !m.reason) throw invalid('reason', 'required');
  if (m.allocation_id && m.kind !== 'receipt') throw invalid('allocation_id', 'allocation_receipt_only');
  return db.tx(async (tx) => {
    await lockStock(tx, ctx);
    await siteWards(tx, ctx, { site_code: m.site_code, to_site_code: m.to_site_code });
    const [lot] = await tx.query<{ expires_on: string }>(
      'SELECT expires_on FROM vaccine_lots WHERE province_code = $1 AND product = $2 AND lot = $3',
      [ctx.province, m.product, m.lot],
    );
    if (!lot && m.kind !== 'receipt') throw invalid('lot', 'unknown_lot', { value: m.lot });
    if (!lot && !m.expires_on) throw invalid('expires_on', 'required');
    if (lot && m.expires_on && lot.expires_on !== m.expires_on)
      throw invalid('expires_on', 'lot_expiry_mismatch', { value: m.lot, expires_on: lot.expires_on });
    if (!lot) {
      await tx.query('INSERT INTO vaccine_lots (province_code, product, lot, expires_on) VALUES ($1, $2, $3, $4)', [
        ctx.province,
        m.product,
        m.lot,
        m.expires_on,
      ]);
    }
    if (m.allocation_id) {
      const [a] = await tx.query<{ product: string }>(
        'SELECT product FROM vaccine_allocations WHERE province_code = $1 AND allocation_id = $2',
        [ctx.province, m.allocation_id],
      );
      if (!a) throw invalid('allocation_id', 'unknown_allocation', { value: m.allocation_id });
      if (a.product !== m.product)
        throw invalid('allocation_id', 'allocation_product_mismatch', { value: m.allocation_id });
    }
    const [row] = await tx.query<StockMove>(
      `INSERT INTO vaccine_stock_moves (province_code, kind, moved_on, site_code, to_site_code, product, lot, quantity, allocation_id, reason, document, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING move_id, kind, moved_on, site_code, to_site_code, product, lot, quantity, allocation_id, reason, document`,
      [
        ctx.province,
        m.kind,
        m.moved_on,
        m.site_code,
        m.to_site_code ?? null,
        m.product,
        m.lot,
        m.quantity,
        m.allocation_id ?? null,
        m.reason ?? null,
        m.document ?? null,
        ctx.actor,
      ],
    );
    await assertStock(tx, ctx, [{ site_code: m.site_code, product: m.product, lot: m.lot }], 'quantity');
    await audit(tx, ctx, 'insert', 'vaccine_stock_move', String(row.move_id), null, row);
    return row;
  });
}

/** Stock of each lot at each site (within the actor's wards) at the end of a day, with what moved it. */
export async function stockLevels(db: Db, ctx: Ctx, f: { on: string; site_code?: string }): Promise<StockLevel[]> {
  return db.query<StockLevel>(
    `SELECT e.site_code, s.name AS site_name, s.kind AS site_kind, s.ward_code, e.product, e.lot, l.expires_on,
            l.expires_on < $2::date AS expired,
            COALESCE(sum(delta) FILTER (WHERE e.kind = 'receipt'), 0)::int AS received,
            COALESCE(sum(delta) FILTER (WHERE e.kind = 'transfer_in'), 0)::int AS transferred_in,
            COALESCE(-sum(delta) FILTER (WHERE e.kind = 'transfer'), 0)::int AS transferred_out,
            COALESCE(-sum(delta) FILTER (WHERE e.kind = 'administered'), 0)::int AS administered,
            COALESCE(-sum(delta) FILTER (WHERE e.kind = 'wastage'), 0)::int AS wasted,
            COALESCE(sum(delta) FILTER (WHERE e.kind = 'adjustment'), 0)::int AS adjusted,
            sum(delta)::int AS balance
       FROM ${STOCK_EVENTS} e
       JOIN vaccination_sites s ON s.province_code = $1 AND s.site_code = e.site_code
       JOIN vaccine_lots l ON l.province_code = $1 AND l.product = e.product AND l.lot = e.lot
      WHERE e.on_date <= $2::date AND ($3::text IS NULL OR e.site_code = $3) AND ($4::text[] IS NULL OR s.ward_code = ANY($4::text[]))
      GROUP BY e.site_code, s.name, s.kind, s.ward_code, e.product, e.lot, l.expires_on
      ORDER BY e.site_code, e.product, l.expires_on, e.lot`,
    [ctx.province, f.on, f.site_code ?? null, scopeParam(ctx)],
  );
}

/**
 * The supply figures at the end of a day, in total, by product and by round × product (seed 004: allocated
 * 78.040, received 68.550, administered 59.495 = 86,8% of received). `allocated` counts the decisions addressed to
 * the actor's level: the province (from the Ministry) for province-wide actors, their district(s) otherwise.
 * Received and wasted count at sites in the actor's wards; administered counts every dose of the actor's persons,
 * at a registered site or not, by its round (named, or the round running at that site that day).
 */
export async function supplySummary(db: Db, ctx: Ctx, on: string): Promise<SupplySummary> {
  const rows = await db.query<
    SupplyFigures & {
      g_round: number;
      g_product: number;
      round_code: string | null;
      round_name: string | null;
      product: Product | null;
    }
  >(
    `WITH facts AS (
       SELECT a.round_code, a.product, a.quantity AS allocated, 0 AS received, 0 AS wasted, 0 AS dose_number
         FROM vaccine_allocations a
        WHERE a.province_code = $1 AND a.decided_on <= $2::date AND CASE WHEN $3::text[] IS NULL THEN a.target_level = 'province'
              ELSE a.target_level = 'district' AND NOT EXISTS (SELECT 1 FROM admin_units u WHERE u.province_code = $1
                   AND u.level = 'ward' AND u.parent_code = a.target_code AND NOT u.code = ANY($3::text[])) END
       UNION ALL
       SELECT al.round_code, m.product, 0, CASE WHEN m.kind = 'receipt' THEN m.quantity ELSE 0 END,
              CASE WHEN m.kind = 'wastage' THEN m.quantity ELSE 0 END, 0
         FROM vaccine_stock_moves m
         JOIN vaccination_sites s ON s.province_code = $1 AND s.site_code = m.site_code
         LEFT JOIN vaccine_allocations al ON al.province_code = $1 AND al.allocation_id = m.allocation_id
        WHERE m.province_code = $1 AND m.kind IN ('receipt', 'wastage') AND m.moved_on <= $2::date
          AND ($3::text[] IS NULL OR s.ward_code = ANY($3::text[]))
       UNION ALL
       SELECT d.round_code, d.product, 0, 0, 0, d.dose_number
         FROM ${DOSES} d JOIN persons p ON p.province_code = $1 AND p.person_id = d.person_id
        WHERE d.given_on <= $2::date AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[])))
     SELECT GROUPING(f.round_code) AS g_round, GROUPING(f.product) AS g_product, f.round_code, r.name AS round_name, f.product,
            COALESCE(sum(allocated), 0)::int AS allocated, COALESCE(sum(received), 0)::int AS received, count(*) FILTER (WHERE dose_number > 0)::int AS administered,
            COALESCE(sum(wasted), 0)::int AS wasted, count(*) FILTER (WHERE dose_number = 1)::int AS dose1,
            count(*) FILTER (WHERE dose_number = 2)::int AS dose2, count(*) FILTER (WHERE dose_number >= 3)::int AS dose3_plus,
            round(100.0 * count(*) FILTER (WHERE dose_number > 0) / NULLIF(sum(received), 0), 2) AS administered_pct_of_received
       FROM facts f LEFT JOIN vaccination_rounds r ON r.province_code = $1 AND r.round_code = f.round_code
      GROUP BY GROUPING SETS ((), (f.product), (f.round_code, r.name, f.product))
      ORDER BY g_round DESC, g_product DESC, r.name NULLS LAST, f.round_code NULLS LAST, f.product`,
    [ctx.province, on, scopeParam(ctx)],
  );
  const figures = ({
    g_round: _r,
    g_product: _p,
    round_code: _c,
    round_name: _n,
    product: _q,
    ...f
  }: (typeof rows)[number]) => f;
  return {
    as_of: on,
    total: figures(rows.find((r) => r.g_round && r.g_product)!), // the empty grouping set always yields its row
    // Grouped by product: these rows always name one.
    by_product: rows.filter((r) => r.g_round && !r.g_product).map((r) => ({ product: r.product!, ...figures(r) })),
    by_round: rows
      .filter((r) => !r.g_round)
      .map((r) => ({ round_code: r.round_code, round_name: r.round_name, product: r.product!, ...figures(r) })),
  };
}
