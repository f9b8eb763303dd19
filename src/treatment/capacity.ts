// The capacity scenario of docs/contracts/treatment.md: how N simultaneous cases would be treated with the beds of
// T, by the rule set in force on T's date (severity_mix, home_share_tier1; the national defaults when a stored rule
// set predates them).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { rulesOn } from '../rules/service.ts';
import { toVnIso } from '../shared/time.ts';
import type { CapacityScenario } from './schemas.ts';

const TIERS = ['1', '2', '3'] as const;
export const DEFAULT_MIX = { '1': 80, '2': 15, '3': 5 };

/** a / b rounded half up, for non-negative integers (exact: no floating point). */
const divHalfUp = (a: number, b: number) => Math.floor((2 * a + b) / (2 * b));

/** Cases needing each tier: N × share / 100, tier 1 less its home share (whole percents). */
export function neededByTier(cases: number, mix: Record<'1' | '2' | '3', number>, homeShare: number) {
  return {
    '1': divHalfUp(cases * mix['1'] * (100 - homeShare), 10_000),
    '2': divHalfUp(cases * mix['2'], 100),
    '3': divHalfUp(cases * mix['3'], 100),
  };
}

export async function capacityScenario(db: Db, ctx: Ctx, cases: number, at: Date): Promise<CapacityScenario> {
  const { rules } = await rulesOn(db, ctx, toVnIso(at).slice(0, 10));
  const needed = neededByTier(cases, rules.severity_mix ?? DEFAULT_MIX, rules.home_share_tier1 ?? 0);
  const beds = await db.query<{ tier: number; active_beds: number; planned_beds: number }>(
    `SELECT tier,
            coalesce(sum(beds) FILTER (WHERE facility_state(status, active_from, active_to, vn_day($2)) = 'active'), 0)::int AS active_beds,
            coalesce(sum(beds) FILTER (WHERE status = 'planned'), 0)::int AS planned_beds
       FROM facilities
      WHERE province_code = $1 AND kind IN ('treatment', 'both') AND tier IS NOT NULL
        AND ($3::text[] IS NULL OR ward_code = ANY($3::text[]))
      GROUP BY tier`,
    [ctx.province, at, scopeParam(ctx)],
  );
  const byTier = Object.fromEntries(
    TIERS.map((k) => {
      const b = beds.find((r) => String(r.tier) === k);
      const active = b?.active_beds ?? 0;
      return [
        k,
        {
          needed: needed[k],
          active_beds: active,
          planned_beds: b?.planned_beds ?? 0,
          shortfall: Math.max(0, needed[k] - active),
        },
      ];
    }),
  ) as CapacityScenario['by_tier'];
  return { cases, at: toVnIso(at), by_tier: byTier };
}
