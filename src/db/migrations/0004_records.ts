// The facts the contract imports carry (contracts/imports.md): cases, outcomes, exposures, facilities, quarantine
// episodes, samples, pool results, vaccination doses. Modules add derived state and detail in later migrations.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE cases (
      province_code text NOT NULL,
      person_id bigint NOT NULL,
      case_number text,
      confirmed_at timestamptz NOT NULL,
      detected_in text NOT NULL DEFAULT 'community' CHECK (detected_in IN ('community', 'quarantine', 'entry')),
      severity text CHECK (severity IN ('asymptomatic', 'mild', 'moderate', 'severe', 'critical')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, person_id),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX cases_confirmed ON cases (province_code, confirmed_at);

    CREATE TABLE outcomes (
      province_code text NOT NULL,
      person_id bigint NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('discharged', 'died', 'transferred_out')),
      at timestamptz NOT NULL,
      PRIMARY KEY (province_code, person_id, outcome),
      FOREIGN KEY (province_code, person_id) REFERENCES cases (province_code, person_id) ON UPDATE CASCADE
    );
    CREATE INDEX outcomes_at ON outcomes (province_code, at);

    -- A contact between two persons on a day. Stored as given (source → contact); F-levels treat it as undirected.
    CREATE TABLE exposures (
      province_code text NOT NULL,
      source_person_id bigint NOT NULL,
      contact_person_id bigint NOT NULL,
      exposed_on date NOT NULL,
      setting text CHECK (setting IN ('household', 'work', 'school', 'travel', 'venue', 'other')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, source_person_id, contact_person_id, exposed_on),
      CHECK (source_person_id <> contact_person_id),
      FOREIGN KEY (province_code, source_person_id) REFERENCES persons (province_code, person_id),
      FOREIGN KEY (province_code, contact_person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX exposures_contact ON exposures (province_code, contact_person_id, exposed_on);
    CREATE INDEX exposures_day ON exposures (province_code, exposed_on);

    CREATE TABLE facilities (
      province_code text NOT NULL REFERENCES provinces,
      facility_code text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('quarantine', 'treatment', 'both')),
      ward_code text,
      beds integer CHECK (beds >= 0),
      icu_beds integer CHECK (icu_beds >= 0),
      tier integer CHECK (tier BETWEEN 1 AND 3),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, facility_code)
    );

    CREATE TABLE quarantine_episodes (
      province_code text NOT NULL,
      episode_id bigint GENERATED ALWAYS AS IDENTITY,
      person_id bigint NOT NULL,
      kind text NOT NULL CHECK (kind IN ('centralized', 'home', 'self_monitoring')),
      start_at timestamptz NOT NULL,
      facility_code text,
      end_at timestamptz,
      end_reason text CHECK (end_reason IN ('completed', 'confirmed_case', 'transferred', 'other')),
      subject_group text CHECK (subject_group IN ('abroad', 'outbreak_area', 'contact', 'tet_returnee', 'screened', 'other')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, episode_id),
      UNIQUE (province_code, person_id, start_at),
      CHECK (end_at IS NULL OR end_at >= start_at),
      CHECK ((kind = 'centralized') = (facility_code IS NOT NULL)),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id),
      FOREIGN KEY (province_code, facility_code) REFERENCES facilities (province_code, facility_code)
    );
    CREATE INDEX quarantine_start ON quarantine_episodes (province_code, start_at);
    CREATE INDEX quarantine_end ON quarantine_episodes (province_code, end_at);
    CREATE INDEX quarantine_facility ON quarantine_episodes (province_code, facility_code) WHERE facility_code IS NOT NULL;

    -- A sample is a container; its own result is the result of the test run on it. Pooled samples share pool_ref
    -- and take the pool's result when the pool is negative or invalid (see pools).
    CREATE TABLE samples (
      province_code text NOT NULL,
      sample_ref text NOT NULL,
      person_id bigint NOT NULL,
      taken_at timestamptz NOT NULL,
      method text NOT NULL CHECK (method IN ('pcr', 'rapid_antigen')),
      pool_ref text,
      result text NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'negative', 'positive', 'invalid')),
      result_at timestamptz,
      lab text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, sample_ref),
      CHECK ((result = 'pending') = (result_at IS NULL)),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX samples_taken ON samples (province_code, taken_at);
    CREATE INDEX samples_person ON samples (province_code, person_id, taken_at);
    CREATE INDEX samples_pool ON samples (province_code, pool_ref) WHERE pool_ref IS NOT NULL;

    CREATE TABLE pools (
      province_code text NOT NULL,
      pool_ref text NOT NULL,
      result text NOT NULL CHECK (result IN ('negative', 'positive', 'invalid')),
      result_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, pool_ref)
    );

    CREATE TABLE vaccinations (
      province_code text NOT NULL,
      person_id bigint NOT NULL,
      dose_number integer NOT NULL CHECK (dose_number BETWEEN 1 AND 10),
      product text NOT NULL CHECK (product IN ('astrazeneca', 'pfizer', 'moderna', 'verocell', 'sputnik', 'abdala', 'other')),
      given_on date NOT NULL,
      lot text,
      site text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, person_id, dose_number),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX vaccinations_given ON vaccinations (province_code, given_on);
  `);
}
