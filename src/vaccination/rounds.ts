// Vaccination rounds (đợt tiêm): a period, the target groups and the sites taking part. A dose belongs to the
// round named on it, else to the round running that day at its site (see DOSES in sql.ts).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { invalid } from '../shared/errors.ts';
import { siteWards } from './supply.ts';
import type { VaccinationRound } from './schemas.ts';

export interface RoundInput {
  round_code: string;
  name: string;
  starts_on: string;
  ends_on?: string | null;
  target_groups: string[];
  site_codes: string[];
  note?: string | null;
}

const ROUND = `SELECT r.round_code, r.name, r.starts_on, r.ends_on, r.target_groups, r.note,
    COALESCE((SELECT array_agg(rs.site_code ORDER BY rs.site_code) FROM vaccination_round_sites rs
               WHERE rs.province_code = r.province_code AND rs.round_code = r.round_code), '{}') AS site_codes
  FROM vaccination_rounds r WHERE r.province_code = $1`;

export async function listRounds(db: Db, ctx: Ctx): Promise<VaccinationRound[]> {
  return db.query<VaccinationRound>(`${ROUND} ORDER BY r.starts_on, r.round_code`, [ctx.province]);
}

/** Creates or replaces a round, its target groups and its list of sites. */
export async function putRound(db: Db, ctx: Ctx, r: RoundInput): Promise<VaccinationRound> {
  if (r.ends_on && r.ends_on < r.starts_on) throw invalid('ends_on', 'end_before_start');
  return db.tx(async (tx) => {
    await siteWards(tx, ctx, Object.fromEntries(r.site_codes.map((c, i) => [`site_codes.${i}`, c])));
    const [before] = await tx.query(`${ROUND} AND r.round_code = $2`, [ctx.province, r.round_code]);
    await tx.query(
      `INSERT INTO vaccination_rounds (province_code, round_code, name, starts_on, ends_on, target_groups, note, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8)
       ON CONFLICT (province_code, round_code) DO UPDATE SET name = EXCLUDED.name, starts_on = EXCLUDED.starts_on,
         ends_on = EXCLUDED.ends_on, target_groups = EXCLUDED.target_groups, note = EXCLUDED.note,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [ctx.province, r.round_code, r.name, r.starts_on, r.ends_on ?? null, r.target_groups, r.note ?? null, ctx.actor],
    );
    await tx.query(
      'DELETE FROM vaccination_round_sites WHERE province_code = $1 AND round_code = $2 AND NOT site_code = ANY($3::text[])',
      [ctx.province, r.round_code, r.site_codes],
    );
    await tx.query(
      `INSERT INTO vaccination_round_sites (province_code, round_code, site_code)
                    SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
      [ctx.province, r.round_code, r.site_codes],
    );
    const [after] = await tx.query<VaccinationRound>(`${ROUND} AND r.round_code = $2`, [ctx.province, r.round_code]);
    await audit(tx, ctx, before ? 'update' : 'insert', 'vaccination_round', r.round_code, before ?? null, after);
    return after;
  });
}
