// Tenancy, geography, people, imports and the audit log. Every table is keyed by province_code (one tenant).
import type { Db } from '../connection.ts';
import { FOLD_FROM, FOLD_TO } from '../../shared/text.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    -- Diacritic- and case-insensitive search key; the same rule as fold() in src/shared/text.ts.
    CREATE FUNCTION fold_vi(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
      SELECT lower(btrim(regexp_replace(translate(s, '${FOLD_FROM}', '${FOLD_TO}'), '\\s+', ' ', 'g')))
    $f$;

    CREATE TABLE provinces (
      province_code text PRIMARY KEY,
      name text NOT NULL,
      geography text NOT NULL CHECK (geography IN ('2024', '2025')),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    -- Official units of both geographies: 2024 = province/district/ward, 2025 = province/ward.
    CREATE TABLE admin_units (
      province_code text NOT NULL REFERENCES provinces,
      geography text NOT NULL CHECK (geography IN ('2024', '2025')),
      code text NOT NULL,
      level text NOT NULL CHECK (level IN ('province', 'district', 'ward')),
      name text NOT NULL,
      full_name text NOT NULL,
      parent_code text,
      PRIMARY KEY (province_code, geography, code)
    );
    CREATE INDEX admin_units_parent ON admin_units (province_code, geography, parent_code);

    -- 2024 ward → 2025 ward; 'partial' = the old ward was split between several new ones.
    CREATE TABLE admin_unit_mapping (
      province_code text NOT NULL REFERENCES provinces,
      old_ward_code text NOT NULL,
      new_ward_code text NOT NULL,
      merge text NOT NULL CHECK (merge IN ('full', 'partial')),
      PRIMARY KEY (province_code, old_ward_code, new_ward_code)
    );
    CREATE INDEX admin_unit_mapping_new ON admin_unit_mapping (province_code, new_ward_code);

    -- Hamlets (thôn/ấp/tổ dân phố) are not in official lists: the province maintains them.
    CREATE TABLE hamlets (
      province_code text NOT NULL REFERENCES provinces,
      hamlet_id bigint GENERATED ALWAYS AS IDENTITY,
      ward_code text NOT NULL,
      name text NOT NULL,
      name_fold text GENERATED ALWAYS AS (fold_vi(name)) STORED,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, hamlet_id),
      UNIQUE (province_code, ward_code, name_fold)
    );

    CREATE TABLE ward_population (
      province_code text NOT NULL REFERENCES provinces,
      ward_code text NOT NULL,
      population integer NOT NULL CHECK (population >= 0),
      population_18plus integer CHECK (population_18plus >= 0 AND population_18plus <= population),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, ward_code)
    );

    CREATE TABLE persons (
      province_code text NOT NULL REFERENCES provinces,
      person_id bigint GENERATED ALWAYS AS IDENTITY,
      person_ref text NOT NULL,
      full_name text NOT NULL,
      name_fold text GENERATED ALWAYS AS (fold_vi(full_name)) STORED,
      birth_year integer,
      birth_date date,
      sex text CHECK (sex IN ('M', 'F')),
      id_kind text CHECK (id_kind IN ('cccd', 'cmnd', 'passport')),
      id_number text,
      phone text,
      ward_code text,
      hamlet text,
      address text,
      nationality text NOT NULL DEFAULT 'VN',
      merged_into bigint,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, person_id),
      UNIQUE (province_code, person_ref),
      FOREIGN KEY (province_code, merged_into) REFERENCES persons (province_code, person_id)
    );
    CREATE INDEX persons_name_trgm ON persons USING gin (name_fold gin_trgm_ops);
    CREATE INDEX persons_phone ON persons (province_code, phone) WHERE phone IS NOT NULL;
    CREATE INDEX persons_id_number ON persons (province_code, id_number) WHERE id_number IS NOT NULL;
    CREATE INDEX persons_ward ON persons (province_code, ward_code);

    -- A merge keeps the merged record (merged_into set) and this row with its state at the time.
    CREATE TABLE person_merges (
      province_code text NOT NULL REFERENCES provinces,
      merge_id bigint GENERATED ALWAYS AS IDENTITY,
      kept_person_id bigint NOT NULL,
      merged_person_id bigint NOT NULL,
      merged_snapshot jsonb NOT NULL,
      reason text,
      actor text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, merge_id)
    );

    -- Pairs a clerk looked at and declared different people, so they stop being proposed.
    CREATE TABLE person_not_duplicates (
      province_code text NOT NULL REFERENCES provinces,
      person_a bigint NOT NULL,
      person_b bigint NOT NULL,
      actor text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, person_a, person_b),
      CHECK (person_a < person_b)
    );

    CREATE TABLE import_runs (
      province_code text NOT NULL REFERENCES provinces,
      import_id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL,
      file_name text,
      rows integer NOT NULL,
      inserted integer NOT NULL,
      updated integer NOT NULL,
      rejected integer NOT NULL,
      partial boolean NOT NULL,
      actor text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, import_id)
    );

    -- Append-only: every change with who, when, before and after. Updates and deletes are refused below.
    CREATE TABLE audit_log (
      province_code text NOT NULL,
      audit_id bigint GENERATED ALWAYS AS IDENTITY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      request_id text,
      action text NOT NULL,
      entity text NOT NULL,
      entity_key text NOT NULL,
      before jsonb,
      after jsonb,
      PRIMARY KEY (province_code, audit_id)
    );
    CREATE INDEX audit_log_entity ON audit_log (province_code, entity, entity_key);
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END
    $f$;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
  `);
}
