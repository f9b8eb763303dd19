// Health declarations: from the public QR form, entered by staff (paper, accommodation hosts) or imported.
// Storing one is one call of entry_declare (PL/pgSQL, src/entry/declarations.sql): site and token check, duplicate check,
// person match, outbreak area (zoning inside the province, the hand-kept list outside), the declaration, its
// follow-ups and its audit row, in one round trip with plans
// kept per connection, so a checkpoint queue never waits on the database.
import { randomInt } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import type { Geography } from '../geo/reference.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { cleanText, normalizePhone } from '../shared/text.ts';
import { scopeParam } from '../auth/scope.ts';
import { FROM_OUTBREAK, reconcile, zoningJudgement } from './followups.ts';
import { travellerOrThrow, type Traveller, type TravellerInput } from './validate.ts';
import type { SiteKind } from './sites.ts';
import type { DeclarationReceipt, DeclarationSummary } from './schemas.ts';

export type Channel = 'qr' | 'app' | 'paper' | 'accommodation' | 'other';
export interface DeclarationInput extends TravellerInput {
  declared_at?: string | null;
  from_place?: string | null;
  travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
  vehicle_plate?: string | null;
  to_ward_code?: string | null;
  to_place?: string | null;
  check_out_at?: string | null;
  room?: string | null;
  symptoms?: string[];
  contact_case?: boolean;
  lang?: 'vi' | 'en' | null;
}
/** A declaration ready to store: traveller validated, text cleaned. */
export interface Declaration extends Traveller {
  declaration_ref: string;
  declared_at: string | null;
  channel: Channel;
  from_place: string | null;
  travel_mode: string | null;
  vehicle_plate: string | null;
  to_ward_code: string | null;
  to_place: string | null;
  check_out_at: string | null;
  room: string | null;
  symptoms: string[];
  contact_case: boolean;
  lang: string | null;
}
export interface SiteRef {
  kind: SiteKind;
  code: string;
  token?: string;
}
export type Stored = DeclarationReceipt;

// Receipt codes: no 0/O, 1/I/L, U, so they can be read out at a checkpoint.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newRef(prefix: string): string {
  let s = prefix + '-';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}
const REF_PREFIX: Record<Channel, string> = { qr: 'QR', app: 'AP', paper: 'KB', accommodation: 'LT', other: 'KB' };

/** Plate numbers as printed: upper case, no spaces or dots ("29a-123.45" → "29A-12345"). */
export const normalizePlate = (s: string) => s.toUpperCase().replace(/[\s.]/g, '');
const opt = (s: string | null | undefined) => (s ? cleanText(s) || null : null);

export function toDeclaration(
  input: DeclarationInput,
  channel: Channel,
  env: { provinceCodes: ReadonlySet<string>; geography: Geography; required?: string[] },
): Declaration {
  const tr = travellerOrThrow(input, env);
  if (input.check_out_at && input.declared_at && new Date(input.check_out_at) < new Date(input.declared_at)) {
    throw new AppError(400, 'end_before_start', {}, 'check_out_at');
  }
  return {
    ...tr,
    declaration_ref: newRef(REF_PREFIX[channel]),
    declared_at: input.declared_at ?? null,
    channel,
    from_place: opt(input.from_place),
    travel_mode: input.travel_mode ?? null,
    vehicle_plate: input.vehicle_plate ? normalizePlate(input.vehicle_plate) || null : null,
    to_ward_code: input.to_ward_code?.trim() || null,
    to_place: opt(input.to_place),
    check_out_at: input.check_out_at ?? null,
    room: opt(input.room),
    symptoms: [...new Set(input.symptoms ?? [])].sort(),
    contact_case: !!input.contact_case,
    lang: input.lang ?? null,
  };
}

const STORED_COLUMNS = [
  'declaration_ref',
  'declared_at',
  'channel',
  'full_name',
  'birth_year',
  'sex',
  'id_number',
  'phone',
  'nationality',
  'from_country',
  'from_province',
  'from_district',
  'from_ward',
  'from_place',
  'travel_mode',
  'vehicle_plate',
  'to_ward_code',
  'to_place',
  'check_out_at',
  'room',
  'symptoms',
  'contact_case',
  'lang',
] as const;

/**
 * Stores one declaration: one call of entry_declare (src/entry/declarations.sql), which checks the site (and with `site.token`
 * that the site carries it and, for a checkpoint, operates today), returns the first receipt for a double submission
 * (same phone + name at the same site within 10 minutes), links the person, judges the origin, creates the
 * follow-ups and the audit row. Returns null when the site is unknown.
 */
export async function insertDeclaration(
  db: Db,
  ctx: Ctx,
  d: Declaration,
  site: SiteRef | null,
): Promise<Stored | null> {
  return stored(d, (await declareRows(db, [callOf(ctx, d, site)]))[0]);
}

interface DeclareCall {
  province: string;
  kind: string | null;
  code: string | null;
  token: string | null;
  request_id: string | null;
  row: Record<string, unknown>;
}
interface DeclareResult {
  status: string;
  declaration_ref: string;
  declared_at: Date;
  outbreak_area: string | null;
  zone_level: number | null;
  outbreak_measure: 'lockdown' | null;
}

const callOf = (ctx: Ctx, d: Declaration, site: SiteRef | null): DeclareCall => ({
  province: ctx.province,
  kind: site?.kind ?? null,
  code: site?.code ?? null,
  token: site?.token ?? null,
  request_id: ctx.requestId ?? null,
  row: { ...Object.fromEntries(STORED_COLUMNS.map((c) => [c, d[c]])), recorded_by: ctx.actor },
});

function stored(d: Declaration, r: DeclareResult): Stored | null {
  if (r.status === 'no_site') return null;
  if (r.status === 'unknown_ward')
    throw new AppError(400, 'unknown_ward', { value: d.to_ward_code ?? '' }, 'to_ward_code');
  const { declaration_ref, declared_at, outbreak_area, zone_level, outbreak_measure } = r;
  return {
    declaration_ref,
    declared_at,
    duplicate: r.status === 'duplicate',
    outbreak_area,
    zone_level,
    outbreak_measure,
  };
}

/** entry_declare for each call in order, in one statement (a later call sees the earlier ones: double submissions). */
async function declareRows(db: Db, calls: DeclareCall[]): Promise<DeclareResult[]> {
  return db.query<DeclareResult>(
    `SELECT r.* FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x (c, i)
       CROSS JOIN LATERAL entry_declare(x.c->>'province', x.c->>'kind', x.c->>'code', x.c->>'token', x.c->>'request_id', x.c->'row') r
      ORDER BY x.i`,
    [JSON.stringify(calls)],
  );
}

/**
 * The public form's declarations, stored in batches: the declarations that arrive while the event loop is busy
 * go to the database together, in one statement and one transaction. A checkpoint queue sends hundreds a second,
 * and per declaration a round trip and a commit cost more than the work itself. A batch that fails (one bad
 * row rolls back its statement) is stored again one by one, so each request gets its own answer.
 */
export function declarationBatcher(db: Db, maxBatch = 200) {
  let queue: {
    call: DeclareCall;
    d: Declaration;
    resolve: (s: Stored | null) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const flush = async () => {
    const batch = queue;
    queue = [];
    if (!batch.length) return;
    try {
      const results = await declareRows(
        db,
        batch.map((b) => b.call),
      );
      batch.forEach((b, i) => {
        try {
          b.resolve(stored(b.d, results[i]));
        } catch (e) {
          b.reject(e);
        }
      });
    } catch {
      for (const b of batch)
        declareRows(db, [b.call])
          .then((r) => stored(b.d, r[0]))
          .then(b.resolve, b.reject);
    }
  };
  return (ctx: Ctx, d: Declaration, site: SiteRef | null): Promise<Stored | null> =>
    new Promise((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ call: callOf(ctx, d, site), d, resolve, reject });
      if (queue.length >= maxBatch) void flush();
    });
}

// ---- reading -----------------------------------------------------------------------------------------------

/** A declaration belongs to the ward of its checkpoint or accommodation, and is seen by its destination ward. */
const DECLARATION_SCOPE = `($SCOPE::text[] IS NULL OR COALESCE(c.ward_code, ac.ward_code) = ANY($SCOPE::text[]) OR d.to_ward_code = ANY($SCOPE::text[]))`;
const DECLARATION_FROM = `declarations d
  LEFT JOIN checkpoints c ON c.province_code = d.province_code AND c.checkpoint_code = d.checkpoint_code
  LEFT JOIN accommodations ac ON ac.province_code = d.province_code AND ac.accommodation_code = d.accommodation_code
  LEFT JOIN outbreak_areas oa ON oa.province_code = d.province_code AND oa.area_id = d.outbreak_area_id
  LEFT JOIN persons pe ON pe.province_code = d.province_code AND pe.person_id = d.person_id
  CROSS JOIN LATERAL (SELECT ${zoningJudgement('d')} AS j) zj`;
const DECLARATION_COLUMNS = `d.declaration_ref, d.declared_at, d.channel, d.checkpoint_code, d.accommodation_code, pe.person_ref,
  d.full_name, d.birth_year, d.sex, d.id_number, d.phone, d.nationality, d.from_country, d.from_province, d.from_district,
  d.from_ward, d.from_place, d.travel_mode, d.vehicle_plate, d.to_ward_code, d.to_place, d.check_out_at, d.room, d.symptoms,
  d.contact_case, COALESCE(oa.name, zj.j->>'unit_name') AS outbreak_area, zj.j AS outbreak_zoning, d.recorded_by`;

export async function declarationSiteWard(
  db: Db,
  ctx: Ctx,
  ref: string,
): Promise<{ site: string | null; to: string | null }> {
  const [r] = await db.query<{ site: string | null; to: string | null }>(
    `SELECT COALESCE(c.ward_code, ac.ward_code) AS site, d.to_ward_code AS to FROM ${DECLARATION_FROM}
      WHERE d.province_code = $1 AND d.declaration_ref = $2`,
    [ctx.province, ref],
  );
  if (!r) throw notFound(thing('declaration', ref));
  return r;
}

export interface DeclarationFilter {
  q?: string;
  checkpoint_code?: string;
  accommodation_code?: string;
  from?: string;
  to?: string;
  outbreak_only?: boolean;
  limit?: number;
}

/**
 * Declarations in the actor's jurisdiction, newest first. `q` is a receipt code, a phone number, an ID number
 * or a plate: what a checkpoint officer types when the traveller steps up.
 */
export async function listDeclarations(db: Db, ctx: Ctx, f: DeclarationFilter) {
  const q = f.q?.trim() || null;
  const phone = q ? normalizePhone(q) : null;
  const key = q ? q.toUpperCase().replace(/[\s.]/g, '') : null;
  return db.query<DeclarationSummary>(
    `SELECT ${DECLARATION_COLUMNS} FROM ${DECLARATION_FROM}
      WHERE d.province_code = $1
        AND ($2::text IS NULL OR d.declaration_ref IN ($2, $11) OR d.phone = $3 OR d.id_number = $11 OR d.vehicle_plate = $11)
        AND ($4::text IS NULL OR d.checkpoint_code = $4) AND ($5::text IS NULL OR d.accommodation_code = $5)
        AND ($6::timestamptz IS NULL OR d.declared_at >= $6) AND ($7::timestamptz IS NULL OR d.declared_at <= $7)
        AND (NOT $8 OR ${FROM_OUTBREAK('d')}) AND ${DECLARATION_SCOPE.replaceAll('$SCOPE', '$9')}
      ORDER BY d.declared_at DESC, d.declaration_id DESC LIMIT $10`,
    [
      ctx.province,
      q,
      phone,
      f.checkpoint_code ?? null,
      f.accommodation_code ?? null,
      f.from ?? null,
      f.to ?? null,
      !!f.outbreak_only,
      scopeParam(ctx),
      Math.min(f.limit ?? 50, 500),
      key,
    ],
  );
}

export async function getDeclaration(db: Db, ctx: Ctx, ref: string) {
  const [r] = await db.query<DeclarationSummary>(
    `SELECT ${DECLARATION_COLUMNS} FROM ${DECLARATION_FROM} WHERE d.province_code = $1 AND d.declaration_ref = $2`,
    [ctx.province, ref],
  );
  if (!r) throw notFound(thing('declaration', ref));
  return r;
}

/** Links declarations not yet linked to a person (persons registered or imported since). */
export async function matchDeclarations(db: Db, ctx: Ctx): Promise<{ linked: number }> {
  return db.tx(async (tx) => {
    const unlinked = `SELECT count(*)::int AS n FROM declarations WHERE province_code = $1 AND person_id IS NULL`;
    const [before] = await tx.query<{ n: number }>(unlinked, [ctx.province]);
    await reconcile(tx, ctx, 'declaration', 'x.person_id IS NULL');
    const [after] = await tx.query<{ n: number }>(unlinked, [ctx.province]);
    return { linked: before.n - after.n };
  });
}
