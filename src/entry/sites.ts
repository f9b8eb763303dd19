// Where people are checked and declare: checkpoints and border posts (with staff shifts) and accommodations
// (hotels, guest houses). Each has a form token: the QR link of a checkpoint, the reporting link of a host.
import QRCode from 'qrcode';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { cleanText, normalizePhone } from '../shared/text.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import { VN_TODAY } from './followups.ts';
import type {
  Accommodation,
  AccommodationRecord,
  Checkpoint,
  CheckpointRecord,
  CheckpointShift,
  CheckpointShiftRecord,
  PublicForm,
} from './schemas.ts';

export type SiteKind = 'checkpoint' | 'accommodation';
const SITE = {
  checkpoint: {
    table: 'checkpoints',
    code: 'checkpoint_code',
    page: 'khai-bao',
  },
  accommodation: {
    table: 'accommodations',
    code: 'accommodation_code',
    page: 'luu-tru',
  },
} as const;

export interface CheckpointInput {
  checkpoint_code: string;
  name: string;
  kind: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
  mobility?: 'fixed' | 'mobile';
  border?: string | null;
  mode?: 'road' | 'air' | 'water' | 'rail';
  ward_code: string;
  location?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  active_from?: string | null;
  active_to?: string | null;
}
export interface AccommodationInput {
  accommodation_code: string;
  name: string;
  kind: 'hotel' | 'guest_house' | 'homestay' | 'other';
  ward_code: string;
  address?: string | null;
  phone?: string | null;
  rooms?: number | null;
}

const CHECKPOINT_COLUMNS = [
  'name',
  'kind',
  'mobility',
  'border',
  'mode',
  'ward_code',
  'location',
  'latitude',
  'longitude',
  'active_from',
  'active_to',
];
const ACCOMMODATION_COLUMNS = ['name', 'kind', 'ward_code', 'address', 'phone', 'rooms'];
const columnsOf = (kind: SiteKind) => (kind === 'checkpoint' ? CHECKPOINT_COLUMNS : ACCOMMODATION_COLUMNS);

function normalised(kind: SiteKind, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columnsOf(kind)) {
    if (!(c in input)) continue;
    const v = input[c];
    out[c] = typeof v === 'string' ? cleanText(v) || null : (v ?? null);
  }
  if (typeof out.border === 'string') out.border = out.border.toUpperCase();
  if (typeof out.phone === 'string') {
    const p = normalizePhone(out.phone);
    if (!p) throw new AppError(400, 'bad_phone', { value: String(input.phone) }, 'phone');
    out.phone = p;
  }
  if (out.active_from && out.active_to && String(out.active_to) < String(out.active_from))
    throw new AppError(400, 'end_before_start', {}, 'active_to');
  return out;
}

/** The ward a checkpoint or accommodation belongs to (its jurisdiction). */
export async function siteWard(db: Db, ctx: Ctx, kind: SiteKind, code: string): Promise<string> {
  const s = SITE[kind];
  const [r] = await db.query<{ ward_code: string }>(
    `SELECT ward_code FROM ${s.table} WHERE province_code = $1 AND ${s.code} = $2`,
    [ctx.province, code],
  );
  if (!r) throw notFound(thing(kind, code));
  return r.ward_code;
}

/** A site as listed, and as stored (the answer to registering or changing one), by kind. */
interface Listed {
  checkpoint: Checkpoint;
  accommodation: Accommodation;
}
interface Stored {
  checkpoint: CheckpointRecord;
  accommodation: AccommodationRecord;
}

export async function listSites<K extends SiteKind>(
  db: Db,
  ctx: Ctx,
  kind: K,
  f: { ward_code?: string; kind?: string },
): Promise<Listed[K][]> {
  const s = SITE[kind];
  // A checkpoint's token is printed on its QR code; a host's is a secret (GET …/link, entry.manage).
  return db.query<Listed[K]>(
    `SELECT ${s.code}, ${columnsOf(kind).join(', ')}${kind === 'checkpoint' ? ', form_token' : ''}, updated_at FROM ${s.table}
      WHERE province_code = $1 AND ($2::text IS NULL OR ward_code = $2) AND ($3::text IS NULL OR kind = $3)
        AND ($4::text[] IS NULL OR ward_code = ANY($4::text[]))
      ORDER BY ${s.code}`,
    [ctx.province, f.ward_code ?? null, f.kind ?? null, scopeParam(ctx)],
  );
}

export async function createSite<K extends SiteKind>(
  db: Db,
  ctx: Ctx,
  kind: K,
  input: CheckpointInput | AccommodationInput,
): Promise<Stored[K]> {
  const s = SITE[kind];
  const code = String((input as unknown as Record<string, unknown>)[s.code]).trim();
  const v = normalised(kind, input as unknown as Record<string, unknown>);
  return db.tx(async (tx) => {
    await assertWard(tx, ctx, String(v.ward_code));
    const cols = Object.keys(v);
    const rows = await tx.query<Stored[K]>(
      `INSERT INTO ${s.table} (province_code, ${s.code}, ${cols.join(', ')}) VALUES ($1, $2, ${cols.map((_, i) => `$${i + 3}`).join(', ')})
       ON CONFLICT DO NOTHING RETURNING *`,
      [ctx.province, code, ...cols.map((c) => v[c])],
    );
    if (!rows[0]) throw new AppError(409, 'conflict', { detail: `${s.code} ${code}` }, s.code);
    await audit(tx, ctx, 'insert', kind, code, null, rows[0]);
    return rows[0];
  });
}

/** Changes some fields; `rotate_token` issues a new form token (printed QR codes / shared links stop working). */
export async function updateSite<K extends SiteKind>(
  db: Db,
  ctx: Ctx,
  kind: K,
  code: string,
  changes: Record<string, unknown> & { rotate_token?: boolean },
): Promise<Stored[K]> {
  const s = SITE[kind];
  const v = normalised(kind, changes);
  return db.tx(async (tx) => {
    const [before] = await tx.query<Stored[K]>(
      `SELECT * FROM ${s.table} WHERE province_code = $1 AND ${s.code} = $2 FOR UPDATE`,
      [ctx.province, code],
    );
    if (!before) throw notFound(thing(kind, code));
    if (v.ward_code) await assertWard(tx, ctx, String(v.ward_code));
    const cols = Object.keys(v);
    const sets = [
      ...cols.map((c, i) => `${c} = $${i + 3}`),
      'updated_at = now()',
      ...(changes.rotate_token ? ['form_token = DEFAULT'] : []),
    ];
    const [row] = await tx.query<Stored[K]>(
      `UPDATE ${s.table} SET ${sets.join(', ')} WHERE province_code = $1 AND ${s.code} = $2 RETURNING *`,
      [ctx.province, code, ...cols.map((c) => v[c])],
    );
    await audit(tx, ctx, 'update', kind, code, before, row);
    return row;
  });
}

/** The public link of a site's form: the checkpoint's QR target, or the host's reporting page. */
export async function formUrl(db: Db, ctx: Ctx, kind: SiteKind, code: string, origin: string): Promise<string> {
  const s = SITE[kind];
  const [r] = await db.query<{ form_token: string }>(
    `SELECT form_token FROM ${s.table} WHERE province_code = $1 AND ${s.code} = $2`,
    [ctx.province, code],
  );
  if (!r) throw notFound(thing(kind, code));
  return `${origin}/${s.page}/${encodeURIComponent(code)}?t=${r.form_token}`;
}

export async function qrCode(url: string, format: 'svg' | 'png'): Promise<string | Buffer> {
  return format === 'svg'
    ? QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
    : QRCode.toBuffer(url, { type: 'png', margin: 2, errorCorrectionLevel: 'M', scale: 8 });
}

/**
 * What the public form shows for a site reached by its link: name, kind, ward, and the destination wards of the
 * province. Null when the code or token is wrong, or a checkpoint is not operating today.
 */
export async function publicForm(
  db: Db,
  province: string,
  kind: SiteKind,
  code: string,
  token: string,
): Promise<PublicForm | null> {
  const s = SITE[kind];
  const open =
    kind === 'checkpoint'
      ? `AND (x.active_from IS NULL OR x.active_from <= ${VN_TODAY}) AND (x.active_to IS NULL OR x.active_to >= ${VN_TODAY})`
      : '';
  const [site] = await db.query<PublicForm['site']>(
    `SELECT x.${s.code} AS code, x.name, x.kind, x.ward_code, pv.name AS province_name, pv.geography,
            (SELECT u.full_name FROM admin_units u WHERE u.province_code = x.province_code AND u.level = 'ward' AND u.code = x.ward_code
              ORDER BY u.geography = pv.geography DESC LIMIT 1) AS ward_name
       FROM ${s.table} x JOIN provinces pv ON pv.province_code = x.province_code
      WHERE x.province_code = $1 AND x.${s.code} = $2 AND x.form_token = $3 ${open}`,
    [province, code, token],
  );
  if (!site) return null;
  const wards = await db.query<PublicForm['destinations'][number]>(
    `SELECT w.code, w.full_name AS name, d.full_name AS district
       FROM admin_units w LEFT JOIN admin_units d ON d.province_code = w.province_code AND d.geography = w.geography AND d.code = w.parent_code AND d.level = 'district'
      WHERE w.province_code = $1 AND w.geography = $2 AND w.level = 'ward' ORDER BY d.full_name NULLS FIRST, w.full_name`,
    [province, site.geography],
  );
  return { form: kind, site, destinations: wards };
}

// ---- staff shifts ------------------------------------------------------------------------------------------

export interface ShiftInput {
  starts_at: string;
  ends_at: string;
  force: string;
  staff: number;
  leader?: string | null;
  note?: string | null;
}

export async function addShift(
  db: Db,
  ctx: Ctx,
  checkpoint: string,
  input: ShiftInput,
): Promise<CheckpointShiftRecord> {
  if (new Date(input.ends_at) <= new Date(input.starts_at)) throw new AppError(400, 'end_before_start', {}, 'ends_at');
  return db.tx(async (tx) => {
    const [row] = await tx.query<CheckpointShiftRecord>(
      `INSERT INTO checkpoint_shifts (province_code, checkpoint_code, starts_at, ends_at, force, staff, leader, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        ctx.province,
        checkpoint,
        input.starts_at,
        input.ends_at,
        input.force,
        input.staff,
        input.leader ? cleanText(input.leader) : null,
        input.note ? cleanText(input.note) : null,
      ],
    );
    await audit(tx, ctx, 'insert', 'checkpoint_shift', String(row.shift_id), null, row);
    return row;
  });
}

export async function listShifts(db: Db, ctx: Ctx, checkpoint: string, f: { from?: string; to?: string }) {
  return db.query<CheckpointShift>(
    `SELECT shift_id, checkpoint_code, starts_at, ends_at, force, staff, leader, note FROM checkpoint_shifts
      WHERE province_code = $1 AND checkpoint_code = $2 AND ($3::timestamptz IS NULL OR ends_at > $3) AND ($4::timestamptz IS NULL OR starts_at < $4)
      ORDER BY starts_at, force`,
    [ctx.province, checkpoint, f.from ?? null, f.to ?? null],
  );
}
