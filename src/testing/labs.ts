// Labs (province-level): capacity per day (single tests), tests run in the last 24 hours (a pool counts once), and
// their backlog — samples waiting for a result, by age. Samples name their lab by lab_code; a name not registered is listed too.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { thing, type Message } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import type { Method } from './import.ts';
import type { Lab, LabStatus } from './schemas.ts';

export interface LabInput {
  name: string;
  ward_code?: string | null;
  methods: Method[];
  capacity_per_day?: number | null;
  active?: boolean;
}

/** Labs serve the whole province: only a province-wide user changes them. */
export function assertProvinceWide(ctx: Ctx, what: string | Message): void {
  if (ctx.wards !== null) throw new AppError(403, 'province_scope_required', { what });
}

export async function putLab(db: Db, ctx: Ctx, code: string, input: LabInput): Promise<Lab> {
  assertProvinceWide(ctx, thing('labs'));
  return db.tx(async (tx) => {
    if (input.ward_code) await assertWard(tx, ctx, input.ward_code);
    const [before] = await tx.query(
      'SELECT name, ward_code, methods, capacity_per_day, active FROM labs WHERE province_code = $1 AND lab_code = $2 FOR UPDATE',
      [ctx.province, code],
    );
    const [after] = await tx.query<Lab>(
      `INSERT INTO labs (province_code, lab_code, name, ward_code, methods, capacity_per_day, active) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (province_code, lab_code) DO UPDATE SET name = EXCLUDED.name, ward_code = EXCLUDED.ward_code, methods = EXCLUDED.methods,
         capacity_per_day = EXCLUDED.capacity_per_day, active = EXCLUDED.active, updated_at = now()
       RETURNING lab_code, name, ward_code, methods, capacity_per_day, active`,
      [
        ctx.province,
        code,
        input.name,
        input.ward_code ?? null,
        [...new Set(input.methods)],
        input.capacity_per_day ?? null,
        input.active ?? true,
      ],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'lab', code, before ?? null, after);
    return after;
  });
}

/**
 * Every lab (registered, or named by a sample) as of `at`: capacity, tests run in the 24 hours to `at`, and
 * the backlog — samples taken ≤ at still pending at `at` that await this lab: not pooled members of a pool that
 * already has a result (those wait for a re-sample, not for the lab). Ages: ≤ 24 h, 24–48 h, 48–72 h, > 72 h.
 * `tests_pending` counts a pending pool once. Samples are the actor's wards only.
 */
export async function listLabs(db: Db, ctx: Ctx, at: Date = new Date()): Promise<LabStatus[]> {
  return db.query<LabStatus>(
    `WITH mine AS (
       SELECT r.* FROM sample_results_at($1, $2) r JOIN persons p ON p.province_code = $1 AND p.person_id = r.person_id
        WHERE r.lab IS NOT NULL AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[]))),
     waiting AS (
       SELECT m.lab, m.taken_at, m.pool_ref FROM mine m
        WHERE m.result = 'pending' AND NOT EXISTS (SELECT 1 FROM pools g WHERE g.province_code = $1 AND g.pool_ref = m.pool_ref AND g.result_at <= $2)),
     backlog AS (
       SELECT lab, count(*)::int AS pending,
              count(*) FILTER (WHERE $2 - taken_at <= interval '24 hours')::int AS age_24h,
              count(*) FILTER (WHERE $2 - taken_at > interval '24 hours' AND $2 - taken_at <= interval '48 hours')::int AS age_24_48h,
              count(*) FILTER (WHERE $2 - taken_at > interval '48 hours' AND $2 - taken_at <= interval '72 hours')::int AS age_48_72h,
              count(*) FILTER (WHERE $2 - taken_at > interval '72 hours')::int AS age_over_72h,
              (count(*) FILTER (WHERE pool_ref IS NULL) + count(DISTINCT pool_ref))::int AS tests_pending,
              min(taken_at) AS oldest_taken_at
         FROM waiting GROUP BY lab),
     -- Tests run in the 24 hours to $2: each individual result, and each pool once.
     reported AS (
       SELECT lab, count(*)::int AS tests_24h FROM (
         SELECT s.lab FROM samples s JOIN persons p USING (province_code, person_id)
          WHERE s.province_code = $1 AND s.result_at > $2 - interval '24 hours' AND s.result_at <= $2
            AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[]))
         UNION ALL
         SELECT DISTINCT ON (g.pool_ref) s.lab FROM pools g
           JOIN samples s ON s.province_code = $1 AND s.pool_ref = g.pool_ref
           JOIN persons p ON p.province_code = $1 AND p.person_id = s.person_id
          WHERE g.province_code = $1 AND g.result_at > $2 - interval '24 hours' AND g.result_at <= $2
            AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[]))) x
        WHERE lab IS NOT NULL GROUP BY lab),
     names AS (SELECT lab_code AS lab FROM labs WHERE province_code = $1 UNION SELECT lab FROM backlog UNION SELECT lab FROM reported)
     SELECT n.lab AS lab_code, l.name, l.ward_code, l.methods, l.capacity_per_day, l.active, l.lab_code IS NOT NULL AS registered,
            COALESCE(r.tests_24h, 0) AS tests_24h, COALESCE(b.pending, 0) AS pending, COALESCE(b.tests_pending, 0) AS tests_pending,
            jsonb_build_object('le_24h', COALESCE(b.age_24h, 0), '24_48h', COALESCE(b.age_24_48h, 0),
                               '48_72h', COALESCE(b.age_48_72h, 0), 'gt_72h', COALESCE(b.age_over_72h, 0)) AS backlog_by_age,
            b.oldest_taken_at
       FROM names n LEFT JOIN labs l ON l.province_code = $1 AND l.lab_code = n.lab
       LEFT JOIN backlog b ON b.lab = n.lab LEFT JOIN reported r ON r.lab = n.lab
      ORDER BY n.lab`,
    [ctx.province, at, scopeParam(ctx)],
  );
}

/**
 * PCR capacity on the day of `at` (seed 004: "3 PCR machines, 1,000–1,500 single samples a day; pooled 5,000 (pools
 * of 5) – 10,000 (pools of 10)"): single tests a day over active PCR labs, and that times the pool size in force.
 */
export async function pcrCapacity(db: Db, ctx: Ctx, at: Date = new Date()) {
  const [r] = await db.query<{ labs: number; capacity_per_day: number; pool_size: number }>(
    `SELECT count(*)::int AS labs, COALESCE(sum(capacity_per_day), 0)::int AS capacity_per_day,
            pool_max_members($1, $2, false) AS pool_size
       FROM labs WHERE province_code = $1 AND active AND 'pcr' = ANY(methods)`,
    [ctx.province, at],
  );
  return { ...r, pooled_capacity_per_day: r.capacity_per_day * r.pool_size };
}
