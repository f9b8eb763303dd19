// Treatment (src/treatment/): the treatment columns of facilities, care episodes (where a case is treated) and
// severity observations over time (docs/contracts/treatment.md). Functions live in src/treatment/*.sql.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    -- Oxygen beds and ventilators beside beds and ICU beds; a facility may now be closed (seed 001: field hospitals
    -- built, used and closed again).
    ALTER TABLE facilities
      ADD COLUMN oxygen_beds integer CHECK (oxygen_beds >= 0),
      ADD COLUMN ventilators integer CHECK (ventilators >= 0),
      DROP CONSTRAINT facilities_status_check,
      ADD CONSTRAINT facilities_status_check CHECK (status IN ('planned', 'active', 'closed'));

    -- Where a case is treated: at a facility (of kind treatment/both) or at home (F0 tại nhà). A transfer ends one
    -- episode 'transferred' and starts the next.
    CREATE TABLE care_episodes (
      province_code text NOT NULL,
      episode_id bigint GENERATED ALWAYS AS IDENTITY,
      person_id bigint NOT NULL,
      setting text NOT NULL CHECK (setting IN ('facility', 'home')),
      facility_code text,
      tier integer CHECK (tier BETWEEN 1 AND 3),
      start_at timestamptz NOT NULL,
      end_at timestamptz,
      end_reason text CHECK (end_reason IN ('recovered', 'transferred', 'died', 'other')),
      -- why a full facility took the patient anyway (refused without it)
      override_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, episode_id),
      UNIQUE (province_code, person_id, start_at),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id),
      FOREIGN KEY (province_code, facility_code) REFERENCES facilities (province_code, facility_code),
      CHECK ((setting = 'facility') = (facility_code IS NOT NULL)),
      CHECK (setting = 'facility' OR tier IS NULL),
      CHECK (end_at IS NULL OR end_at >= start_at),
      CHECK ((end_at IS NULL) = (end_reason IS NULL))
    );
    CREATE INDEX care_episodes_start ON care_episodes (province_code, start_at);
    CREATE INDEX care_episodes_facility ON care_episodes (province_code, facility_code, start_at)
      WHERE facility_code IS NOT NULL;

    -- A case's severity and oxygen support as observed over time.
    CREATE TABLE severity_observations (
      province_code text NOT NULL,
      person_id bigint NOT NULL,
      observed_at timestamptz NOT NULL,
      severity text NOT NULL CHECK (severity IN ('asymptomatic', 'mild', 'moderate', 'severe', 'critical')),
      oxygen text NOT NULL DEFAULT 'none' CHECK (oxygen IN ('none', 'mask', 'hfnc', 'ventilator', 'ecmo')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, person_id, observed_at),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX severity_observations_at ON severity_observations (province_code, observed_at);
  `);
}
