// Import kind `declarations` (key declaration_ref): declarations from other channels (an entry app, paper forms
// typed in, accommodation hosts). Rows are validated like the public form; after the upsert the imported rows are
// linked to persons and judged against the outbreak areas of their day (zoning inside the province, the hand-kept
// list outside), which creates their follow-ups.
// `guestsKind(code)` is the same format for one accommodation's host (its reporting link), without site columns.
import { createHash } from 'node:crypto';
import { upsertFromStaging, type ImportKind, type RowError } from '../imports/pipeline.ts';
import { code, instant, integer, oneOf, text, type CellParser } from '../imports/fields.ts';
import { fold } from '../shared/text.ts';
import { reconcile } from './followups.ts';
import { normalizePlate } from './declarations.ts';
import { SYMPTOMS, validateTraveller, type TravellerInput } from './validate.ts';

const symptoms: CellParser<string[]> = (cell) => {
  const items = cell
    .split(/[;|]/)
    .map((s) => fold(s).replace(/\s+/g, '_'))
    .filter(Boolean);
  const bad = items.find((s) => !(SYMPTOMS as readonly string[]).includes(s));
  return bad
    ? { error: 'bad_enum', params: { value: bad, allowed: SYMPTOMS.join(', ') } }
    : { ok: [...new Set(items)].sort() };
};
const yesNo = oneOf(['yes', 'no'] as const, {
  co: 'yes',
  khong: 'no',
  true: 'yes',
  false: 'no',
  '1': 'yes',
  '0': 'no',
  x: 'yes',
});

const columns: ImportKind['columns'] = {
  declaration_ref: { required: true, parse: code() },
  declared_at: { required: true, parse: instant },
  channel: { parse: oneOf(['qr', 'app', 'paper', 'accommodation', 'other'] as const) },
  checkpoint_code: { parse: code(32) },
  accommodation_code: { parse: code(32) },
  full_name: { required: true, parse: text(200) },
  birth_year: { parse: integer(1880, 2100) },
  sex: { parse: oneOf(['M', 'F'] as const, { nam: 'M', nu: 'F', male: 'M', female: 'F' }) },
  id_number: { parse: code(32) },
  phone: { parse: code(32) },
  nationality: { parse: code(8) },
  from_country: { parse: code(8) },
  from_province: { parse: code(10) },
  from_district: { parse: code(10) },
  from_ward: { parse: code(10) },
  from_place: { parse: text(300) },
  travel_mode: {
    parse: oneOf(['road', 'air', 'water', 'rail'] as const, {
      'duong bo': 'road',
      'hang khong': 'air',
      'duong thuy': 'water',
      'duong sat': 'rail',
    }),
  },
  vehicle_plate: { parse: code(20) },
  to_ward_code: { parse: code(10) },
  to_place: { parse: text(300) },
  check_out_at: { parse: instant },
  room: { parse: text(20) },
  symptoms: { parse: symptoms },
  contact_case: { parse: yesNo },
};

const STAGING = {
  declaration_ref: 'text',
  declared_at: 'timestamptz',
  channel: 'text',
  checkpoint_code: 'text',
  accommodation_code: 'text',
  full_name: 'text',
  birth_year: 'integer',
  sex: 'text',
  id_number: 'text',
  phone: 'text',
  nationality: 'text',
  from_country: 'text',
  from_province: 'text',
  from_district: 'text',
  from_ward: 'text',
  from_place: 'text',
  travel_mode: 'text',
  vehicle_plate: 'text',
  to_ward_code: 'text',
  to_place: 'text',
  check_out_at: 'timestamptz',
  room: 'text',
  symptoms: 'text[]',
  contact_case: 'boolean',
};
const OPTIONAL = [
  'checkpoint_code',
  'accommodation_code',
  'birth_year',
  'sex',
  'id_number',
  'phone',
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
];

function stage(cells: Record<string, unknown>, env: { provinceCodes: ReadonlySet<string> }): unknown[] | RowError[] {
  const errors: RowError[] = [];
  if (cells.checkpoint_code && cells.accommodation_code)
    errors.push({ column: 'accommodation_code', key: 'two_sites' });
  const at = cells.declared_at as Date | undefined,
    out = cells.check_out_at as Date | undefined;
  if (at && out && out < at) errors.push({ column: 'check_out_at', key: 'end_before_start' });
  const r = validateTraveller(cells as TravellerInput, { provinceCodes: env.provinceCodes });
  if ('errors' in r) errors.push(...r.errors);
  if (errors.length || 'errors' in r) return errors;
  const tr = r.traveller;
  const list = cells.symptoms as string[] | undefined;
  return [
    cells.declaration_ref,
    at,
    cells.channel ?? (cells.accommodation_code ? 'accommodation' : 'app'),
    cells.checkpoint_code,
    cells.accommodation_code,
    tr.full_name,
    tr.birth_year,
    tr.sex,
    tr.id_number,
    tr.phone,
    tr.nationality,
    tr.from_country,
    tr.from_province,
    tr.from_district,
    tr.from_ward,
    cells.from_place,
    cells.travel_mode,
    cells.vehicle_plate ? normalizePlate(String(cells.vehicle_plate)) : null,
    cells.to_ward_code,
    cells.to_place,
    out,
    cells.room,
    list ? `{${list.join(',')}}` : null,
    cells.contact_case === undefined ? null : cells.contact_case === 'yes',
  ];
}

const unknownRef = (column: string, table: string) => ({
  column,
  key: column === 'checkpoint_code' ? ('unknown_checkpoint' as const) : ('unknown_accommodation' as const),
  sql: `SELECT s.line, s.${column} AS value FROM import_staging s WHERE s.${column} IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM ${table} t WHERE t.province_code = $1 AND t.${column} = s.${column})`,
});

export const declarationsKind: ImportKind = {
  kind: 'declarations',
  permission: 'entry.write',
  columns,
  staging: STAGING,
  key: ['declaration_ref'],
  stage,
  checks: [
    unknownRef('checkpoint_code', 'checkpoints'),
    unknownRef('accommodation_code', 'accommodations'),
    {
      column: 'to_ward_code',
      key: 'unknown_ward',
      sql: `SELECT s.line, s.to_ward_code AS value FROM import_staging s WHERE s.to_ward_code IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.to_ward_code)`,
    },
  ],
  // A declaration belongs to its site's ward, or (no site) to its destination ward.
  scopeCheck: `SELECT s.line, CASE WHEN s.checkpoint_code IS NOT NULL THEN 'checkpoint_code' WHEN s.accommodation_code IS NOT NULL
                 THEN 'accommodation_code' ELSE 'to_ward_code' END AS column, COALESCE(c.ward_code, a.ward_code, s.to_ward_code) AS value
                 FROM import_staging s
                 LEFT JOIN checkpoints c ON c.province_code = $1 AND c.checkpoint_code = s.checkpoint_code
                 LEFT JOIN accommodations a ON a.province_code = $1 AND a.accommodation_code = s.accommodation_code
                WHERE COALESCE(c.ward_code, a.ward_code, s.to_ward_code) IS NULL
                   OR NOT COALESCE(c.ward_code, a.ward_code, s.to_ward_code) = ANY($2::text[])
               UNION ALL -- a stored declaration must be the actor's too, by the same rule
               SELECT s.line, 'declaration_ref', s.declaration_ref FROM import_staging s
                 JOIN declarations d ON d.province_code = $1 AND d.declaration_ref = s.declaration_ref
                 LEFT JOIN checkpoints c ON c.province_code = $1 AND c.checkpoint_code = d.checkpoint_code
                 LEFT JOIN accommodations a ON a.province_code = $1 AND a.accommodation_code = d.accommodation_code
                WHERE COALESCE(c.ward_code, a.ward_code, d.to_ward_code) IS NULL
                   OR NOT COALESCE(c.ward_code, a.ward_code, d.to_ward_code) = ANY($2::text[])`,
  async apply(tx, ctx) {
    const set = Object.fromEntries(
      Object.keys(STAGING)
        .filter((c) => c !== 'declaration_ref')
        .map((c) => [c, `s.${c}`]),
    );
    const counts = await upsertFromStaging(tx, ctx, {
      table: 'declarations',
      entity: 'declaration',
      conflict: ['declaration_ref'],
      keyExpr: 'up.declaration_ref',
      touch: 'updated_at',
      insertOnly: { declaration_ref: 's.declaration_ref', recorded_by: '$2::text' },
      set: {
        ...set,
        channel: `COALESCE(s.channel, 'app')`,
        nationality: `COALESCE(s.nationality, 'VN')`,
        from_country: `COALESCE(s.from_country, 'VN')`,
        symptoms: `COALESCE(s.symptoms, '{}')`,
        contact_case: 'COALESCE(s.contact_case, false)',
      },
      keepIfEmpty: OPTIONAL,
    });
    // Zoning is judged for the rows this import stored or changed (updated_at is the transaction's now()); an
    // unchanged row keeps the judgement it was given.
    await reconcile(
      tx,
      ctx,
      'declaration',
      'x.declaration_ref IN (SELECT declaration_ref FROM import_staging)',
      [],
      'x.updated_at = now()',
    );
    return counts;
  },
};

const SITE_COLUMNS = ['checkpoint_code', 'accommodation_code', 'channel'];

/**
 * One accommodation's guest list, uploaded by its host: the declarations format without the site columns;
 * `declared_at` is the check-in. The key is the host's own register number (declaration_ref), else one made of
 * the guest and the check-in, kept under the accommodation's code: uploading the same list twice changes nothing.
 */
export function guestsKind(accommodationCode: string): ImportKind {
  return {
    ...declarationsKind,
    kind: 'accommodation_guests',
    columns: {
      ...Object.fromEntries(Object.entries(columns).filter(([c]) => !SITE_COLUMNS.includes(c))),
      declaration_ref: { parse: code() },
    },
    checks: declarationsKind.checks!.filter((c) => c.column === 'to_ward_code'),
    scopeCheck: undefined,
    stage(cells, env) {
      const who = [
        fold(String(cells.full_name ?? '')),
        cells.id_number ?? cells.phone ?? '',
        (cells.declared_at as Date | undefined)?.toISOString() ?? '',
      ].join('|');
      // Refs are unique province-wide: a host's own register number is kept under its code.
      const own = cells.declaration_ref ?? createHash('sha256').update(who).digest('hex').slice(0, 12).toUpperCase();
      const ref = `LT-${accommodationCode}-${own}`;
      return stage(
        { ...cells, declaration_ref: ref, accommodation_code: accommodationCode, channel: 'accommodation' },
        env,
      );
    },
  };
}
