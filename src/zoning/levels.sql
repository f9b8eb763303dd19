-- Risk zoning levels (docs/contracts/zoning.md): for every day from p_from to p_to, every ward, district and the
-- province, with the figures each level rests on. One set-based query over cases, doses (the coverage counts kept
-- from vaccination_reach) and population; each day is judged by the rule set in force on it (rules->'zoning'; a set
-- without it is "assessed": levels come from decisions only). Applied by migrate() whenever this file changes
-- (src/db/definitions.ts).
CREATE OR REPLACE FUNCTION zoning_levels(p_province text, p_from date, p_to date)
RETURNS TABLE (
  day date, tier text, unit_code text, rule_from date, method text,
  community_cases integer, population bigint, rate_per_100k numeric,
  coverage_dose1_18plus_pct numeric, coverage_full_50plus_pct numeric, coverage_met boolean,
  computed_level integer, level integer, decision_number text, decision_from date, reason text
) LANGUAGE sql STABLE
-- JIT would compile this large query on every call (about 0.5 s on PostgreSQL), far more than it runs.
SET jit = off AS $f$
WITH geo AS (SELECT geography FROM provinces WHERE province_code = p_province),
days AS (SELECT d::date AS day FROM generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') d),
-- The zoning rule of each day (window, bands, thresholds, matrix); defaults where a set has none.
rp AS (
  SELECT d.day, r.effective_from AS rule_from, COALESCE(r.z->>'method', 'assessed') AS method,
         COALESCE((r.z->>'window_days')::int, 7) AS w, COALESCE(r.z->'rate_bands', '[]') AS bands,
         (r.z->'coverage'->>'dose1_18plus_pct')::numeric AS t18, (r.z->'coverage'->>'full_50plus_pct')::numeric AS t50,
         LEAST(GREATEST(COALESCE((r.z->'coverage'->>'full_doses')::int, 2), 1), 3) AS full_doses,
         r.z->'levels' AS matrix, COALESCE((r.z->>'zero_level')::int, 1) AS zero_level
    FROM days d LEFT JOIN LATERAL (
      SELECT effective_from, rules->'zoning' AS z FROM rule_sets
       WHERE province_code = p_province AND effective_from <= d.day ORDER BY effective_from DESC LIMIT 1) r ON true
),
wards AS (
  SELECT u.code, dist.code AS district
    FROM geo JOIN admin_units u ON u.province_code = p_province AND u.geography = geo.geography AND u.level = 'ward'
    LEFT JOIN admin_units dist ON dist.province_code = p_province AND dist.geography = u.geography
     AND dist.level = 'district' AND dist.code = u.parent_code
),
-- Community cases by ward of residence and confirmation day, then summed over each day's window.
case_days AS (
  SELECT p.ward_code, vn_day(c.confirmed_at) AS cday, count(*)::int AS n
    FROM cases c JOIN persons p ON p.province_code = c.province_code AND p.person_id = c.person_id
   WHERE c.province_code = p_province AND c.detected_in = 'community'
     AND c.confirmed_at >= ((SELECT min(day - w + 1) FROM rp)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     AND c.confirmed_at < ((p_to + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
   GROUP BY 1, 2
),
window_cases AS (
  SELECT rp.day, cd.ward_code, sum(cd.n)::int AS n
    FROM rp JOIN case_days cd ON cd.cday BETWEEN rp.day - rp.w + 1 AND rp.day GROUP BY 1, 2
),
-- Persons reaching dose 1, 2, 3 by ward: age is the year of D − birth year, so counts are kept per calendar year
-- of the range; a person reached before the year's first day counts from that day on (running sums below). From
-- the counts kept beside vaccination_reach (src/vaccination/reach.sql): those reached in an earlier year by birth
-- year (coverage_years), those reached in the year itself by day, 18+ and 50+ in that year (coverage_days).
years AS (SELECT extract(year FROM day)::int AS y, min(day) AS y_from FROM days GROUP BY 1),
reached AS (
  SELECT y, ward_code, dose, d, sum(n18) AS n18, sum(n50) AS n50
    FROM (SELECT y.y, c.ward_code, c.dose, y.y_from AS d,
                 sum(c.n) AS n18, sum(c.n) FILTER (WHERE c.birth_year <= y.y - 50) AS n50
            FROM years y JOIN coverage_years c ON c.province_code = p_province AND c.reach_year < y.y
             AND c.birth_year <= y.y - 18
           GROUP BY 1, 2, 3, 4
          UNION ALL
          SELECT y.y, c.ward_code, c.dose, GREATEST(c.reached_on, y.y_from), c.n18, c.n50
            FROM years y JOIN coverage_days c ON c.province_code = p_province
             AND c.reached_on >= make_date(y.y, 1, 1) AND c.reached_on <= LEAST(p_to, make_date(y.y, 12, 31))) x
   GROUP BY 1, 2, 3, 4
),
coverage AS (
  SELECT d.day, w.code AS ward_code, k.dose,
         sum(COALESCE(v.n18, 0)) OVER run AS n18, sum(COALESCE(v.n50, 0)) OVER run AS n50
    FROM days d CROSS JOIN wards w CROSS JOIN (VALUES (1), (2), (3)) k(dose)
    LEFT JOIN reached v ON v.y = extract(year FROM d.day) AND v.ward_code = w.code AND v.dose = k.dose AND v.d = d.day
  WINDOW run AS (PARTITION BY w.code, k.dose, extract(year FROM d.day) ORDER BY d.day)
),
ward_figures AS (
  SELECT rp.day, w.code, w.district, COALESCE(wc.n, 0) AS cases, pop.population, pop.population_18plus AS p18,
         pop.population_50plus AS p50, c1.n18 AS dose1_18, cf.n50 AS full_50
    FROM rp CROSS JOIN wards w
    LEFT JOIN window_cases wc ON wc.day = rp.day AND wc.ward_code = w.code
    LEFT JOIN ward_population pop ON pop.province_code = p_province AND pop.ward_code = w.code
    LEFT JOIN coverage c1 ON c1.day = rp.day AND c1.ward_code = w.code AND c1.dose = 1
    LEFT JOIN coverage cf ON cf.day = rp.day AND cf.ward_code = w.code AND cf.dose = rp.full_doses
),
-- Every unit on its own totals: a ward, the sums of a district's wards, the sums of all wards.
unit_figures AS (
  SELECT day, CASE WHEN GROUPING(code) = 0 THEN 'ward' WHEN GROUPING(district) = 0 THEN 'district' ELSE 'province' END AS tier,
         COALESCE(code, district, p_province) AS unit_code, min(district) AS district,
         sum(cases)::int AS cases, sum(population)::bigint AS population, sum(p18) AS p18, sum(p50) AS p50,
         sum(dose1_18) AS dose1_18, sum(full_50) AS full_50
    FROM ward_figures GROUP BY GROUPING SETS ((day, code), (day, district), (day))
  HAVING GROUPING(code) = 0 OR GROUPING(district) = 1 OR district IS NOT NULL
),
computed AS (
  SELECT f.*, rp.rule_from, rp.method,
         CASE WHEN f.population > 0 THEN round(f.cases * 100000.0 / f.population, 2) END AS rate,
         CASE WHEN f.p18 > 0 THEN round(f.dose1_18 * 100.0 / f.p18, 2) END AS cov18,
         CASE WHEN f.p50 > 0 THEN round(f.full_50 * 100.0 / f.p50, 2) END AS cov50,
         -- compared unrounded: a × 100 ≥ t × b rather than the rounded share
         COALESCE(f.p18 > 0 AND f.p50 > 0 AND f.dose1_18 * 100 >= rp.t18 * f.p18 AND f.full_50 * 100 >= rp.t50 * f.p50,
                  false) AS met,
         CASE WHEN COALESCE(f.population, 0) = 0 THEN NULL
              WHEN f.cases = 0 THEN rp.zero_level
              ELSE (rp.matrix -> (CASE WHEN COALESCE(f.p18 > 0 AND f.p50 > 0 AND f.dose1_18 * 100 >= rp.t18 * f.p18
                                          AND f.full_50 * 100 >= rp.t50 * f.p50, false) THEN 'met' ELSE 'not_met' END)
                               ->> (SELECT count(*)::int FROM jsonb_array_elements_text(rp.bands) b
                                     WHERE f.cases * 100000 >= b::numeric * f.population))::int END AS rate_level
    FROM unit_figures f JOIN rp ON rp.day = f.day
),
decided AS (
  SELECT DISTINCT ON (rp.day, d.unit_code) rp.day, d.unit_code, d.level::int AS level, d.decision_number,
         d.from_date, d.reason
    FROM rp JOIN zoning_decisions d ON d.province_code = p_province AND d.from_date <= rp.day
     AND (d.to_date IS NULL OR d.to_date >= rp.day)
   ORDER BY rp.day, d.unit_code, d.from_date DESC
),
-- "assessed": a ward without a decision is level 1; a district takes the highest of its wards, the province the
-- highest of its districts (of its wards where the geography has no districts).
ward_levels AS (
  SELECT c.*, CASE WHEN c.method = 'assessed' THEN 1 ELSE c.rate_level END AS computed_level,
         COALESCE(dc.level, CASE WHEN c.method = 'assessed' THEN 1 ELSE c.rate_level END) AS level,
         dc.decision_number, dc.from_date AS decision_from, dc.reason
    FROM computed c LEFT JOIN decided dc ON dc.day = c.day AND dc.unit_code = c.unit_code WHERE c.tier = 'ward'
),
ward_max AS (SELECT day, district, max(level) AS level FROM ward_levels GROUP BY 1, 2),
district_levels AS (
  SELECT c.*, x.computed_level, COALESCE(dc.level, x.computed_level) AS level,
         dc.decision_number, dc.from_date AS decision_from, dc.reason
    FROM computed c
    LEFT JOIN ward_max wm ON wm.day = c.day AND wm.district = c.unit_code
   CROSS JOIN LATERAL (SELECT CASE WHEN c.method = 'assessed' THEN wm.level ELSE c.rate_level END AS computed_level) x
    LEFT JOIN decided dc ON dc.day = c.day AND dc.unit_code = c.unit_code WHERE c.tier = 'district'
),
-- the units directly under the province: its districts, or its wards where the geography has none
top_max AS (
  SELECT day, max(level) AS level FROM district_levels GROUP BY 1
  UNION ALL
  SELECT day, max(level) FROM ward_levels WHERE NOT EXISTS (SELECT 1 FROM district_levels) GROUP BY 1
),
province_levels AS (
  SELECT c.*, x.computed_level, COALESCE(dc.level, x.computed_level) AS level,
         dc.decision_number, dc.from_date AS decision_from, dc.reason
    FROM computed c
    LEFT JOIN top_max tm ON tm.day = c.day
   CROSS JOIN LATERAL (SELECT CASE WHEN c.method = 'assessed' THEN tm.level ELSE c.rate_level END AS computed_level) x
    LEFT JOIN decided dc ON dc.day = c.day AND dc.unit_code = c.unit_code WHERE c.tier = 'province'
)
SELECT day, tier, unit_code, rule_from, method, cases, population, rate, cov18, cov50, met, computed_level, level,
       decision_number, decision_from, reason
  FROM (SELECT * FROM province_levels UNION ALL SELECT * FROM district_levels UNION ALL SELECT * FROM ward_levels) u
$f$;
