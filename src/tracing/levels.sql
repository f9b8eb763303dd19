-- F-levels (src/tracing/levels.ts). Applied by migrate() whenever this file changes (src/db/definitions.ts).
--
-- As of an instant, exactly as docs/contracts/daily-report.md defines them: persons are nodes, exposures with
-- exposed_on in [day(T) − contact_window, day(T)] are undirected edges, sources are the cases active at T
-- (confirmed ≤ T, no outcome ≤ T). A person's level is the shortest distance to a source (sources are 0).
--
-- person_levels holds f_levels_at(province, computed_at, tracked_max_level()) for the instant in
-- person_levels_state. Statement triggers on cases, outcomes and exposures re-derive it in the writing
-- transaction, whoever writes (imports, API, the testing module, person merges), touching only what can change:
-- after additions (a new case, a new contact) levels fall from the changed persons outwards; after a removal the
-- ball of radius tracked_max_level() around them is re-derived. Time also changes levels (a case confirmed or an
-- outcome reaching its instant, the contact window moving at midnight): sync_person_levels() catches up before
-- every read, incrementally within a day, with a full recompute when the day or the contact window changed.
-- "As of T" stays f_levels_at (the contract); f_levels_fast_at and f_level_path_at give the same answers faster.

-- The contact window (days) of the rule set in force on a Viet Nam day; 14 without one.
CREATE OR REPLACE FUNCTION contact_window_days(p_province text, p_day date) RETURNS integer LANGUAGE sql STABLE AS $f$
  SELECT COALESCE((SELECT (rules->>'contact_window_days')::int FROM rule_sets
                    WHERE province_code = p_province AND effective_from <= p_day
                    ORDER BY effective_from DESC LIMIT 1), 14)
$f$;

-- The contract's definition, as written: every (person, level) pair walked from the sources.
CREATE OR REPLACE FUNCTION f_levels_at(p_province text, p_at timestamptz, p_max_level integer DEFAULT 2)
RETURNS TABLE (person_id bigint, level integer) LANGUAGE sql STABLE AS $f$
  WITH RECURSIVE
  win AS (SELECT vn_day(p_at) AS hi, vn_day(p_at) - contact_window_days(p_province, vn_day(p_at)) AS lo),
  edges AS (
    SELECT e.source_person_id AS a, e.contact_person_id AS b FROM exposures e, win
     WHERE e.province_code = p_province AND e.exposed_on BETWEEN win.lo AND win.hi
    UNION
    SELECT e.contact_person_id, e.source_person_id FROM exposures e, win
     WHERE e.province_code = p_province AND e.exposed_on BETWEEN win.lo AND win.hi),
  sources AS (
    SELECT c.person_id FROM cases c
     WHERE c.province_code = p_province AND c.confirmed_at <= p_at
       AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = c.province_code
                        AND o.person_id = c.person_id AND o.at <= p_at)),
  walk (person_id, level) AS (
    SELECT s.person_id, 0 FROM sources s
    UNION
    SELECT e.b, w.level + 1 FROM walk w JOIN edges e ON e.a = w.person_id WHERE w.level < p_max_level)
  SELECT walk.person_id, min(walk.level)::int FROM walk GROUP BY walk.person_id
$f$;

-- F1…F4: the early (2020) reports count down to F4; the daily report uses F1 and F2.
CREATE OR REPLACE FUNCTION tracked_max_level() RETURNS integer LANGUAGE sql IMMUTABLE AS $f$ SELECT 4 $f$;

-- Scratch tables of the functions below, per session (checked first: IF NOT EXISTS would raise notices).
CREATE OR REPLACE FUNCTION tracing_temp_tables() RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  IF to_regclass('pg_temp.pl_region') IS NULL THEN
    CREATE TEMP TABLE pl_region (person_id bigint PRIMARY KEY, d integer NOT NULL);
    CREATE TEMP TABLE pl_edges (a bigint NOT NULL, b bigint NOT NULL);
    CREATE INDEX ON pl_edges (a);
    CREATE TEMP TABLE pl_new (person_id bigint PRIMARY KEY, level integer NOT NULL);
    CREATE TEMP TABLE pl_all (person_id bigint NOT NULL, level integer NOT NULL);  -- no index: filled by set joins
    CREATE TEMP TABLE pl_changed (province_code text NOT NULL, person_id bigint NOT NULL, exposed_on date, gain boolean NOT NULL);
    CREATE TEMP TABLE cl_links (a bigint NOT NULL, b bigint NOT NULL);
    CREATE TEMP TABLE cl_label (person_id bigint PRIMARY KEY, label bigint NOT NULL);
  END IF;
END $f$;

-- A person's contacts by exposures dated in [p_lo, p_hi], either direction (edges are undirected). Inlined by
-- the planner: two index lookups per person.
CREATE OR REPLACE FUNCTION window_contacts(p_province text, p_person bigint, p_lo date, p_hi date)
RETURNS TABLE (person_id bigint, exposed_on date, setting text) LANGUAGE sql STABLE AS $f$
  SELECT e.contact_person_id, e.exposed_on, e.setting FROM exposures e
   WHERE e.province_code = p_province AND e.source_person_id = p_person AND e.exposed_on BETWEEN p_lo AND p_hi
  UNION ALL
  SELECT e.source_person_id, e.exposed_on, e.setting FROM exposures e
   WHERE e.province_code = p_province AND e.contact_person_id = p_person AND e.exposed_on BETWEEN p_lo AND p_hi
$f$;

-- Levels at p_at into pl_all, by the contract's definition, one frontier at a time from the sources (each
-- person is reached first at its least level). f_levels_at walks every (person, level) pair instead.
CREATE OR REPLACE FUNCTION levels_into_scratch(p_province text, p_at timestamptz, p_max integer) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  v_hi date := vn_day(p_at);
  v_lo date := v_hi - contact_window_days(p_province, v_hi);
BEGIN
  PERFORM tracing_temp_tables();
  TRUNCATE pl_all;
  INSERT INTO pl_all (person_id, level)
  SELECT c.person_id, 0 FROM cases c WHERE c.province_code = p_province AND c.confirmed_at <= p_at
     AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = p_province AND o.person_id = c.person_id AND o.at <= p_at);
  FOR i IN 1..p_max LOOP
    ANALYZE pl_all;
    INSERT INTO pl_all (person_id, level)
    SELECT DISTINCT x.person_id, i FROM (
      SELECT e.contact_person_id AS person_id FROM pl_all w
        JOIN exposures e ON e.province_code = p_province AND e.source_person_id = w.person_id
       WHERE w.level = i - 1 AND e.exposed_on BETWEEN v_lo AND v_hi
      UNION ALL
      SELECT e.source_person_id FROM pl_all w
        JOIN exposures e ON e.province_code = p_province AND e.contact_person_id = w.person_id
       WHERE w.level = i - 1 AND e.exposed_on BETWEEN v_lo AND v_hi) x
     WHERE NOT EXISTS (SELECT 1 FROM pl_all seen WHERE seen.person_id = x.person_id);
  END LOOP;
END $f$;

-- The same answer as f_levels_at, computed frontier by frontier: for large provinces. Volatile (it uses the
-- session's scratch tables), so it cannot run in a read-only transaction.
CREATE OR REPLACE FUNCTION f_levels_fast_at(p_province text, p_at timestamptz, p_max integer DEFAULT 2)
RETURNS TABLE (person_id bigint, level integer) LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM levels_into_scratch(p_province, p_at, p_max);
  RETURN QUERY SELECT n.person_id, n.level FROM pl_all n;
END $f$;

-- Full recompute at p_now; only differences are written (a new day changes few levels), by joins.
CREATE OR REPLACE FUNCTION recompute_person_levels(p_province text, p_now timestamptz) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM levels_into_scratch(p_province, p_now, tracked_max_level());
  ANALYZE pl_all;
  DELETE FROM person_levels pl WHERE pl.province_code = p_province
     AND NOT EXISTS (SELECT 1 FROM pl_all n WHERE n.person_id = pl.person_id);
  UPDATE person_levels pl SET level = n.level FROM pl_all n
   WHERE pl.province_code = p_province AND pl.person_id = n.person_id AND pl.level <> n.level;
  INSERT INTO person_levels (province_code, person_id, level)
    SELECT p_province, n.person_id, n.level FROM pl_all n
     WHERE NOT EXISTS (SELECT 1 FROM person_levels pl WHERE pl.province_code = p_province AND pl.person_id = n.person_id);
  INSERT INTO person_levels_state (province_code, computed_at, window_days)
    VALUES (p_province, p_now, contact_window_days(p_province, vn_day(p_now)))
    ON CONFLICT (province_code) DO UPDATE SET computed_at = EXCLUDED.computed_at, window_days = EXCLUDED.window_days;
END $f$;

-- Additions only (new sources, new edges): levels can only fall. From the seeds' new candidate levels (0 for
-- a source, else one more than the best stored neighbour), improvements spread level by level, and stop
-- where a person's stored level is already as low: only persons whose level changes are touched.
CREATE OR REPLACE FUNCTION improve_person_levels(p_province text, p_seeds bigint[], p_now timestamptz, p_lo date, p_hi date)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  v_max integer := tracked_max_level();
BEGIN
  TRUNCATE pl_new;
  INSERT INTO pl_new (person_id, level)
  SELECT x.person_id, x.level FROM (
    SELECT g.person_id, CASE
      WHEN EXISTS (SELECT 1 FROM cases c WHERE c.province_code = p_province AND c.person_id = g.person_id AND c.confirmed_at <= p_now)
       AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = p_province AND o.person_id = g.person_id AND o.at <= p_now) THEN 0
      ELSE (SELECT min(pl.level) + 1 FROM window_contacts(p_province, g.person_id, p_lo, p_hi) nb
              JOIN person_levels pl ON pl.province_code = p_province AND pl.person_id = nb.person_id) END AS level
      FROM unnest(p_seeds) g(person_id)) x
  WHERE x.level <= v_max AND x.level < COALESCE(
    (SELECT pl.level FROM person_levels pl WHERE pl.province_code = p_province AND pl.person_id = x.person_id), v_max + 1);
  FOR i IN 0..v_max - 1 LOOP
    INSERT INTO pl_new (person_id, level)
    SELECT DISTINCT nb.person_id, i + 1 FROM pl_new w CROSS JOIN LATERAL window_contacts(p_province, w.person_id, p_lo, p_hi) nb
     WHERE w.level = i
       AND i + 1 < COALESCE((SELECT pl.level FROM person_levels pl WHERE pl.province_code = p_province AND pl.person_id = nb.person_id), v_max + 1)
    ON CONFLICT (person_id) DO UPDATE SET level = EXCLUDED.level WHERE pl_new.level > EXCLUDED.level;
  END LOOP;
  INSERT INTO person_levels (province_code, person_id, level)
    SELECT p_province, n.person_id, n.level FROM pl_new n
    ON CONFLICT (province_code, person_id) DO UPDATE SET level = EXCLUDED.level;
END $f$;

-- Any removal (a source lost, an edge gone): a person's level can only change if a changed person lies
-- within tracked_max_level() steps of them, so the region is that ball; inside it levels are rebuilt from
-- the region's sources and from the stored levels of its neighbours outside (which cannot have changed).
CREATE OR REPLACE FUNCTION rederive_person_levels(p_province text, p_seeds bigint[], p_now timestamptz, p_lo date, p_hi date)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  v_max integer := tracked_max_level();
BEGIN
  TRUNCATE pl_region, pl_edges, pl_new;
  INSERT INTO pl_region SELECT DISTINCT unnest(p_seeds), 0;
  -- The ball, keeping the window's edges of everyone in it (those of the last frontier too: they lead to
  -- the outside neighbours whose levels anchor the region).
  FOR i IN 1..v_max + 1 LOOP
    WITH nb AS (
      SELECT r.person_id AS a, n.person_id AS b FROM pl_region r CROSS JOIN LATERAL window_contacts(p_province, r.person_id, p_lo, p_hi) n
       WHERE r.d = i - 1),
    kept AS (INSERT INTO pl_edges (a, b) SELECT a, b FROM nb)
    INSERT INTO pl_region (person_id, d) SELECT DISTINCT nb.b, i FROM nb WHERE i <= v_max
    ON CONFLICT (person_id) DO NOTHING;
  END LOOP;
  ANALYZE pl_region;
  ANALYZE pl_edges;

  -- Starting levels: the region's sources, and one more than each outside neighbour's stored level.
  INSERT INTO pl_new (person_id, level)
  SELECT r.person_id, 0 FROM pl_region r
    JOIN cases c ON c.province_code = p_province AND c.person_id = r.person_id AND c.confirmed_at <= p_now
   WHERE NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = p_province AND o.person_id = r.person_id AND o.at <= p_now);
  INSERT INTO pl_new (person_id, level)
  SELECT e.a, min(pl.level) + 1 FROM pl_edges e
    JOIN person_levels pl ON pl.province_code = p_province AND pl.person_id = e.b AND pl.level < v_max
   WHERE NOT EXISTS (SELECT 1 FROM pl_region x WHERE x.person_id = e.b)
   GROUP BY e.a
  ON CONFLICT (person_id) DO NOTHING;   -- a source stays 0
  ANALYZE pl_new;
  -- Level by level (all starting levels are known), so each person is settled at its least level.
  FOR i IN 0..v_max - 1 LOOP
    INSERT INTO pl_new (person_id, level)
    SELECT DISTINCT e.b, i + 1 FROM pl_new w
      JOIN pl_edges e ON e.a = w.person_id
      JOIN pl_region r ON r.person_id = e.b
     WHERE w.level = i
    ON CONFLICT (person_id) DO UPDATE SET level = EXCLUDED.level WHERE pl_new.level > EXCLUDED.level;
  END LOOP;

  DELETE FROM person_levels pl USING pl_region r
   WHERE pl.province_code = p_province AND pl.person_id = r.person_id
     AND NOT EXISTS (SELECT 1 FROM pl_new n WHERE n.person_id = r.person_id);
  INSERT INTO person_levels (province_code, person_id, level)
    SELECT p_province, n.person_id, n.level FROM pl_new n
    ON CONFLICT (province_code, person_id) DO UPDATE SET level = EXCLUDED.level
     WHERE person_levels.level <> EXCLUDED.level;
END $f$;

-- Brings person_levels to the current instant after changes: p_gains are persons who became sources or
-- gained exposures, p_losses those who stopped being sources or lost exposures. Within the same day and
-- contact window the work is local (improve or re-derive); otherwise everything is recomputed.
CREATE OR REPLACE FUNCTION sync_person_levels(p_province text, p_gains bigint[] DEFAULT '{}', p_losses bigint[] DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  v_state person_levels_state;
  v_now timestamptz;
  v_hi date;
  v_lo date;
  v_gains bigint[];
  v_losses bigint[];
BEGIN
  -- One writer of a province's levels at a time; later ones see the earlier one's committed rows.
  PERFORM pg_advisory_xact_lock(727002, hashtext(p_province));
  SELECT * INTO v_state FROM person_levels_state WHERE province_code = p_province;
  v_now := greatest(clock_timestamp(), v_state.computed_at);
  v_hi := vn_day(v_now);
  v_lo := v_hi - contact_window_days(p_province, v_hi);
  IF v_state IS NULL OR vn_day(v_state.computed_at) <> v_hi OR v_state.window_days <> v_hi - v_lo THEN
    PERFORM recompute_person_levels(p_province, v_now);
    RETURN;
  END IF;
  -- Confirmations and outcomes whose instant arrived since the last sync change sources like an edit.
  SELECT array_agg(DISTINCT x) INTO v_gains FROM (
    SELECT unnest(p_gains) AS x
    UNION ALL SELECT c.person_id FROM cases c WHERE c.province_code = p_province
       AND c.confirmed_at > v_state.computed_at AND c.confirmed_at <= v_now) s;
  SELECT array_agg(DISTINCT x) INTO v_losses FROM (
    SELECT unnest(p_losses) AS x
    UNION ALL SELECT o.person_id FROM outcomes o WHERE o.province_code = p_province
       AND o.at > v_state.computed_at AND o.at <= v_now) s;
  PERFORM tracing_temp_tables();
  IF cardinality(v_gains) + COALESCE(cardinality(v_losses), 0) > 20000
     OR cardinality(v_losses) + COALESCE(cardinality(v_gains), 0) > 20000 THEN
    PERFORM recompute_person_levels(p_province, v_now);
    RETURN;
  ELSIF v_losses IS NOT NULL THEN
    PERFORM rederive_person_levels(p_province, v_losses || COALESCE(v_gains, '{}'), v_now, v_lo, v_hi);
  ELSIF v_gains IS NOT NULL THEN
    PERFORM improve_person_levels(p_province, v_gains, v_now, v_lo, v_hi);
  END IF;
  UPDATE person_levels_state SET computed_at = v_now WHERE province_code = p_province;
END $f$;

-- Statement triggers on cases, outcomes and exposures: the persons whose rows really changed (old and new
-- versions compared on the columns levels depend on) are the seeds. Exposures outside today's contact window
-- change no level now; they are dropped here and matter again only through a full recompute.
CREATE OR REPLACE FUNCTION sync_changed_levels() RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  r record;
  v_today date := vn_day(clock_timestamp());
BEGIN
  DELETE FROM pl_changed c WHERE c.exposed_on > v_today
     OR c.exposed_on < v_today - contact_window_days(c.province_code, v_today);
  FOR r IN SELECT province_code, array_agg(DISTINCT person_id) FILTER (WHERE gain) AS gains,
                  array_agg(DISTINCT person_id) FILTER (WHERE NOT gain) AS losses
             FROM pl_changed GROUP BY province_code LOOP
    PERFORM sync_person_levels(r.province_code, COALESCE(r.gains, '{}'), COALESCE(r.losses, '{}'));
  END LOOP;
END $f$;

-- The statement triggers of the tables levels depend on: each changed row's persons become seeds, as gains (new
-- sources or edges) or losses. New rows are gains and removed rows losses — the other way round for outcomes (an
-- outcome ends a source). An updated row counts as its old version removed and its new version added, compared on
-- the columns levels depend on; an exposure carries its date (those outside the window are dropped by
-- sync_changed_levels), cases and outcomes none.
CREATE OR REPLACE FUNCTION exposures_levels_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM tracing_temp_tables();
  TRUNCATE pl_changed;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pl_changed SELECT province_code, unnest(ARRAY[source_person_id, contact_person_id]), exposed_on, true FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO pl_changed SELECT province_code, unnest(ARRAY[source_person_id, contact_person_id]), exposed_on, false FROM old_rows;
  ELSE
    INSERT INTO pl_changed
    SELECT province_code, unnest(ARRAY[source_person_id, contact_person_id]), exposed_on, true
      FROM (SELECT province_code, source_person_id, contact_person_id, exposed_on FROM new_rows
            EXCEPT SELECT province_code, source_person_id, contact_person_id, exposed_on FROM old_rows) x
    UNION ALL
    SELECT province_code, unnest(ARRAY[source_person_id, contact_person_id]), exposed_on, false
      FROM (SELECT province_code, source_person_id, contact_person_id, exposed_on FROM old_rows
            EXCEPT SELECT province_code, source_person_id, contact_person_id, exposed_on FROM new_rows) x;
  END IF;
  PERFORM sync_changed_levels();
  RETURN NULL;
END $f$;
CREATE OR REPLACE TRIGGER exposures_levels_ins AFTER INSERT ON exposures REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION exposures_levels_trigger();
CREATE OR REPLACE TRIGGER exposures_levels_upd AFTER UPDATE ON exposures REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION exposures_levels_trigger();
CREATE OR REPLACE TRIGGER exposures_levels_del AFTER DELETE ON exposures REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION exposures_levels_trigger();

CREATE OR REPLACE FUNCTION cases_levels_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM tracing_temp_tables();
  TRUNCATE pl_changed;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pl_changed SELECT province_code, person_id, NULL::date, true FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO pl_changed SELECT province_code, person_id, NULL::date, false FROM old_rows;
  ELSE
    INSERT INTO pl_changed
    SELECT province_code, person_id, NULL::date, true
      FROM (SELECT province_code, person_id, confirmed_at FROM new_rows
            EXCEPT SELECT province_code, person_id, confirmed_at FROM old_rows) x
    UNION ALL
    SELECT province_code, person_id, NULL::date, false
      FROM (SELECT province_code, person_id, confirmed_at FROM old_rows
            EXCEPT SELECT province_code, person_id, confirmed_at FROM new_rows) x;
  END IF;
  PERFORM sync_changed_levels();
  RETURN NULL;
END $f$;
CREATE OR REPLACE TRIGGER cases_levels_ins AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cases_levels_trigger();
CREATE OR REPLACE TRIGGER cases_levels_upd AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cases_levels_trigger();
CREATE OR REPLACE TRIGGER cases_levels_del AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION cases_levels_trigger();

CREATE OR REPLACE FUNCTION outcomes_levels_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM tracing_temp_tables();
  TRUNCATE pl_changed;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO pl_changed SELECT province_code, person_id, NULL::date, false FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO pl_changed SELECT province_code, person_id, NULL::date, true FROM old_rows;
  ELSE
    INSERT INTO pl_changed
    SELECT province_code, person_id, NULL::date, false
      FROM (SELECT province_code, person_id, outcome, at FROM new_rows
            EXCEPT SELECT province_code, person_id, outcome, at FROM old_rows) x
    UNION ALL
    SELECT province_code, person_id, NULL::date, true
      FROM (SELECT province_code, person_id, outcome, at FROM old_rows
            EXCEPT SELECT province_code, person_id, outcome, at FROM new_rows) x;
  END IF;
  PERFORM sync_changed_levels();
  RETURN NULL;
END $f$;
CREATE OR REPLACE TRIGGER outcomes_levels_ins AFTER INSERT ON outcomes REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION outcomes_levels_trigger();
CREATE OR REPLACE TRIGGER outcomes_levels_upd AFTER UPDATE ON outcomes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION outcomes_levels_trigger();
CREATE OR REPLACE TRIGGER outcomes_levels_del AFTER DELETE ON outcomes REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION outcomes_levels_trigger();

-- One person's level as of p_at with the path to the nearest source: the same distance f_levels_at gives
-- (edges are undirected), found from the person's side, so a past page needs only the person's neighbourhood.
-- Rows: step 0 = the person … step k = the source (a case active at p_at); exposed_on and setting are those of
-- the exposure linking a step to the next one (the latest such exposure in the window). No row: no source
-- within p_max steps.
CREATE OR REPLACE FUNCTION f_level_path_at(p_province text, p_person bigint, p_at timestamptz, p_max integer DEFAULT tracked_max_level())
RETURNS TABLE (step integer, person_id bigint, exposed_on date, setting text) LANGUAGE plpgsql STABLE AS $f$
#variable_conflict use_column
DECLARE
  v_hi date := vn_day(p_at);
  v_lo date := v_hi - contact_window_days(p_province, v_hi);
BEGIN
  RETURN QUERY
  WITH RECURSIVE
  ball(person_id, d) AS (
    SELECT p_person, 0
    UNION
    SELECT n.person_id, b.d + 1 FROM ball b CROSS JOIN LATERAL window_contacts(p_province, b.person_id, v_lo, v_hi) n
    WHERE b.d < p_max),
  dist AS (SELECT ball.person_id, min(ball.d) AS d FROM ball GROUP BY ball.person_id),
  nearest AS (
    SELECT dist.person_id, dist.d FROM dist
      JOIN cases c ON c.province_code = p_province AND c.person_id = dist.person_id AND c.confirmed_at <= p_at
     WHERE NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = p_province AND o.person_id = dist.person_id AND o.at <= p_at)
     ORDER BY dist.d, c.confirmed_at, dist.person_id LIMIT 1),
  back(step, person_id, exposed_on, setting) AS (
    SELECT nearest.d, nearest.person_id, NULL::date, NULL::text FROM nearest
    UNION ALL
    SELECT b.step - 1, x.person_id, x.exposed_on, x.setting FROM back b CROSS JOIN LATERAL (
      SELECT n.person_id, n.exposed_on, n.setting FROM window_contacts(p_province, b.person_id, v_lo, v_hi) n
        JOIN dist ON dist.person_id = n.person_id AND dist.d = b.step - 1
       ORDER BY n.exposed_on DESC, n.person_id LIMIT 1) x
    WHERE b.step > 0)
  SELECT back.step, back.person_id, back.exposed_on, back.setting FROM back ORDER BY back.step;
END $f$;
