// Tables whose rows point at a person by (province_code, <column>) = persons (province_code, person_id).
// A merge repoints them from the merged record to the kept one. Each module adds its tables here.
// (outcomes follow cases by ON UPDATE CASCADE.)
export const PERSON_REFERENCES: { table: string; column: string }[] = [
  { table: 'cases', column: 'person_id' },
  { table: 'exposures', column: 'source_person_id' },
  { table: 'exposures', column: 'contact_person_id' },
  { table: 'quarantine_episodes', column: 'person_id' },
  { table: 'samples', column: 'person_id' },
  { table: 'vaccinations', column: 'person_id' },
  { table: 'case_severities', column: 'person_id' },
  { table: 'declared_cluster_cases', column: 'person_id' },
  { table: 'declarations', column: 'person_id' },
  { table: 'crossings', column: 'person_id' },
  { table: 'entry_violations', column: 'person_id' },
  { table: 'care_episodes', column: 'person_id' },
  { table: 'severity_observations', column: 'person_id' },
  { table: 'residents_abroad', column: 'person_id' },
];
