// Row types for the Kysely builder. Columns the database fills (identity, defaults, generated) are Generated<>.
import type { Generated, ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ProvinceRow {
  province_code: string;
  name: string;
  geography: '2024' | '2025';
  created_at: Generated<Date>;
}

export interface AdminUnitRow {
  province_code: string;
  geography: '2024' | '2025';
  code: string;
  level: 'province' | 'district' | 'ward';
  name: string;
  full_name: string;
  parent_code: string | null;
}

export interface AdminUnitMappingRow {
  province_code: string;
  old_ward_code: string;
  new_ward_code: string;
  merge: 'full' | 'partial';
}

export interface HamletRow {
  province_code: string;
  hamlet_id: Generated<number>;
  ward_code: string;
  name: string;
  name_fold: Generated<string>;
  created_at: Generated<Date>;
}

export interface WardPopulationRow {
  province_code: string;
  ward_code: string;
  population: number;
  population_18plus: number | null;
  updated_at: Timestamp;
}

export interface PersonRow {
  province_code: string;
  person_id: Generated<number>;
  person_ref: string;
  full_name: string;
  name_fold: Generated<string>;
  birth_year: number | null;
  birth_date: string | null;
  sex: 'M' | 'F' | null;
  id_kind: 'cccd' | 'cmnd' | 'passport' | null;
  id_number: string | null;
  phone: string | null;
  ward_code: string | null;
  hamlet: string | null;
  address: string | null;
  nationality: Generated<string>;
  merged_into: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PersonMergeRow {
  province_code: string;
  merge_id: Generated<number>;
  kept_person_id: number;
  merged_person_id: number;
  merged_snapshot: unknown;
  reason: string | null;
  actor: string;
  at: Generated<Date>;
}

export interface PersonNotDuplicateRow {
  province_code: string;
  person_a: number;
  person_b: number;
  actor: string;
  at: Generated<Date>;
}

export interface ImportRunRow {
  province_code: string;
  import_id: Generated<number>;
  kind: string;
  file_name: string | null;
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  partial: boolean;
  actor: string;
  at: Generated<Date>;
}

export interface AuditLogRow {
  province_code: string;
  audit_id: Generated<number>;
  at: Generated<Date>;
  actor: string;
  request_id: string | null;
  action: string;
  entity: string;
  entity_key: string;
  before: unknown;
  after: unknown;
}

export interface Schema {
  provinces: ProvinceRow;
  admin_units: AdminUnitRow;
  admin_unit_mapping: AdminUnitMappingRow;
  hamlets: HamletRow;
  ward_population: WardPopulationRow;
  persons: PersonRow;
  person_merges: PersonMergeRow;
  person_not_duplicates: PersonNotDuplicateRow;
  import_runs: ImportRunRow;
  audit_log: AuditLogRow;
}
