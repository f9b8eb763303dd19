// Seed 000's splits of the persons in quarantine at an instant ("Cách ly theo dõi tập trung: 186 … Tại các Trung tâm
// Y tế: 06 … Tại các khu cách ly tập trung khác: 180 …; Số đang theo dõi tại nhà: 225 — Tại Công ty trong khu công
// nghiệp: 00, Người lao động ngoài khu công nghiệp: 00"): centralized by the facility's site_type (a health centre,
// or another site: unset counts as another site), each facility with its count; home quarantine by the episode's
// workplace_type (a company in an industrial zone; another workplace, also when only the workplace is written; none),
// each workplace with its count. Persons are counted as quarantine_open_at counts them (episodes.sql).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import type { QuarantineSplits } from './schemas.ts';

const SITE_TYPES = ['health_centre', 'other'] as const;
const WORKPLACE_TYPES = ['industrial_zone', 'other', 'none'] as const;

export async function quarantineSplits(db: Db, ctx: Ctx, at: Date): Promise<QuarantineSplits> {
  const rows = await db.query<{
    part: 'centralized' | 'home';
    grp: string;
    item: string | null;
    name: string | null;
    n: number;
  }>(
    `WITH cur AS (
       SELECT q.* FROM quarantine_open_at($1, $2) q JOIN persons p ON p.province_code = $1 AND p.person_id = q.person_id
        WHERE $3::text[] IS NULL OR p.ward_code = ANY($3::text[]))
     SELECT 'centralized' AS part, COALESCE(f.site_type, 'other') AS grp, f.facility_code AS item, f.name, count(*)::int AS n
       FROM cur JOIN facilities f ON f.province_code = $1 AND f.facility_code = cur.facility_code
      WHERE cur.kind = 'centralized' GROUP BY 2, 3, 4
     UNION ALL
     SELECT 'home', COALESCE(e.workplace_type, CASE WHEN e.workplace IS NULL THEN 'none' ELSE 'other' END), e.workplace, NULL,
            count(*)::int
       FROM cur JOIN quarantine_episodes e ON e.province_code = $1 AND e.episode_id = cur.episode_id
      WHERE cur.kind = 'home' GROUP BY 2, 3
     ORDER BY 1, 2, 3`,
    [ctx.province, at, scopeParam(ctx)],
  );
  const of = (part: string, grp: string) => rows.filter((r) => r.part === part && r.grp === grp);
  const sum = (rs: { n: number }[]) => rs.reduce((s, r) => s + r.n, 0);
  return {
    at,
    centralized: SITE_TYPES.map((site_type) => {
      const rs = of('centralized', site_type);
      return {
        site_type,
        current: sum(rs),
        facilities: rs.map((r) => ({ facility_code: r.item!, name: r.name!, current: r.n })),
      };
    }),
    home: WORKPLACE_TYPES.map((workplace_type) => {
      const rs = of('home', workplace_type);
      return {
        workplace_type,
        current: sum(rs),
        workplaces: rs.filter((r) => r.item !== null).map((r) => ({ workplace: r.item!, current: r.n })),
      };
    }),
  };
}
