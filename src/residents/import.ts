// Import kind `residents_abroad` (docs/contracts/period-report.md, key resident_ref): the province's residents abroad
// as a survey lists them (seed 000: "14.659 người ở nước ngoài … đã về 3.169 … dự kiến về 6.066, Đài Loan 1.451 …"),
// each with the ward they live in, the country, and the days they left, expect to return and returned; person_ref
// links a resident who is a registered person. A district or commune user imports its own wards only.
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, date, text, type CellParser } from '../imports/fields.ts';

/** ISO 3166 alpha-2, upper case: `tw` is read as TW. */
const country: CellParser<string> = (cell) =>
  /^[A-Za-z]{2}$/.test(cell) ? { ok: cell.toUpperCase() } : { error: 'resident_bad_country', params: { value: cell } };

export const residentsAbroadKind: ImportKind = {
  kind: 'residents_abroad',
  permission: 'people.write',
  columns: {
    resident_ref: { required: true, parse: code() },
    full_name: { required: true, parse: text(200) },
    ward_code: { required: true, parse: code(10) },
    country: { required: true, parse: country },
    left_on: { parse: date },
    expected_return_on: { parse: date },
    returned_on: { parse: date },
    person_ref: { parse: code() },
  },
  staging: {
    resident_ref: 'text',
    full_name: 'text',
    ward_code: 'text',
    country: 'text',
    left_on: 'date',
    expected_return_on: 'date',
    returned_on: 'date',
    person_ref: 'text',
  },
  key: ['resident_ref'],
  stage(c) {
    const left = c.left_on as string | undefined,
      returned = c.returned_on as string | undefined;
    if (left && returned && returned < left) return [{ column: 'returned_on', key: 'returned_before_left' }];
    return [
      c.resident_ref,
      c.full_name,
      c.ward_code,
      c.country,
      left ?? null,
      c.expected_return_on ?? null,
      returned ?? null,
      c.person_ref ?? null,
    ];
  },
  checks: [
    {
      column: 'ward_code',
      key: 'unknown_ward',
      sql: `SELECT s.line, s.ward_code AS value FROM import_staging s WHERE NOT EXISTS (
              SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.ward_code)`,
    },
    {
      column: 'person_ref',
      key: 'unknown_person',
      sql: `SELECT s.line, s.person_ref AS value FROM import_staging s WHERE s.person_ref IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM persons p WHERE p.province_code = $1 AND p.person_ref = s.person_ref)`,
    },
  ],
  // The row's ward, and for a resident already registered the stored ward, must be the actor's.
  scopeCheck: `SELECT s.line, 'ward_code' AS column, s.ward_code AS value FROM import_staging s
                WHERE NOT s.ward_code = ANY($2::text[])
               UNION ALL
               SELECT s.line, 'resident_ref', s.resident_ref FROM import_staging s
                 JOIN residents_abroad r ON r.province_code = $1 AND r.resident_ref = s.resident_ref
                WHERE NOT r.ward_code = ANY($2::text[])`,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'residents_abroad',
      entity: 'resident_abroad',
      conflict: ['resident_ref'],
      keyExpr: 'up.resident_ref',
      touch: 'updated_at',
      insertOnly: { resident_ref: 's.resident_ref' },
      set: {
        full_name: 's.full_name',
        ward_code: 's.ward_code',
        country: 's.country',
        left_on: 's.left_on',
        expected_return_on: 's.expected_return_on',
        returned_on: 's.returned_on',
        // the surviving record after merges
        person_id: `(SELECT COALESCE(p.merged_into, p.person_id) FROM persons p
                      WHERE p.province_code = $1 AND p.person_ref = s.person_ref)`,
      },
      keepIfEmpty: ['left_on', 'expected_return_on', 'returned_on', 'person_id'],
    }),
};
