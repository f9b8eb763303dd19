-- A bulk import sets a table's secondary indexes and foreign keys aside for its write and restores them after it
-- (deferringIndexes in pipeline.ts). Dropping and creating them needs the table's owner, which the application's
-- role phongdich_app is not (src/db/roles.ts): these functions run as the owner (SECURITY DEFINER) on a data table
-- only, never an audit or schema table. The definitions are read from the catalogue here and kept in
-- import_deferred under the transaction's id, never taken from the caller, so a caller can only put back what was
-- there. A rollback undoes the drop and the bookkeeping together.

CREATE OR REPLACE FUNCTION import_table_checked(t regclass) RETURNS regclass
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $f$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.oid = t AND n.nspname = 'public' AND c.relkind = 'r')
     OR t::text IN ('audit_log', 'declaration_audit', 'declaration_audit_daily', 'import_deferred', 'schema_migrations', 'schema_definitions') THEN
    RAISE EXCEPTION 'not an import table: %', t USING ERRCODE = '42501';
  END IF;
  RETURN t;
END $f$;

CREATE OR REPLACE FUNCTION import_defer_indexes(t regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
DECLARE r record;
BEGIN
  PERFORM import_table_checked(t);
  FOR r IN SELECT k.conname AS name, pg_get_constraintdef(k.oid) AS def FROM pg_constraint k
            WHERE k.conrelid = t AND k.contype = 'f' LOOP
    INSERT INTO import_deferred VALUES (pg_current_xact_id(), t::text, 'foreign_key', r.name, r.def);
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', t, r.name);
  END LOOP;
  FOR r IN SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = t AND NOT i.indisunique AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) LOOP
    INSERT INTO import_deferred VALUES (pg_current_xact_id(), t::text, 'index', r.name, r.def);
    EXECUTE format('DROP INDEX %I', r.name);
  END LOOP;
END $f$;

CREATE OR REPLACE FUNCTION import_restore_indexes(t regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
DECLARE r record;
BEGIN
  PERFORM import_table_checked(t);
  FOR r IN SELECT d.kind, d.name, d.def FROM import_deferred d WHERE d.xact = pg_current_xact_id() AND d.table_name = t::text
            ORDER BY d.kind = 'foreign_key', d.name LOOP  -- indexes first, then the keys check the rows once
    IF r.kind = 'index' THEN EXECUTE r.def;
    ELSE EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', t, r.name, r.def);
    END IF;
  END LOOP;
  DELETE FROM import_deferred d WHERE d.xact = pg_current_xact_id() AND d.table_name = t::text;
END $f$;

-- ANALYZE needs the owner too (before PostgreSQL 17's MAINTAIN privilege).
CREATE OR REPLACE FUNCTION import_analyze(t regclass) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
BEGIN
  EXECUTE format('ANALYZE %s', import_table_checked(t));
END $f$;
