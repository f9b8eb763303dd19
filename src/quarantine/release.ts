// Seed 000: an F1's negative result at the end releases their F2 from home quarantine (release.sql beside this file).
// The testing module calls it in the transaction that writes results.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';

/** Ends the quarantine of the F2 released by these samples' negative results; returns the episodes ended. */
export async function releaseF2OnSourceNegative(tx: Db, ctx: Ctx, sampleRefs: readonly string[]): Promise<number> {
  if (sampleRefs.length === 0) return 0;
  const [r] = await tx.query<{ n: number }>('SELECT release_f2_on_source_negative($1, $2, $3, $4) AS n', [
    ctx.province,
    [...sampleRefs],
    ctx.actor,
    ctx.requestId ?? null,
  ]);
  return r.n;
}
