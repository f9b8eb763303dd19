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
