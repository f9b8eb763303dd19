// The daily synthesis report (docs/contracts/daily-report.md): the figures at T and at P = T − 24h.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { toVnIso } from '../shared/time.ts';
import { computeFigures } from './figures.ts';
import type { DailyReport } from './schemas.ts';

export type { DailyReport };

export const DAY_MS = 24 * 3600_000;

/** The report as of `at`, over the actor's jurisdiction (a district user's report covers its wards only). */
export async function dailyReport(
  db: Db,
  ctx: Ctx,
  at: Date,
  wards: readonly string[] | null = scopeParam(ctx),
): Promise<DailyReport> {
  const p = new Date(at.getTime() - DAY_MS);
  const { current, previous } = await computeFigures(
    db,
    ctx.province,
    { t: at, p, pp: new Date(at.getTime() - 2 * DAY_MS) },
    wards,
  );
  return { province_code: ctx.province, as_of: toVnIso(at), previous_as_of: toVnIso(p), current, previous };
}
