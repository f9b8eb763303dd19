// Tables whose rows point at a person by (province_code, <column>) = persons (province_code, person_id).
// A merge repoints them from the merged record to the kept one. Each module adds its tables here.
export const PERSON_REFERENCES: { table: string; column: string }[] = [];
