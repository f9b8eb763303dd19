// Tables whose rows point at a person by (province_code, <column>) = persons (province_code, person_id).
// A merge repoints them from the merged record to the kept one. Each module adds its tables here.
export const PERSON_REFERENCES: { table: string; column: string }[] = [
  { table: 'cases', column: 'person_id' },
  { table: 'outcomes', column: 'person_id' },
  { table: 'exposures', column: 'source_person_id' },
  { table: 'exposures', column: 'contact_person_id' },
  { table: 'quarantine_episodes', column: 'person_id' },
  { table: 'samples', column: 'person_id' },
  { table: 'vaccinations', column: 'person_id' },
];
