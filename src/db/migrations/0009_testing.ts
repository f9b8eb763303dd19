// Testing: Ct values and specimen on samples, superseded result versions, labs with daily capacity, screening
// rounds over wards/hamlets, and the one definition of a sample's result as of an instant (own, or its pool's).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE samples
      ADD COLUMN specimen text CHECK (specimen IN ('nasopharyngeal', 'oropharyngeal', 'nasal', 'saliva', 'other')),
      -- Ct per target gene, e.g. {"E": 22.1, "N": 24.3}; a single unnamed value is stored under "Ct".
      ADD COLUMN ct_values jsonb CHECK (ct_values IS NULL OR jsonb_typeof(ct_values) = 'object');

    -- A result that was replaced (a correction): the sample row holds the current version, this table every
    -- earlier one, with who replaced it, when and why. Its number is its position in history order.
    CREATE TABLE sample_result_history (
      province_code text NOT NULL,
      history_id bigint GENERATED ALWAYS AS IDENTITY,
      sample_ref text NOT NULL,
      result text NOT NULL,
      result_at timestamptz,
      ct_values jsonb,
      lab text,
      superseded_at timestamptz NOT NULL DEFAULT now(),
      superseded_by text NOT NULL,
      reason text,
      PRIMARY KEY (province_code, history_id),
      FOREIGN KEY (province_code, sample_ref) REFERENCES samples (province_code, sample_ref)
    );
    CREATE INDEX sample_result_history_sample ON sample_result_history (province_code, sample_ref, history_id);

    -- Labs are province-level. samples.lab names a lab by its lab_code (a name not registered stays allowed).
    CREATE TABLE labs (
      province_code text NOT NULL REFERENCES provinces,
      lab_code text NOT NULL,
      name text NOT NULL,
      ward_code text,
      methods text[] NOT NULL DEFAULT '{pcr}' CHECK (methods <@ '{pcr,rapid_antigen}'::text[]),
      -- single (unpooled) tests a day; pooled capacity is this times the pool size in force
      capacity_per_day integer CHECK (capacity_per_day >= 0),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, lab_code)
    );

    -- A screening round (đợt xét nghiệm diện rộng) of a campaign: who lives in its wards/hamlets and was sampled
    -- between its dates counts as sampled in it.
    CREATE TABLE screening_rounds (
      province_code text NOT NULL REFERENCES provinces,
      round_code text NOT NULL,
      campaign text NOT NULL,
      round_no integer NOT NULL CHECK (round_no >= 1),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      target_population integer CHECK (target_population >= 0),
      method text CHECK (method IN ('pcr', 'rapid_antigen')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, round_code),
      UNIQUE (province_code, campaign, round_no),
      CHECK (ends_on >= starts_on)
    );
    -- A whole ward (hamlet NULL) or one hamlet of it, by the hamlet's folded name.
    CREATE TABLE screening_round_areas (
      province_code text NOT NULL,
      round_code text NOT NULL,
      ward_code text NOT NULL,
      hamlet_fold text,
      UNIQUE NULLS NOT DISTINCT (province_code, round_code, ward_code, hamlet_fold),
      FOREIGN KEY (province_code, round_code) REFERENCES screening_rounds (province_code, round_code) ON DELETE CASCADE
    );

    -- The rule set (jsonb) in force on a Viet Nam day.
    CREATE FUNCTION testing_rules(p_province text, p_day date) RETURNS jsonb LANGUAGE sql STABLE AS $f$
      SELECT rules FROM rule_sets WHERE province_code = p_province AND effective_from <= p_day
       ORDER BY effective_from DESC LIMIT 1
    $f$;

    -- Most samples a pool may hold: the rule set in force on the day its first member was taken.
    CREATE FUNCTION pool_max_members(p_province text, p_first_taken timestamptz, p_household boolean) RETURNS integer
    LANGUAGE sql STABLE AS $f$
      SELECT CASE WHEN p_household THEN COALESCE((testing_rules(p_province, vn_day(p_first_taken))->>'household_pool_max_size')::int, 15)
                  ELSE COALESCE((testing_rules(p_province, vn_day(p_first_taken))->>'pool_max_size')::int, 5) END
    $f$;

    -- Positives per 100 sampled, cut (not rounded) to 3 decimals as the provincial reports print it: seed 001's
    -- 233 of 522,574 (0.04459 %) is "0,044%". NULL when nobody was sampled.
    CREATE FUNCTION positivity_pct(p_positive bigint, p_sampled bigint) RETURNS numeric LANGUAGE sql IMMUTABLE AS $f$
      SELECT trunc(100.0 * p_positive / NULLIF(p_sampled, 0), 3)
    $f$;

    -- Every sample taken ≤ T with its result as known at T (contracts/daily-report.md "testing"): its own result
    -- when that has result_at ≤ T; otherwise a negative or invalid pool's result once the pool's result_at ≤ T
    -- (a positive pool leaves members pending: their individual re-samples decide); otherwise pending.
    CREATE FUNCTION sample_results_at(p_province text, p_at timestamptz)
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
  `);
}
