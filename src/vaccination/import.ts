// Import kind `vaccinations` (docs/contracts/imports.md), extended with an optional `round` column (a round code).
// A dose given at a registered site with a lot draws on that site's stock: rows that would take a lot below zero
// are refused like any other bad row.
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, date, integer, oneOf, text } from '../imports/fields.ts';
import { personId, personJoin, personRefOf, personScopeCheck, unknownPersonCheck } from '../imports/person-ref.ts';
import { PRODUCTS } from './products.ts';
import { STOCK_EVENTS, STOCK_LOCK, runningBalance } from './sql.ts';

/** Rows naming a round that does not exist. */
const unknownRoundCheck = {
  column: 'round',
  key: 'unknown_round' as const,
  sql: `SELECT s.line, s.round_code AS value FROM import_staging s WHERE s.round_code IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM vaccination_rounds r WHERE r.province_code = $1 AND r.round_code = s.round_code)`,
};

/**
 * Not a check: takes the stock lock (sql.ts) in a statement of its own, so that the stock check's statement that
 * follows reads every write committed before it. Never returns a row.
 */
const stockLock = {
  column: 'lot',
  key: 'stock_negative_row' as const,
  sql: `SELECT NULL::integer AS line, NULL::text AS value WHERE (SELECT count(*) FROM (${STOCK_LOCK}) l) = 0`,
};

/**
 * Rows whose dose would take a site's lot below zero: the stock events of the lots the file touches, with the
 * file's doses in place of the stored doses they replace (empty lot/site keep the stored value), balanced day by
 * day. A row is refused when the balance after it is negative, or when its lot goes negative later on.
 */
const stockCheck = {
  column: 'lot',
  key: 'stock_negative_row' as const,
  sql: `WITH staged AS (
          SELECT DISTINCT ON (${personId()}, s.dose_number) s.line, ${personId()} AS person_id, s.dose_number, s.product, s.given_on,
                 COALESCE(s.lot, v.lot) AS lot, COALESCE(s.site, v.site) AS site
            FROM import_staging s ${personJoin()}
            LEFT JOIN vaccinations v ON v.province_code = $1 AND v.person_id = ${personId()} AND v.dose_number = s.dose_number
           ORDER BY ${personId()}, s.dose_number, s.line DESC),
        counted AS (SELECT st.* FROM staged st JOIN vaccination_sites vs ON vs.province_code = $1 AND vs.site_code = st.site
                     WHERE st.lot IS NOT NULL),
        events AS (
          SELECT NULL::integer AS line, e.site_code, e.product, e.lot, e.on_date, e.delta FROM ${STOCK_EVENTS} e
           WHERE (e.site_code, e.product, e.lot) IN (SELECT site, product, lot FROM counted)
             AND NOT (e.kind = 'administered' AND (e.person_id, e.dose_number) IN (SELECT person_id, dose_number FROM staged))
          UNION ALL
          SELECT line, site, product, lot, given_on, -1 FROM counted),
        bal AS (${runningBalance('events', ', e.line')}),
        short AS (SELECT site_code, product, lot, bool_or(line IS NULL AND balance < 0) AS later FROM bal GROUP BY 1, 2, 3)
        SELECT b.line, b.lot || ' @ ' || b.site_code AS value FROM bal b JOIN short USING (site_code, product, lot)
         WHERE b.line IS NOT NULL AND (b.balance < 0 OR short.later)`,
};

export const vaccinationsKind: ImportKind = {
  kind: 'vaccinations',
  permission: 'vaccination.write',
  columns: {
    person_ref: { required: true, parse: code() },
    dose_number: { required: true, parse: integer(1, 10) },
    product: {
      required: true,
      parse: oneOf(PRODUCTS, {
        'astra zeneca': 'astrazeneca',
        az: 'astrazeneca',
        'vero cell': 'verocell',
        sinopharm: 'verocell',
        'sputnik v': 'sputnik',
        'pfizer-biontech': 'pfizer',
        comirnaty: 'pfizer',
        spikevax: 'moderna',
      }),
    },
    given_on: { required: true, parse: date },
    lot: { parse: text(50) },
    site: { parse: text(200) },
    round: { parse: code() },
  },
  staging: {
    person_ref: 'text',
    dose_number: 'integer',
    product: 'text',
    given_on: 'date',
    lot: 'text',
    site: 'text',
    round_code: 'text',
  },
  key: ['person_ref', 'dose_number'],
  stage: (c) => [c.person_ref, c.dose_number, c.product, c.given_on, c.lot ?? null, c.site ?? null, c.round ?? null],
  checks: [unknownPersonCheck(), unknownRoundCheck, stockLock, stockCheck],
  scopeCheck: personScopeCheck('person_ref'),
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'vaccinations',
      entity: 'vaccination',
      conflict: ['person_id', 'dose_number'],
      keyExpr: `${personRefOf()} || '/' || up.dose_number`,
      touch: 'updated_at',
      join: personJoin(),
      insertOnly: { person_id: personId(), dose_number: 's.dose_number' },
      set: { product: 's.product', given_on: 's.given_on', lot: 's.lot', site: 's.site', round_code: 's.round_code' },
      keepIfEmpty: ['lot', 'site', 'round_code'],
    }),
};
