// Supplies: the item catalogue, the stores (the province's, each district's, each facility's), movements and the
// stock at any instant; funds with the donors list; social support progress per programme and district. A
// movement that would take a store's stock below zero at its time is refused naming the stock it had
// (supply_shortfalls in command.sql, the same rule as the import).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { AppError, invalid } from '../shared/errors.ts';
import { scopeParam } from '../auth/scope.ts';
import type { MOVEMENT_KINDS, RECEIPT_SOURCES, FUND_KINDS, SUPPLY_CATEGORIES } from './import.ts';
import { STORE_EXISTS } from './import.ts';
import type {
  Beneficiary,
  Donor,
  Fund,
  StockLine,
  SupplyItem,
  SupplyMovement,
  SupplyStore,
  SupportProgress,
} from './schemas.ts';

export function listItems(db: Db, ctx: Ctx): Promise<SupplyItem[]> {
  return db.query<SupplyItem>(
    'SELECT item, name, unit, category FROM supply_items WHERE province_code = $1 ORDER BY item COLLATE "C"',
    [ctx.province],
  );
}

export async function putItem(
  db: Db,
  ctx: Ctx,
  i: { item: string; name: string; unit: string; category: (typeof SUPPLY_CATEGORIES)[number] },
): Promise<SupplyItem> {
  return db.tx(async (tx) => {
    const [before] = await tx.query<SupplyItem>(
      'SELECT item, name, unit, category FROM supply_items WHERE province_code = $1 AND item = $2',
      [ctx.province, i.item],
    );
    const [after] = await tx.query<SupplyItem>(
      `INSERT INTO supply_items (province_code, item, name, unit, category) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province_code, item) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit, category = EXCLUDED.category
       RETURNING item, name, unit, category`,
      [ctx.province, i.item, i.name, i.unit, i.category],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'supply_item', i.item, before ?? null, after);
    return after;
  });
}

/** The stores a movement may name: the province's own, then the districts, then the facilities. */
export function listStores(db: Db, ctx: Ctx): Promise<SupplyStore[]> {
  return db.query<SupplyStore>(
    `SELECT 'province' AS store, p.name, 'province' AS level, 0 AS o FROM provinces p WHERE p.province_code = $1
     UNION ALL
     SELECT DISTINCT ON (u.code) u.code, u.name, 'district', 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'district'
     UNION ALL
     SELECT f.facility_code, f.name, 'facility', 2 FROM facilities f WHERE f.province_code = $1
     ORDER BY o, store`,
    [ctx.province],
  );
}

/** Store code → name, for texts. */
export async function storeNames(db: Db, ctx: Ctx): Promise<Record<string, string>> {
  return Object.fromEntries((await listStores(db, ctx)).map((s) => [s.store, s.name]));
}

/** Each store's stock of each item at `at` (stores with a movement by then), by item then store. */
export function stockAt(db: Db, ctx: Ctx, at: Date): Promise<StockLine[]> {
  return db.query<StockLine>(
    `SELECT m.item, i.name, i.unit, m.store, sum(supply_delta(m.kind, m.quantity))::float8 AS stock
       FROM supply_movements m JOIN supply_items i ON i.province_code = m.province_code AND i.item = m.item
      WHERE m.province_code = $1 AND m.at <= $2
      GROUP BY m.item, i.name, i.unit, m.store ORDER BY m.item COLLATE "C", m.store COLLATE "C"`,
    [ctx.province, at],
  );
}

export function listMovements(
  db: Db,
  ctx: Ctx,
  q: { item?: string; store?: string; limit?: number },
): Promise<SupplyMovement[]> {
  return db.query<SupplyMovement>(
    `SELECT m.movement_ref, m.item, i.name, i.unit, m.store, m.kind, m.quantity::float8 AS quantity, m.at, m.source, m.counterparty
       FROM supply_movements m JOIN supply_items i ON i.province_code = m.province_code AND i.item = m.item
      WHERE m.province_code = $1 AND ($2::text IS NULL OR m.item = $2) AND ($3::text IS NULL OR m.store = $3)
      ORDER BY m.at DESC, m.movement_ref LIMIT $4`,
    [ctx.province, q.item ?? null, q.store ?? null, q.limit ?? 500],
  );
}

export interface MovementInput {
  movement_ref?: string;
  item: string;
  store: string;
  /** A transfer writes two movements: out of `store`, into `to_store`. */
  kind: Exclude<(typeof MOVEMENT_KINDS)[number], 'transfer_out' | 'transfer_in'> | 'transfer';
  quantity: number;
  at: Date;
  source?: (typeof RECEIPT_SOURCES)[number] | null;
  counterparty?: string | null;
  to_store?: string | null;
}

/** Records a movement (a transfer as its two halves), refusing one that would leave a store below zero. */
export async function addMovement(db: Db, ctx: Ctx, m: MovementInput): Promise<SupplyMovement[]> {
  if (m.quantity < 0 && m.kind !== 'adjustment') throw invalid('quantity', 'negative_quantity', { value: m.quantity });
  if (m.source && m.kind !== 'receipt') throw invalid('source', 'source_receipt_only');
  if (m.kind === 'transfer' && (!m.to_store || m.to_store === m.store))
    throw invalid('to_store', 'unknown_store', { value: m.to_store ?? '' });
  return db.tx(async (tx) => {
    // One writer of a province's stock at a time: the check and the write see the same movements.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`supply:${ctx.province}`]);
    const [known] = await tx.query<{ item: boolean; store: boolean; to_store: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM supply_items WHERE province_code = $1 AND item = $2) AS item,
              ${STORE_EXISTS('$3::text')} AS store, ($4::text IS NULL OR ${STORE_EXISTS('$4::text')}) AS to_store`,
      [ctx.province, m.item, m.store, m.to_store ?? null],
    );
    if (!known.item) throw invalid('item', 'unknown_item', { value: m.item });
    if (!known.store) throw invalid('store', 'unknown_store', { value: m.store });
    if (!known.to_store) throw invalid('to_store', 'unknown_store', { value: m.to_store! });
    const [{ n }] = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM supply_movements WHERE province_code = $1',
      [ctx.province],
    );
    const ref = m.movement_ref ?? `PX-${n + 1}`;
    const rows =
      m.kind === 'transfer'
        ? [
            { movement_ref: `${ref}-OUT`, store: m.store, kind: 'transfer_out', counterparty: m.to_store },
            { movement_ref: `${ref}-IN`, store: m.to_store!, kind: 'transfer_in', counterparty: m.store },
          ]
        : [{ movement_ref: ref, store: m.store, kind: m.kind, counterparty: m.counterparty ?? null }];
    const moves = rows.map((r) => ({ ...r, item: m.item, quantity: m.quantity, at: m.at.toISOString(), line: 1 }));
    const [short] = await tx.query<{
      item: string;
      store: string;
      at: string;
      stock: string;
      quantity: string;
      unit: string;
    }>(
      `SELECT i.name AS item, f.store, to_char(f.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') AS at,
              trim_scale(f.stock)::text AS stock, trim_scale(f.quantity)::text AS quantity, i.unit
         FROM supply_shortfalls($1, $2::jsonb) f JOIN supply_items i ON i.province_code = $1 AND i.item = f.item
        ORDER BY f.at LIMIT 1`,
      [ctx.province, JSON.stringify(moves)],
    );
    if (short) {
      const store = (await storeNames(tx, ctx))[short.store] ?? short.store; // the person typed a name, not a code
      throw new AppError(409, 'supply_below_zero', { ...short, store }, 'quantity');
    }
    const inserted = await tx.query<{ movement_ref: string }>(
      `INSERT INTO supply_movements (province_code, movement_ref, item, store, kind, quantity, at, source, counterparty)
       SELECT $1, r.movement_ref, r.item, r.store, r.kind, r.quantity, r.at, $3, r.counterparty
         FROM jsonb_to_recordset($2::jsonb) AS r(movement_ref text, item text, store text, kind text, quantity numeric,
                                                  at timestamptz, counterparty text)
       ON CONFLICT DO NOTHING RETURNING movement_ref`,
      [ctx.province, JSON.stringify(moves), m.source ?? null],
    );
    if (inserted.length < moves.length) throw new AppError(409, 'command_exists', { what: ref }, 'movement_ref');
    for (const r of moves) await audit(tx, ctx, 'insert', 'supply_movement', r.movement_ref, null, r);
    return (await listMovements(tx, ctx, { item: m.item, limit: 1000 })).filter((x) =>
      moves.some((r) => r.movement_ref === x.movement_ref),
    );
  });
}

export function listFunds(db: Db, ctx: Ctx, kind?: (typeof FUND_KINDS)[number]): Promise<Fund[]> {
  return db.query<Fund>(
    `SELECT fund_ref, kind, amount_vnd::float8 AS amount_vnd, at, source, purpose FROM command_funds
      WHERE province_code = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY at DESC, fund_ref`,
    [ctx.province, kind ?? null],
  );
}

export async function addFund(
  db: Db,
  ctx: Ctx,
  f: {
    fund_ref?: string;
    kind: (typeof FUND_KINDS)[number];
    amount_vnd: number;
    at: Date;
    source?: string | null;
    purpose?: string | null;
  },
): Promise<Fund> {
  return db.tx(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`funds:${ctx.province}`]);
    const [{ n }] = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM command_funds WHERE province_code = $1',
      [ctx.province],
    );
    const ref = f.fund_ref ?? `KP-${n + 1}`;
    const [row] = await tx.query<Fund>(
      `INSERT INTO command_funds (province_code, fund_ref, kind, amount_vnd, at, source, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING fund_ref, kind, amount_vnd::float8 AS amount_vnd, at, source, purpose`,
      [ctx.province, ref, f.kind, f.amount_vnd, f.at, f.source ?? null, f.purpose ?? null],
    );
    if (!row) throw new AppError(409, 'command_exists', { what: ref }, 'fund_ref');
    await audit(tx, ctx, 'insert', 'fund', ref, null, row);
    return row;
  });
}

/** Donors (the source of cash donations, and of in-kind receipts recorded as donations) with their totals. */
export function listDonors(db: Db, ctx: Ctx): Promise<Donor[]> {
  return db.query<Donor>(
    // Cash donations and in-kind ones (supply receipts from a donor), one row per donor.
    `WITH gifts AS (
       SELECT source AS donor, 1 AS cash, 0 AS in_kind, amount_vnd, at
         FROM command_funds WHERE province_code = $1 AND kind = 'donation' AND source IS NOT NULL
       UNION ALL
       SELECT counterparty, 0, 1, 0, at
         FROM supply_movements
        WHERE province_code = $1 AND kind = 'receipt' AND source = 'donation' AND counterparty IS NOT NULL)
     SELECT donor, sum(cash)::int AS donations, sum(in_kind)::int AS in_kind, sum(amount_vnd)::float8 AS amount_vnd,
            max(at) AS last_at
       FROM gifts GROUP BY donor ORDER BY sum(amount_vnd) DESC, donor COLLATE "C"`,
    [ctx.province],
  );
}

/** Per programme and district (of the beneficiary's ward): approved by `at`'s day and paid by then. */
export function supportByDistrict(db: Db, ctx: Ctx, at: Date): Promise<SupportProgress[]> {
  return db.query<SupportProgress>(
    `SELECT b.programme, d.code AS district_code, d.name AS district_name, count(*)::int AS approved,
            sum(b.amount_vnd)::float8 AS approved_vnd,
            count(*) FILTER (WHERE vn_day_start(b.paid_on) <= $2)::int AS paid,
            COALESCE(sum(b.amount_vnd) FILTER (WHERE vn_day_start(b.paid_on) <= $2), 0)::float8 AS paid_vnd,
            round(100.0 * count(*) FILTER (WHERE vn_day_start(b.paid_on) <= $2) / count(*), 2)::float8 AS paid_pct
       FROM support_beneficiaries b
       LEFT JOIN admin_units w ON w.province_code = b.province_code AND w.geography = '2024' AND w.level = 'ward' AND w.code = b.ward_code
       LEFT JOIN admin_units d ON d.province_code = b.province_code AND d.geography = '2024' AND d.level = 'district' AND d.code = w.parent_code
      WHERE b.province_code = $1 AND vn_day_start(b.approved_on) <= $2 AND ($3::text[] IS NULL OR b.ward_code = ANY($3::text[]))
      GROUP BY b.programme, d.code, d.name ORDER BY b.programme COLLATE "C", d.code NULLS LAST`,
    [ctx.province, at, scopeParam(ctx)],
  );
}

/** Beneficiaries of a programme (all when none given) in the actor's jurisdiction, by approval then reference. */
export function listBeneficiaries(
  db: Db,
  ctx: Ctx,
  f: { programme?: string; district?: string; unpaid?: boolean; limit?: number },
): Promise<Beneficiary[]> {
  return db.query<Beneficiary>(
    `SELECT b.beneficiary_ref, b.programme, b.support_group AS "group", b.approved_on::text AS approved_on,
            b.amount_vnd::float8 AS amount_vnd, b.paid_on::text AS paid_on, b.ward_code
       FROM support_beneficiaries b
       LEFT JOIN admin_units w ON w.province_code = b.province_code AND w.geography = '2024' AND w.level = 'ward' AND w.code = b.ward_code
      WHERE b.province_code = $1 AND ($2::text[] IS NULL OR b.ward_code = ANY($2::text[]))
        AND ($3::text IS NULL OR b.programme = $3) AND ($4::text IS NULL OR w.parent_code = $4)
        AND (NOT $5 OR b.paid_on IS NULL)
      ORDER BY b.programme COLLATE "C", b.approved_on, b.beneficiary_ref COLLATE "C" LIMIT $6`,
    [ctx.province, scopeParam(ctx), f.programme ?? null, f.district ?? null, f.unpaid ?? false, f.limit ?? 500],
  );
}
