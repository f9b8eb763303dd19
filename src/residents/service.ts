// Residents abroad and residents held in other provinces as of an instant T (docs/contracts/period-report.md; seed
// 000: "14.659 người ở nước ngoài, 3.169 đã về, 6.066 dự kiến về …", "93 người cách ly ở tỉnh khác: 51 đã xong, 42
// đang cách ly"). Within the actor's wards: a resident abroad by the ward registered, an episode by its person's ward.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { toVnIso } from '../shared/time.ts';
import type { ResidentsReport } from './schemas.ts';

/** A day (returned_on) is ≤ T once it has begun in Viet Nam: returned_on ≤ the Viet Nam day of T. */
const ABROAD_SQL = `
  SELECT r.country, count(*) FILTER (WHERE r.returned_on IS NULL OR r.returned_on > vn_day($2))::int AS abroad,
         count(*) FILTER (WHERE r.returned_on <= vn_day($2))::int AS returned,
         count(*) FILTER (WHERE (r.returned_on IS NULL OR r.returned_on > vn_day($2))
                            AND r.expected_return_on IS NOT NULL)::int AS expected
    FROM residents_abroad r
   WHERE r.province_code = $1 AND ($3::text[] IS NULL OR r.ward_code = ANY($3::text[]))
   GROUP BY r.country ORDER BY r.country COLLATE "C"`;

/** Every province where an episode held there started ≤ T, with its episodes completed ≤ T and open at T. */
const HELD_SQL = `
  SELECT e.held_in_province AS province_code,
         count(*) FILTER (WHERE e.end_reason = 'completed' AND e.end_at <= $2)::int AS completed,
         count(*) FILTER (WHERE e.end_at IS NULL OR e.end_at > $2)::int AS current
    FROM quarantine_episodes e
    JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
   WHERE e.province_code = $1 AND e.held_in_province IS NOT NULL AND e.start_at <= $2
     AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[]))
   GROUP BY 1 ORDER BY e.held_in_province COLLATE "C"`;

export async function residentsReport(db: Db, ctx: Ctx, at: Date): Promise<ResidentsReport> {
  const params = [ctx.province, at, scopeParam(ctx)];
  const byCountry = await db.query<{ country: string; abroad: number; returned: number; expected: number }>(
    ABROAD_SQL,
    params,
  );
  const held = await db.query<ResidentsReport['held_elsewhere'][number]>(HELD_SQL, params);
  return {
    at: toVnIso(at),
    abroad: {
      total: byCountry.reduce((s, r) => s + r.abroad, 0),
      returned: byCountry.reduce((s, r) => s + r.returned, 0),
      expected_by_country: byCountry
        .filter((r) => r.expected > 0)
        .map((r) => ({ country: r.country, count: r.expected })),
    },
    held_elsewhere: held,
  };
}
