-- Outbreak areas inside the province (issue 20): is an origin in the province (a ward, else a district, else just the
-- province) an outbreak area on a Viet Nam day? It is when, that day, a lockdown measure is in force on the ward, its
-- district or the province, or the ward or its district is at level 4 (decision over the computed level, as
-- zoning_levels in levels.sql decides it). Entry control asks this for every declaration from inside the province
-- (src/entry/declarations.sql), so only the one ward and its district are looked at, for one day, and each step is
-- taken only when the earlier ones left the answer open: measures, decisions, then (rate × coverage) the cases of the
-- window, and the coverage only where the matrix cell depends on it. levels.test.ts/outbreak.test.ts check it
-- against zoning_levels. Applied by migrate() whenever this file changes (src/db/definitions.ts).

-- Is a unit made of p_wards at level p_level on p_day by the rate × coverage rule p_zoning (rules->'zoning')?
-- zoning_levels' computed level for that unit, worked out only as far as needed to say yes or no.
CREATE OR REPLACE FUNCTION zoning_computed_is(p_province text, p_day date, p_wards text[], p_zoning jsonb, p_level integer)
RETURNS boolean LANGUAGE plpgsql STABLE AS $f$
DECLARE
  w integer := COALESCE((p_zoning->>'window_days')::int, 7);
  pop bigint; p18 bigint; p50 bigint;
  n integer; band integer; if_met integer; if_not_met integer;
  y integer := extract(year FROM p_day)::int;
  full_doses integer := LEAST(GREATEST(COALESCE((p_zoning->'coverage'->>'full_doses')::int, 2), 1), 3);
  t18 numeric := (p_zoning->'coverage'->>'dose1_18plus_pct')::numeric;
  t50 numeric := (p_zoning->'coverage'->>'full_50plus_pct')::numeric;
  n18 bigint; n50 bigint;
BEGIN
  SELECT sum(wp.population), sum(wp.population_18plus), sum(wp.population_50plus) INTO pop, p18, p50
    FROM ward_population wp WHERE wp.province_code = p_province AND wp.ward_code = ANY(p_wards);
  IF COALESCE(pop, 0) = 0 THEN RETURN false; END IF;  -- no population: no level
  SELECT count(*)::int INTO n
    FROM cases c JOIN persons p ON p.province_code = c.province_code AND p.person_id = c.person_id
   WHERE c.province_code = p_province AND c.detected_in = 'community'
     AND c.confirmed_at >= ((p_day - w + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     AND c.confirmed_at < ((p_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     AND p.ward_code = ANY(p_wards);
  IF n = 0 THEN RETURN COALESCE((p_zoning->>'zero_level')::int, 1) = p_level; END IF;
  SELECT count(*)::int INTO band FROM jsonb_array_elements_text(COALESCE(p_zoning->'rate_bands', '[]')) b
   WHERE n * 100000 >= b::numeric * pop;
  if_met := (p_zoning->'levels'->'met'->>band)::int;
  if_not_met := (p_zoning->'levels'->'not_met'->>band)::int;
  IF if_met IS NOT DISTINCT FROM if_not_met THEN RETURN COALESCE(if_met = p_level, false); END IF;
  IF if_met IS DISTINCT FROM p_level AND if_not_met IS DISTINCT FROM p_level THEN RETURN false; END IF;
  -- The cell depends on the coverage: persons of the unit aged 18+ (year of D − birth year) with dose 1 by D, and
  -- aged 50+ with dose full_doses by D (vaccination_reach), over the population 18+ and 50+.
  IF COALESCE(p18 > 0 AND p50 > 0 AND t18 IS NOT NULL AND t50 IS NOT NULL, false) THEN
    -- (an index-only scan of vaccination_reach_ward_coverage, migration 0021)
    SELECT count(*) FILTER (WHERE r.reach1 <= p_day),
           count(*) FILTER (WHERE r.birth_year <= y - 50
                              AND CASE full_doses WHEN 1 THEN r.reach1 WHEN 2 THEN r.reach2 ELSE r.reach3 END <= p_day)
      INTO n18, n50
      FROM vaccination_reach r
     WHERE r.province_code = p_province AND r.ward_code = ANY(p_wards) AND r.birth_year <= y - 18;
    IF n18 * 100 >= t18 * p18 AND n50 * 100 >= t50 * p50 THEN RETURN COALESCE(if_met = p_level, false); END IF;
  END IF;
  RETURN COALESCE(if_not_met = p_level, false);
END $f$;

-- The judgement for an origin inside the province on a day: no row when it is not an outbreak area, else one row
-- naming the unit and why, the first of: a lockdown on the ward, its district, the province; the ward at level 4 by
-- a decision; the district at level 4 by a decision; the ward at level 4 without one (computed); the district at
-- level 4 without one (computed, or under "assessed" the highest of its wards). p_ward and p_district are GSO codes
-- of the province's geography (a code it does not have is ignored: the origin is then the district, or the province).
-- (PL/pgSQL so that its plans are kept per connection: it runs once per public declaration from the province.)
CREATE OR REPLACE FUNCTION zoning_outbreak(p_province text, p_day date, p_district text, p_ward text)
RETURNS TABLE (judged_unit text, judged_level smallint, judged_measure text, judged_decision text)
LANGUAGE plpgsql STABLE AS $f$
DECLARE
  g text;
  w text;            -- the origin ward, if it is a ward of the province
  d text;            -- its district (or the district given), if it is a district of the province
  z jsonb;           -- the zoning rule of the day
  assessed boolean;
  w_level integer; w_decision text;
  d_level integer; d_decision text;
  d_wards text[];
BEGIN
  SELECT pr.geography INTO g FROM provinces pr WHERE pr.province_code = p_province;
  IF p_ward IS NOT NULL THEN
    SELECT u.code, dist.code INTO w, d FROM admin_units u
      LEFT JOIN admin_units dist ON dist.province_code = p_province AND dist.geography = g AND dist.level = 'district'
       AND dist.code = u.parent_code
     WHERE u.province_code = p_province AND u.geography = g AND u.level = 'ward' AND u.code = p_ward;
  END IF;
  IF w IS NULL AND p_district IS NOT NULL THEN
    SELECT u.code INTO d FROM admin_units u
     WHERE u.province_code = p_province AND u.geography = g AND u.level = 'district' AND u.code = p_district;
  END IF;

  -- Measures are inherited down the geography.
  RETURN QUERY
    SELECT m.unit_code, NULL::smallint, m.measure, m.decision_number FROM zoning_measures m
     WHERE m.province_code = p_province AND m.measure = 'lockdown' AND m.unit_code IN (w, d, p_province)
       AND m.from_date <= p_day AND (m.to_date IS NULL OR m.to_date >= p_day)
     ORDER BY CASE m.unit_code WHEN w THEN 0 WHEN d THEN 1 ELSE 2 END, m.from_date DESC
     LIMIT 1;
  IF FOUND OR (w IS NULL AND d IS NULL) THEN RETURN; END IF;

  -- The decision in force on a unit: the latest from_date ≤ D whose to_date is empty or ≥ D.
  IF w IS NOT NULL THEN
    SELECT zd.level, zd.decision_number INTO w_level, w_decision FROM zoning_decisions zd
     WHERE zd.province_code = p_province AND zd.unit_code = w AND zd.from_date <= p_day
       AND (zd.to_date IS NULL OR zd.to_date >= p_day)
     ORDER BY zd.from_date DESC LIMIT 1;
    IF w_level = 4 THEN RETURN QUERY SELECT w, 4::smallint, NULL::text, w_decision; RETURN; END IF;
  END IF;
  IF d IS NOT NULL THEN
    SELECT zd.level, zd.decision_number INTO d_level, d_decision FROM zoning_decisions zd
     WHERE zd.province_code = p_province AND zd.unit_code = d AND zd.from_date <= p_day
       AND (zd.to_date IS NULL OR zd.to_date >= p_day)
     ORDER BY zd.from_date DESC LIMIT 1;
    IF d_level = 4 THEN RETURN QUERY SELECT d, 4::smallint, NULL::text, d_decision; RETURN; END IF;
  END IF;
  -- Both decided (or absent), neither at level 4: nothing to compute.
  IF (w IS NULL OR w_level IS NOT NULL) AND (d IS NULL OR d_level IS NOT NULL) THEN RETURN; END IF;

  SELECT rs.rules->'zoning' INTO z FROM rule_sets rs
   WHERE rs.province_code = p_province AND rs.effective_from <= p_day ORDER BY rs.effective_from DESC LIMIT 1;
  assessed := COALESCE(z->>'method', 'assessed') = 'assessed';
  IF d IS NOT NULL AND d_level IS NULL THEN
    d_wards := ARRAY(SELECT u.code FROM admin_units u
                      WHERE u.province_code = p_province AND u.geography = g AND u.level = 'ward' AND u.parent_code = d);
  END IF;
  IF assessed THEN
    -- A ward without a decision is level 1; a district without one takes the highest level of its wards.
    IF d_level IS NULL AND EXISTS (
         SELECT 1 FROM unnest(d_wards) dw(code)
          CROSS JOIN LATERAL (SELECT zd.level FROM zoning_decisions zd
                               WHERE zd.province_code = p_province AND zd.unit_code = dw.code AND zd.from_date <= p_day
                                 AND (zd.to_date IS NULL OR zd.to_date >= p_day)
                               ORDER BY zd.from_date DESC LIMIT 1) x
         WHERE x.level = 4) THEN
      RETURN QUERY SELECT d, 4::smallint, NULL::text, NULL::text;
    END IF;
    RETURN;
  END IF;
  IF w IS NOT NULL AND w_level IS NULL AND zoning_computed_is(p_province, p_day, ARRAY[w], z, 4) THEN
    RETURN QUERY SELECT w, 4::smallint, NULL::text, NULL::text; RETURN;
  END IF;
  IF d IS NOT NULL AND d_level IS NULL AND zoning_computed_is(p_province, p_day, d_wards, z, 4) THEN
    RETURN QUERY SELECT d, 4::smallint, NULL::text, NULL::text;
  END IF;
END $f$;
