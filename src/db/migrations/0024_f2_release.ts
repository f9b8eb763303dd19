// Seed 000's rule "F1 negative → their F2 end home quarantine" (src/quarantine/release.sql): an episode ended by it
// has end_reason 'released_source_negative' and names the F1's sample whose negative result released it. And seed
// 000's splits of the current quarantine (src/quarantine/splits.ts): centralized by the facility's site type (a
// health centre, or another site), home quarantine by workplace (a company in an industrial zone, or elsewhere).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE quarantine_episodes
      DROP CONSTRAINT quarantine_episodes_end_reason_check,
      ADD CONSTRAINT quarantine_episodes_end_reason_check
        CHECK (end_reason IN ('completed', 'confirmed_case', 'transferred', 'released_source_negative', 'other')),
      ADD COLUMN released_by_sample text,
      -- kept if an import later changes the reason; read only beside that reason
      ADD CONSTRAINT quarantine_episodes_released_by_sample
        CHECK (end_reason IS DISTINCT FROM 'released_source_negative' OR released_by_sample IS NOT NULL),
      ADD FOREIGN KEY (province_code, released_by_sample) REFERENCES samples (province_code, sample_ref),
      ADD COLUMN workplace text,                      -- the company or employer, as written
      ADD COLUMN workplace_type text CHECK (workplace_type IN ('industrial_zone', 'other'));
    ALTER TABLE facilities
      ADD COLUMN site_type text CHECK (site_type IN ('health_centre', 'other'));  -- empty: another site
  `);
}
