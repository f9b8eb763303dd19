// Import kind `persons` (docs/contracts/imports.md): key person_ref; phone/ID normalised, ward must exist.
import { upsertFromStaging, type ImportKind, type RowError } from '../imports/pipeline.ts';
import { code, date, integer, oneOf, text } from '../imports/fields.ts';
import { validatePerson, type PersonInput } from './validate.ts';

export const personsKind: ImportKind = {
  kind: 'persons',
  permission: 'people.write',
  columns: {
    person_ref: { required: true, parse: code() },
    full_name: { required: true, parse: text(200) },
    birth_year: { parse: integer(1880, 2100) },
    birth_date: { parse: date },
    sex: { parse: oneOf(['M', 'F'] as const, { nam: 'M', nu: 'F', male: 'M', female: 'F' }) },
    id_number: { parse: code(32) },
    phone: { parse: code(32) },
    ward_code: { parse: code(10) },
    hamlet: { parse: text(200) },
    address: { parse: text(500) },
    nationality: { parse: code(8) },
  },
  staging: {
    person_ref: 'text',
    full_name: 'text',
    birth_year: 'integer',
    birth_date: 'date',
    sex: 'text',
    id_kind: 'text',
    id_number: 'text',
    phone: 'text',
    ward_code: 'text',
    hamlet: 'text',
    address: 'text',
    nationality: 'text',
  },
  key: ['person_ref'],
  stage(cells, env) {
    const r = validatePerson(cells as unknown as PersonInput, env.provinceCodes);
    if ('errors' in r) return r.errors as RowError[];
    const p = r.person;
    return [
      p.person_ref,
      p.full_name,
      p.birth_year,
      p.birth_date,
      p.sex,
      p.id_kind,
      p.id_number,
      p.phone,
      p.ward_code,
      p.hamlet,
      p.address,
      p.nationality,
    ];
  },
  checks: [
    {
      column: 'ward_code',
      key: 'unknown_ward',
      sql: `SELECT s.line, s.ward_code AS value FROM import_staging s WHERE s.ward_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.ward_code)`,
    },
  ],
  // Both the new ward and, for an existing person, the stored one must be the actor's.
  scopeCheck: `SELECT s.line, 'ward_code' AS column,
                      CASE WHEN s.ward_code IS NULL OR s.ward_code = ANY($2::text[]) THEN p.ward_code ELSE s.ward_code END AS value
                 FROM import_staging s LEFT JOIN persons p ON p.province_code = $1 AND p.person_ref = s.person_ref
                WHERE (s.ward_code IS NOT NULL AND NOT s.ward_code = ANY($2::text[]))
                   OR (s.ward_code IS NULL AND p.person_id IS NULL)
                   OR (p.person_id IS NOT NULL AND (p.ward_code IS NULL OR NOT p.ward_code = ANY($2::text[])))`,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'persons',
      entity: 'person',
      conflict: ['person_ref'],
      keyExpr: 'up.person_ref',
      touch: 'updated_at',
      insertOnly: { person_ref: 's.person_ref' },
      set: {
        full_name: 's.full_name',
        birth_year: 's.birth_year',
        birth_date: 's.birth_date',
        sex: 's.sex',
        id_kind: 's.id_kind',
        id_number: 's.id_number',
        phone: 's.phone',
        ward_code: 's.ward_code',
        hamlet: 's.hamlet',
        address: 's.address',
        nationality: `COALESCE(s.nationality, 'VN')`,
      },
      keepIfEmpty: [
        'birth_year',
        'birth_date',
        'sex',
        'id_kind',
        'id_number',
        'phone',
        'ward_code',
        'hamlet',
        'address',
      ],
    }),
};
