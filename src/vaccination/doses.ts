// Doses per person: recording (API; the CSV kind is in import.ts), the checks each dose is judged by — interval
// from the previous dose under the schedule in force on its date, allowed product mixes, lot expiry — and the
// person's next dose.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { invalid, notFound } from '../shared/errors.ts';
import { t, thing } from '../shared/messages.ts';
import { scopeParam } from '../auth/scope.ts';
import type { Product } from './products.ts';
import { DOSES, scheduleOn } from './sql.ts';
import { assertStock, isStockSite, lockStock } from './supply.ts';
import { nextDoses } from './due.ts';
import type { CheckedDose, CheckedDoseRow as CheckedRow, PersonDoses } from './schemas.ts';

/**
 * SQL over `DOSES d` joined to persons `p`: each dose with its interval rule and flags. The rule is the previous
 * dose's product's schedule in force on this dose's date; a dose past the primary series is a booster.
 */
const CHECKED = `
  SELECT p.person_ref, d.dose_number, d.product, d.given_on, d.lot, d.site, d.round_code,
         prev.product AS previous_product, d.given_on - prev.given_on AS interval_days, ck.booster,
         ck.min_days, ck.max_days, l.expires_on,
         array_remove(ARRAY[
           CASE WHEN d.dose_number > 1 AND prev.person_id IS NULL THEN 'missing_previous' END,
           CASE WHEN d.given_on - prev.given_on < ck.min_days THEN 'early' END,
           CASE WHEN d.given_on - prev.given_on > ck.max_days THEN 'late' END,
           CASE WHEN d.product <> prev.product AND NOT d.product = ANY(ck.allowed) THEN 'mix_not_allowed' END,
           CASE WHEN l.expires_on < d.given_on THEN 'expired_lot' END], NULL) AS flags
    FROM ${DOSES} d
    JOIN persons p ON p.province_code = $1 AND p.person_id = d.person_id
    LEFT JOIN vaccinations prev ON prev.province_code = $1 AND prev.person_id = d.person_id AND prev.dose_number = d.dose_number - 1
    LEFT JOIN LATERAL ${scheduleOn('prev.product', 'd.given_on')} sc ON true
    LEFT JOIN LATERAL (SELECT d.dose_number > sc.primary_doses AS booster,
        CASE WHEN d.dose_number > sc.primary_doses THEN sc.booster_min_days ELSE sc.min_interval_days END AS min_days,
        CASE WHEN d.dose_number > sc.primary_doses THEN sc.booster_max_days ELSE sc.max_interval_days END AS max_days,
        CASE WHEN d.dose_number > sc.primary_doses THEN sc.boost_with ELSE sc.mix_with END AS allowed) ck ON true
    LEFT JOIN vaccine_lots l ON l.province_code = $1 AND l.product = d.product AND l.lot = d.lot`;

/** Flag codes → sentences in the reader's language. */
function explain(ctx: Ctx, r: CheckedRow): CheckedDose {
  const params = {
    dose: r.dose_number,
    days: r.interval_days ?? '',
    min: r.min_days ?? '',
    max: r.max_days ?? '',
    product: r.product,
    previous: r.previous_product ?? '',
    previous_dose: r.dose_number - 1,
    lot: r.lot ?? '',
    expires_on: r.expires_on ?? '',
  };
  const key = {
    early: 'dose_early',
    late: 'dose_late',
    mix_not_allowed: 'dose_mix',
    missing_previous: 'dose_gap',
    expired_lot: 'dose_expired_lot',
  } as const;
  return { ...r, flags: r.flags.map((code) => ({ code, message: t(ctx.lang, key[code], params) })) };
}

/** A person's doses with their checks, and the next dose with its window. */
export async function personDoses(db: Db, ctx: Ctx, ref: string, on: string): Promise<PersonDoses> {
  const [person] = await db.query<{
    person_id: number;
    person_ref: string;
    full_name: string;
    birth_year: number | null;
    ward_code: string | null;
  }>(
    // A merged record's doses live on the record it was merged into.
    `SELECT COALESCE(merged_into, person_id) AS person_id, person_ref, full_name, birth_year, ward_code
       FROM persons WHERE province_code = $1 AND person_ref = $2`,
    [ctx.province, ref],
  );
  if (!person) throw notFound(thing('person'));
  const doses = await db.query<CheckedRow>(`${CHECKED} WHERE d.person_id = $2 ORDER BY d.dose_number`, [
    ctx.province,
    person.person_id,
  ]);
  const [next] = await nextDoses(db, ctx, { on, personId: person.person_id, includeNotYetDue: true });
  const { person_id: _, ...shown } = person;
  return { person: shown, doses: doses.map((d) => explain(ctx, d)), next: next ?? null };
}

/** Doses with at least one flag, given in [from, to], within the actor's wards (optionally one ward). */
export async function flaggedDoses(
  db: Db,
  ctx: Ctx,
  f: { from?: string; to?: string; ward_code?: string; limit?: number },
): Promise<CheckedDose[]> {
  const rows = await db.query<CheckedRow>(
    `SELECT * FROM (${CHECKED}
      WHERE ($2::date IS NULL OR d.given_on >= $2) AND ($3::date IS NULL OR d.given_on <= $3)
        AND ($4::text IS NULL OR p.ward_code = $4) AND ($5::text[] IS NULL OR p.ward_code = ANY($5::text[]))) x
      WHERE cardinality(flags) > 0 ORDER BY given_on, person_ref, dose_number LIMIT $6`,
    [ctx.province, f.from ?? null, f.to ?? null, f.ward_code ?? null, scopeParam(ctx), f.limit ?? 500],
  );
  return rows.map((r) => explain(ctx, r));
}

export interface DoseInput {
  person_ref: string;
  dose_number: number;
  product: Product;
  given_on: string;
  lot?: string | null;
  site?: string | null;
  round_code?: string | null;
}

/**
 * Records a dose, or corrects the dose of that number. Early or mixed doses are recorded and flagged (they were
 * given); a dose that would take a site's stock of its lot below zero is refused.
 */
export async function putDose(db: Db, ctx: Ctx, input: DoseInput): Promise<CheckedDose> {
  return db.tx(async (tx) => {
    const [p] = await tx.query<{ person_id: number }>(
      'SELECT COALESCE(merged_into, person_id) AS person_id FROM persons WHERE province_code = $1 AND person_ref = $2',
      [ctx.province, input.person_ref],
    );
    if (!p) throw invalid('person_ref', 'unknown_person', { value: input.person_ref });
    if (input.round_code) {
      const r = await tx.query('SELECT 1 FROM vaccination_rounds WHERE province_code = $1 AND round_code = $2', [
        ctx.province,
        input.round_code,
      ]);
      if (!r[0]) throw invalid('round_code', 'unknown_round', { value: input.round_code });
    }
    const fromStock = !!input.lot && !!input.site && (await isStockSite(tx, ctx, input.site));
    if (fromStock) await lockStock(tx, ctx);
    const cols = 'dose_number, product, given_on, lot, site, round_code';
    const [before] = await tx.query(
      `SELECT ${cols} FROM vaccinations WHERE province_code = $1 AND person_id = $2 AND dose_number = $3 FOR UPDATE`,
      [ctx.province, p.person_id, input.dose_number],
    );
    const [after] = await tx.query(
      `INSERT INTO vaccinations (province_code, person_id, dose_number, product, given_on, lot, site, round_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (province_code, person_id, dose_number) DO UPDATE SET product = EXCLUDED.product, given_on = EXCLUDED.given_on,
         lot = EXCLUDED.lot, site = EXCLUDED.site, round_code = EXCLUDED.round_code, updated_at = now()
       RETURNING ${cols}`,
      [
        ctx.province,
        p.person_id,
        input.dose_number,
        input.product,
        input.given_on,
        input.lot ?? null,
        input.site ?? null,
        input.round_code ?? null,
      ],
    );
    if (fromStock)
      await assertStock(tx, ctx, [{ site_code: input.site!, product: input.product, lot: input.lot! }], 'lot');
    await audit(
      tx,
      ctx,
      before ? 'update' : 'insert',
      'vaccination',
      `${input.person_ref}/${input.dose_number}`,
      before ?? null,
      after,
    );
    const [checked] = await tx.query<CheckedRow>(`${CHECKED} WHERE d.person_id = $2 AND d.dose_number = $3`, [
      ctx.province,
      p.person_id,
      input.dose_number,
    ]);
    return explain(ctx, checked);
  });
}
