// Residents abroad and residents held in other provinces (docs/contracts/period-report.md, seed 000 "14.659 người ở
// nước ngoài … 93 người cách ly ở tỉnh khác"): the registry of the province's residents abroad (import kind
// residents_abroad, src/residents/), and quarantine episodes of residents held in another province
// (`held_in_province`, a province code other than the tenant's; such an episode has no facility and is left out of
// every count of the province's own quarantine: quarantine_open_at in src/quarantine/episodes.sql).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE quarantine_episodes
      ADD COLUMN held_in_province text,
      ADD CONSTRAINT quarantine_episodes_held_elsewhere CHECK (held_in_province IS NULL OR held_in_province <> province_code),
      DROP CONSTRAINT quarantine_episodes_check1,
      -- a facility of the province for a centralized episode held here; none for one held in another province
      ADD CONSTRAINT quarantine_episodes_facility
        CHECK ((kind = 'centralized' AND held_in_province IS NULL) = (facility_code IS NOT NULL));
    CREATE INDEX quarantine_held_elsewhere ON quarantine_episodes (province_code, held_in_province)
      WHERE held_in_province IS NOT NULL;

    CREATE TABLE residents_abroad (
      province_code text NOT NULL REFERENCES provinces,
      resident_ref text NOT NULL,          -- the survey's own id for the resident
      full_name text NOT NULL,
      ward_code text NOT NULL,             -- ward of residence in the province
      country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      left_on date,
      expected_return_on date,
      returned_on date,
      person_id bigint,                    -- the person's record, when registered
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, resident_ref),
      FOREIGN KEY (province_code, person_id) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX residents_abroad_ward ON residents_abroad (province_code, ward_code);
    CREATE INDEX residents_abroad_person ON residents_abroad (province_code, person_id) WHERE person_id IS NOT NULL;
  `);
}
