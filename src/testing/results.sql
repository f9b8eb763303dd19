-- A sample's result as of an instant, and positivity (src/testing/figures.ts, the daily report). Applied by
-- migrate() whenever this file changes (src/db/definitions.ts).

-- Positives per 100 sampled, cut (not rounded) to 3 decimals as the provincial reports print it: seed 001's
-- 233 of 522,574 (0.04459 %) is "0,044%". NULL when nobody was sampled.
CREATE OR REPLACE FUNCTION positivity_pct(p_positive bigint, p_sampled bigint) RETURNS numeric LANGUAGE sql IMMUTABLE AS $f$
  SELECT trunc(100.0 * p_positive / NULLIF(p_sampled, 0), 3)
$f$;

-- Every sample taken ≤ T with its result as known at T (contracts/daily-report.md "testing"): its own result
-- when that has result_at ≤ T; otherwise a negative or invalid pool's result once the pool's result_at ≤ T
-- (a positive pool leaves members pending: their individual re-samples decide); otherwise pending.
CREATE OR REPLACE FUNCTION sample_results_at(p_province text, p_at timestamptz)
RETURNS TABLE (sample_ref text, person_id bigint, taken_at timestamptz, method text, lab text, pool_ref text,
               result text, result_at timestamptz)
LANGUAGE sql STABLE AS $f$
  SELECT s.sample_ref, s.person_id, s.taken_at, s.method, s.lab, s.pool_ref,
         CASE WHEN s.result_at <= p_at THEN s.result
              WHEN g.result IN ('negative', 'invalid') AND g.result_at <= p_at THEN g.result
              ELSE 'pending' END,
         CASE WHEN s.result_at <= p_at THEN s.result_at
              WHEN g.result IN ('negative', 'invalid') AND g.result_at <= p_at THEN g.result_at END
    FROM samples s
    LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
   WHERE s.province_code = p_province AND s.taken_at <= p_at
$f$;
