// Vaccine coverage counts for risk zoning (issue 20, speed): zoning_levels() counted the persons reaching dose 1,
// 2 and 3 by ward from vaccination_reach (one row per vaccinated person) on every call. These two small tables hold
// the same counts, kept from vaccination_reach by triggers (src/vaccination/reach.sql) in the writing transaction:
//   coverage_days:  persons whose dose-k reach day is reached_on, counted 18+ and 50+ by their age in the year of
//                   reached_on (year − birth year): exact for every day of that year;
//   coverage_years: persons reaching dose k in reach_year, by birth year: for the days of later years, when they
//                   are a year older (vaccinated at 17 in 2021, 18+ from 1/1/2022).
// Persons without a ward or a birth year are in neither (zoning never counted them). A key whose count falls to
// zero has no row. Filled here from vaccination_reach.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE coverage_days (
      province_code text NOT NULL,
      ward_code text NOT NULL,
      dose smallint NOT NULL CHECK (dose BETWEEN 1 AND 3),
      reached_on date NOT NULL,
      n18 integer NOT NULL,
      n50 integer NOT NULL,
      PRIMARY KEY (province_code, ward_code, dose, reached_on)
    );
    CREATE TABLE coverage_years (
      province_code text NOT NULL,
      ward_code text NOT NULL,
      dose smallint NOT NULL CHECK (dose BETWEEN 1 AND 3),
      reach_year integer NOT NULL,
      birth_year integer NOT NULL,
      n integer NOT NULL,
      PRIMARY KEY (province_code, ward_code, dose, reach_year, birth_year)
    );

    INSERT INTO coverage_days
    SELECT r.province_code, r.ward_code, k.dose, k.d, count(*),
           count(*) FILTER (WHERE r.birth_year <= extract(year FROM k.d)::int - 50)
      FROM vaccination_reach r CROSS JOIN LATERAL (VALUES (1, r.reach1), (2, r.reach2), (3, r.reach3)) k(dose, d)
     WHERE r.ward_code IS NOT NULL AND r.birth_year <= extract(year FROM k.d)::int - 18
     GROUP BY 1, 2, 3, 4;
    INSERT INTO coverage_years
    SELECT r.province_code, r.ward_code, k.dose, extract(year FROM k.d)::int, r.birth_year, count(*)
      FROM vaccination_reach r CROSS JOIN LATERAL (VALUES (1, r.reach1), (2, r.reach2), (3, r.reach3)) k(dose, d)
     WHERE r.ward_code IS NOT NULL AND r.birth_year IS NOT NULL AND k.d IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5;
  `);
}
