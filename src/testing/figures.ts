// Testing figures a report calls for, computed from records as of a cut-off T with the daily-report contract's
// meaning (docs/contracts/daily-report.md "testing"): taken ≤ T, taken in (T − 24 h, T], and each result as known at T
// (own, or a negative/invalid pool's: sample_result_at in results.sql). Optionally only samples taken from `from` on (seed 004: "since 01/01").
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { pcrCapacity } from './labs.ts';

export interface TestingCounts {
  samples_taken: number;
  samples_taken_new: number;
  negative: number;
  positive: number;
  invalid: number;
  pending: number;
}

type Row = TestingCounts & {
  method: string | null;
  pooled_samples: number;
  pools: number;
  pools_tested: number;
  pools_positive: number;
};

export async function testingFigures(db: Db, ctx: Ctx, at: Date, from?: Date | null) {
  const rows = await db.query<Row>(
    `SELECT r.method,
            count(*)::int AS samples_taken,
            count(*) FILTER (WHERE r.taken_at > $2 - interval '24 hours')::int AS samples_taken_new,
            count(*) FILTER (WHERE r.result = 'negative')::int AS negative,
            count(*) FILTER (WHERE r.result = 'positive')::int AS positive,
            count(*) FILTER (WHERE r.result = 'invalid')::int AS invalid,
            count(*) FILTER (WHERE r.result = 'pending')::int AS pending,
            count(r.pool_ref)::int AS pooled_samples,
            count(DISTINCT r.pool_ref)::int AS pools,
            count(DISTINCT r.pool_ref) FILTER (WHERE g.result_at <= $2)::int AS pools_tested,
            count(DISTINCT r.pool_ref) FILTER (WHERE g.result_at <= $2 AND g.result = 'positive')::int AS pools_positive
       FROM sample_results_at($1, $2) r
       JOIN persons p ON p.province_code = $1 AND p.person_id = r.person_id
       LEFT JOIN pools g ON g.province_code = $1 AND g.pool_ref = r.pool_ref
      WHERE ($3::timestamptz IS NULL OR r.taken_at >= $3) AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))
      GROUP BY ROLLUP (r.method)`,
    [ctx.province, at, from ?? null, scopeParam(ctx)],
  );
  const counts = (r: Row | undefined): TestingCounts => ({
    samples_taken: r?.samples_taken ?? 0,
    samples_taken_new: r?.samples_taken_new ?? 0,
    negative: r?.negative ?? 0,
    positive: r?.positive ?? 0,
    invalid: r?.invalid ?? 0,
    pending: r?.pending ?? 0,
  });
  // ROLLUP's total row has method NULL (method itself is never NULL).
  const total = rows.find((r) => r.method === null);
  return {
    as_of: at,
    from: from ?? null,
    ...counts(total),
    by_method: {
      pcr: counts(rows.find((r) => r.method === 'pcr')),
      rapid_antigen: counts(rows.find((r) => r.method === 'rapid_antigen')),
    },
    pooled: {
      samples: total?.pooled_samples ?? 0,
      pools: total?.pools ?? 0,
      pools_tested: total?.pools_tested ?? 0,
      pools_positive: total?.pools_positive ?? 0,
    },
    pcr_capacity: await pcrCapacity(db, ctx, at),
  };
}
