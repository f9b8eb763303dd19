-- Pools (src/testing/service.ts): the rule set in force and a pool's size limit. Applied by migrate() whenever
-- this file changes (src/db/definitions.ts).

-- The rule set (jsonb) in force on a Viet Nam day.
CREATE OR REPLACE FUNCTION testing_rules(p_province text, p_day date) RETURNS jsonb LANGUAGE sql STABLE AS $f$
  SELECT rules FROM rule_sets WHERE province_code = p_province AND effective_from <= p_day
   ORDER BY effective_from DESC LIMIT 1
$f$;

-- Most samples a pool may hold: the rule set in force on the day its first member was taken.
CREATE OR REPLACE FUNCTION pool_max_members(p_province text, p_first_taken timestamptz, p_household boolean) RETURNS integer
LANGUAGE sql STABLE AS $f$
  SELECT CASE WHEN p_household THEN COALESCE((testing_rules(p_province, vn_day(p_first_taken))->>'household_pool_max_size')::int, 15)
              ELSE COALESCE((testing_rules(p_province, vn_day(p_first_taken))->>'pool_max_size')::int, 5) END
$f$;
