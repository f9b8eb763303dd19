// Outbreak areas inside the province come from zoning (issue 20): a declaration or crossing whose origin is a ward or
// district of the province is from an outbreak area when, on its Viet Nam day, that ward or its district is at
// level 4 or under lockdown (src/zoning/outbreak.sql). What was judged is stored on the record, so lists and report
// figures stay the same at any later cut-off; the hand-kept outbreak_areas list keeps the areas outside the province.
// Their follow-ups have no hand-kept area. An index lets the coverage of one ward or district be counted cheaply. entry_declare answers the measure too, and the follow-up rows take the
// zoning judgement: both change signature, so the old ones are dropped (src/entry/declarations.sql defines the new).
import type { Db } from '../connection.ts';

const judged = (table: string) => `
    ALTER TABLE ${table}
      ADD COLUMN zoning_unit_code text,   -- the unit of the province judged: the origin ward, its district, or the province
      ADD COLUMN zoning_level smallint CHECK (zoning_level BETWEEN 1 AND 4),  -- its level (4) when judged by level
      ADD COLUMN zoning_measure text CHECK (zoning_measure IN ('lockdown')),  -- or the measure it was under
      ADD COLUMN zoning_decision text,    -- the number of the decision declaring the level or the measure, if any
      ADD CONSTRAINT ${table}_zoning_judged CHECK (
        (zoning_unit_code IS NULL AND zoning_level IS NULL AND zoning_measure IS NULL AND zoning_decision IS NULL)
        OR (zoning_unit_code IS NOT NULL AND (zoning_level IS NULL) <> (zoning_measure IS NULL)));`;

export async function up(db: Db): Promise<void> {
  await db.exec(`
    ${judged('declarations')}
    ${judged('crossings')}
    ALTER TABLE entry_followups ALTER COLUMN outbreak_area_id DROP NOT NULL;
    -- The coverage of one ward or district (zoning_computed_is) read from the index alone.
    CREATE INDEX vaccination_reach_ward_coverage ON vaccination_reach (province_code, ward_code, birth_year)
      INCLUDE (reach1, reach2, reach3);
    DROP FUNCTION entry_declare(text, text, text, text, text, jsonb);
    DROP FUNCTION entry_followup_rows(text, bigint, text, bigint, date);
  `);
}
