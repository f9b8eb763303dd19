-- A sample's result as of an instant, and positivity (src/testing/figures.ts, the daily report). Applied by
-- migrate() whenever this file changes (src/db/definitions.ts).

-- Positives per 100 sampled, cut (not rounded) to 3 decimals as the provincial reports print it: seed 001's
-- 233 of 522,574 (0.04459 %) is "0,044%". NULL when nobody was sampled.
CREATE OR REPLACE FUNCTION positivity_pct(p_positive bigint, p_sampled bigint) RETURNS numeric LANGUAGE sql IMMUTABLE AS $f$
  SELECT trunc(100.0 * p_positive / NULLIF(p_sampled, 0), 3)
$f$;

-- A sample's result as known at p_at (docs/contracts/daily-report.md "testing"), from its own result and its pool's:
-- its own result when that has result_at ≤ p_at; otherwise a negative or invalid pool's result once the pool's
-- result_at ≤ p_at (a positive pool leaves members pending: their individual re-samples decide); otherwise
-- pending. The one definition: sample_results_at below and the daily report (src/reports/figures.ts) use it.
-- Inlined by the planner (a plain expression), so it costs what the CASE written in place would.
CREATE OR REPLACE FUNCTION sample_result_at(p_result text, p_result_at timestamptz, p_pool_result text,
                                            p_pool_result_at timestamptz, p_at timestamptz)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE WHEN p_result_at <= p_at THEN p_result
              WHEN p_pool_result IN ('negative', 'invalid') AND p_pool_result_at <= p_at THEN p_pool_result
              ELSE 'pending' END
$f$;

-- When that result became known: NULL while pending.
CREATE OR REPLACE FUNCTION sample_result_time_at(p_result_at timestamptz, p_pool_result text,
                                                 p_pool_result_at timestamptz, p_at timestamptz)
RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE WHEN p_result_at <= p_at THEN p_result_at
              WHEN p_pool_result IN ('negative', 'invalid') AND p_pool_result_at <= p_at THEN p_pool_result_at END
$f$;

-- Every sample taken ≤ T with its result as known at T.
CREATE OR REPLACE FUNCTION sample_results_at(p_province text, p_at timestamptz)
RETURNS TABLE (sample_ref text, person_id bigint, taken_at timestamptz, method text, lab text, pool_ref text,
               result text, result_at timestamptz)
LANGUAGE sql STABLE AS $f$
  SELECT s.sample_ref, s.person_id, s.taken_at, s.method, s.lab, s.pool_ref,
         sample_result_at(s.result, s.result_at, g.result, g.result_at, p_at),
         sample_result_time_at(s.result_at, g.result, g.result_at, p_at)
    FROM samples s
    LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
   WHERE s.province_code = p_province AND s.taken_at <= p_at
$f$;
