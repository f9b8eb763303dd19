// Vaccine products and their dated schedules (docs/domain.md "Vaccination"): doses in the primary series, the interval
// window between them, boosters and which products may follow which. Seeded per province at init; a province
// admin adds a dated row when the Ministry changes a schedule (e.g. a shortened AstraZeneca interval).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { VaccineProduct, type VaccineSchedule } from './schemas.ts';

export const PRODUCTS = VaccineProduct.options;
export type Product = (typeof PRODUCTS)[number];
export type Schedule = VaccineSchedule;

const BASIS = 'Hướng dẫn Bộ Y tế 2021 (giá trị khởi tạo — tỉnh đối chiếu văn bản hiện hành)';
// Boosters 3–6 months after the last dose (docs/domain.md), with an mRNA or viral-vector product.
const booster = {
  booster_doses: 1,
  booster_min_days: 90,
  booster_max_days: 180,
  boost_with: ['astrazeneca', 'pfizer', 'moderna'] as Product[],
};
const seed = (
  product: Product,
  name: string,
  primary: number,
  min: number,
  max: number,
  mix: Product[] = [],
): Schedule => ({
  product,
  effective_from: '2021-01-01',
  name,
  basis: BASIS,
  primary_doses: primary,
  min_interval_days: min,
  max_interval_days: max,
  mix_with: mix,
  ...booster,
});

/** The schedules in docs/domain.md; where it gives one interval, the window closes a week later. */
export const NATIONAL_SCHEDULES: Schedule[] = [
  seed('astrazeneca', 'AstraZeneca (Vaxzevria)', 2, 56, 84, ['pfizer', 'moderna']),
  seed('pfizer', 'Pfizer-BioNTech (Comirnaty)', 2, 21, 28, ['moderna']),
  seed('moderna', 'Moderna (Spikevax)', 2, 28, 35, ['pfizer']),
  seed('verocell', 'Sinopharm (Vero Cell)', 2, 21, 28),
  seed('sputnik', 'Sputnik V', 2, 21, 28),
  seed('abdala', 'Abdala', 3, 14, 21),
  seed('other', 'Vắc xin khác', 2, 28, 84),
];

const COLUMNS = `product, effective_from, name, basis, primary_doses, min_interval_days, max_interval_days,
  booster_doses, booster_min_days, booster_max_days, mix_with, boost_with`;

/** Adds the national schedules a province lacks (never overwrites a province's own rows). */
export async function seedVaccineSchedules(db: Db, province: string): Promise<void> {
  await db.query(
    `INSERT INTO vaccine_schedules (province_code, ${COLUMNS}, updated_by)
     SELECT $1, s.product, s.effective_from, s.name, s.basis, s.primary_doses, s.min_interval_days, s.max_interval_days,
            s.booster_doses, s.booster_min_days, s.booster_max_days, s.mix_with, s.boost_with, 'national'
       FROM jsonb_to_recordset($2::jsonb) AS s(product text, effective_from date, name text, basis text,
            primary_doses int, min_interval_days int, max_interval_days int, booster_doses int, booster_min_days int,
            booster_max_days int, mix_with text[], boost_with text[])
     ON CONFLICT (province_code, product, effective_from) DO NOTHING`,
    [province, JSON.stringify(NATIONAL_SCHEDULES)],
  );
}

/** Every dated row, or (with `on`) the row of each product in force on that day. */
export async function listSchedules(db: Db, ctx: Ctx, on?: string): Promise<Schedule[]> {
  return db.query<Schedule>(
    `SELECT ${COLUMNS} FROM vaccine_schedules s
      WHERE province_code = $1 AND ($2::date IS NULL OR effective_from = (
        SELECT max(effective_from) FROM vaccine_schedules x
         WHERE x.province_code = s.province_code AND x.product = s.product AND x.effective_from <= $2::date))
      ORDER BY product, effective_from`,
    [ctx.province, on ?? null],
  );
}

/** Creates or replaces the schedule of a product from a date on. */
export async function putSchedule(db: Db, ctx: Ctx, s: Schedule): Promise<Schedule> {
  return db.tx(async (tx) => {
    const [before] = await tx.query(
      `SELECT ${COLUMNS} FROM vaccine_schedules WHERE province_code = $1 AND product = $2 AND effective_from = $3`,
      [ctx.province, s.product, s.effective_from],
    );
    const [after] = await tx.query<Schedule>(
      `INSERT INTO vaccine_schedules (province_code, ${COLUMNS}, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text[], $13::text[], $14)
       ON CONFLICT (province_code, product, effective_from) DO UPDATE SET name = EXCLUDED.name, basis = EXCLUDED.basis,
         primary_doses = EXCLUDED.primary_doses, min_interval_days = EXCLUDED.min_interval_days,
         max_interval_days = EXCLUDED.max_interval_days, booster_doses = EXCLUDED.booster_doses,
         booster_min_days = EXCLUDED.booster_min_days, booster_max_days = EXCLUDED.booster_max_days,
         mix_with = EXCLUDED.mix_with, boost_with = EXCLUDED.boost_with, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${COLUMNS}`,
      [
        ctx.province,
        s.product,
        s.effective_from,
        s.name,
        s.basis,
        s.primary_doses,
        s.min_interval_days,
        s.max_interval_days,
        s.booster_doses,
        s.booster_min_days,
        s.booster_max_days,
        s.mix_with,
        s.boost_with,
        ctx.actor,
      ],
    );
    await audit(
      tx,
      ctx,
      before ? 'update' : 'insert',
      'vaccine_schedule',
      `${s.product}/${s.effective_from}`,
      before ?? null,
      after,
    );
    return after;
  });
}
