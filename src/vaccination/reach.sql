-- vaccination_reach, which the daily report counts over (src/reports/figures.ts): per vaccinated person, the day
-- they first had a dose numbered at least 1, 2 and 3, with the birth year and ward the reports filter on. Derived
-- data kept by these triggers in the writing transaction (vaccinations: the persons whose doses changed are re-read;
-- persons: birth year and ward follow). Applied by migrate() whenever this file changes (src/db/definitions.ts).

CREATE OR REPLACE FUNCTION vaccination_reach_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF to_regclass('pg_temp.vr_changed') IS NULL THEN  -- (IF NOT EXISTS would raise a notice every time)
    CREATE TEMP TABLE vr_changed (province_code text NOT NULL, person_id bigint NOT NULL);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO vr_changed SELECT DISTINCT province_code, person_id FROM old_rows;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO vr_changed SELECT DISTINCT province_code, person_id FROM new_rows;
  END IF;
  DELETE FROM vaccination_reach r USING vr_changed c
   WHERE r.province_code = c.province_code AND r.person_id = c.person_id;
  INSERT INTO vaccination_reach
  SELECT v.province_code, v.person_id,
         min(v.given_on) AS reach1,
         min(v.given_on) FILTER (WHERE v.dose_number >= 2) AS reach2,
         min(v.given_on) FILTER (WHERE v.dose_number >= 3) AS reach3,
         p.birth_year, p.ward_code
    FROM vaccinations v JOIN persons p ON p.province_code = v.province_code AND p.person_id = v.person_id
   WHERE (v.province_code, v.person_id) IN (SELECT DISTINCT province_code, person_id FROM vr_changed)
   GROUP BY v.province_code, v.person_id, p.birth_year, p.ward_code;
  TRUNCATE vr_changed;
  RETURN NULL;
END $f$;

CREATE OR REPLACE TRIGGER vaccination_reach_ins AFTER INSERT ON vaccinations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vaccination_reach_trigger();

CREATE OR REPLACE TRIGGER vaccination_reach_upd AFTER UPDATE ON vaccinations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vaccination_reach_trigger();

CREATE OR REPLACE TRIGGER vaccination_reach_del AFTER DELETE ON vaccinations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vaccination_reach_trigger();

CREATE OR REPLACE FUNCTION vaccination_reach_person() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  UPDATE vaccination_reach SET birth_year = NEW.birth_year, ward_code = NEW.ward_code
   WHERE province_code = NEW.province_code AND person_id = NEW.person_id;
  RETURN NULL;
END $f$;

CREATE OR REPLACE TRIGGER vaccination_reach_person AFTER UPDATE OF birth_year, ward_code ON persons FOR EACH ROW
  WHEN (OLD.birth_year IS DISTINCT FROM NEW.birth_year OR OLD.ward_code IS DISTINCT FROM NEW.ward_code)
  EXECUTE FUNCTION vaccination_reach_person();

-- coverage_days and coverage_years (migration 0020), which zoning counts its vaccine coverage from
-- (src/zoning/levels.sql): vaccination_reach's persons counted by ward, dose and reach day (18+ and 50+ by the age
-- in the reach day's year) and by ward, dose, reach year and birth year. Kept from vaccination_reach's changes:
-- the new rows count +1 and the old ones −1 per key (an edit of birth year or ward is both); a key falling to zero
-- loses its row. Persons without a ward or a birth year are not counted. Keys are written in one order (byte order
-- of the codes): two statements writing the same keys at once queue on them rather than deadlock.
CREATE OR REPLACE FUNCTION coverage_counts_trigger() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  zero_days bigint;
  zero_years bigint;
BEGIN
  IF to_regclass('pg_temp.cc_changed') IS NULL THEN  -- (IF NOT EXISTS would raise a notice every time)
    CREATE TEMP TABLE cc_changed (province_code text NOT NULL, ward_code text NOT NULL, dose smallint NOT NULL,
                                  reached_on date NOT NULL, y integer NOT NULL, birth_year integer NOT NULL,
                                  s integer NOT NULL);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO cc_changed
    SELECT r.province_code, r.ward_code, k.dose, k.d, date_part('year', k.d), r.birth_year, -1
      FROM old_rows r CROSS JOIN LATERAL (VALUES (1, r.reach1), (2, r.reach2), (3, r.reach3)) k(dose, d)
     WHERE r.ward_code IS NOT NULL AND r.birth_year IS NOT NULL AND k.d IS NOT NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO cc_changed
    SELECT r.province_code, r.ward_code, k.dose, k.d, date_part('year', k.d), r.birth_year, 1
      FROM new_rows r CROSS JOIN LATERAL (VALUES (1, r.reach1), (2, r.reach2), (3, r.reach3)) k(dose, d)
     WHERE r.ward_code IS NOT NULL AND r.birth_year IS NOT NULL AND k.d IS NOT NULL;
  END IF;
  WITH up AS (
    INSERT INTO coverage_days AS c (province_code, ward_code, dose, reached_on, n18, n50)
    SELECT province_code, ward_code, dose, reached_on, sum(s), COALESCE(sum(s) FILTER (WHERE birth_year <= y - 50), 0)
      FROM cc_changed WHERE birth_year <= y - 18
     GROUP BY province_code, ward_code, dose, reached_on
    HAVING sum(s) <> 0 OR sum(s) FILTER (WHERE birth_year <= y - 50) <> 0
     ORDER BY province_code COLLATE "C", ward_code COLLATE "C", dose, reached_on
        ON CONFLICT (province_code, ward_code, dose, reached_on)
        DO UPDATE SET n18 = c.n18 + EXCLUDED.n18, n50 = c.n50 + EXCLUDED.n50
    RETURNING c.n18, c.n50)
  SELECT count(*) FILTER (WHERE n18 = 0 AND n50 = 0) INTO zero_days FROM up;
  WITH up AS (
    INSERT INTO coverage_years AS c (province_code, ward_code, dose, reach_year, birth_year, n)
    SELECT province_code, ward_code, dose, y, birth_year, sum(s)
      FROM cc_changed GROUP BY province_code, ward_code, dose, y, birth_year HAVING sum(s) <> 0
     ORDER BY province_code COLLATE "C", ward_code COLLATE "C", dose, y, birth_year
        ON CONFLICT (province_code, ward_code, dose, reach_year, birth_year) DO UPDATE SET n = c.n + EXCLUDED.n
    RETURNING c.n)
  SELECT count(*) FILTER (WHERE n = 0) INTO zero_years FROM up;
  -- Counts fall to zero only when doses or persons go: then a scan of the small table, which never keeps a zero
  -- row (a join with the changed keys would rest on the planner's guess of how many rows are zero: it guesses
  -- none, and a nested loop over every key took minutes when all of them were).
  IF zero_days > 0 THEN DELETE FROM coverage_days WHERE n18 = 0 AND n50 = 0; END IF;
  IF zero_years > 0 THEN DELETE FROM coverage_years WHERE n = 0; END IF;
  TRUNCATE cc_changed;
  RETURN NULL;
END $f$;

CREATE OR REPLACE TRIGGER coverage_counts_ins AFTER INSERT ON vaccination_reach REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_trigger();

CREATE OR REPLACE TRIGGER coverage_counts_upd AFTER UPDATE ON vaccination_reach REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_trigger();

CREATE OR REPLACE TRIGGER coverage_counts_del AFTER DELETE ON vaccination_reach REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_counts_trigger();
