// The audit the application cannot rewrite (issue 19, finding 5). The application runs as the role phongdich_app
// (created and granted by migrate(), src/db/roles.ts), which may only read and append to the audit tables.
// - declaration_audit: the public declarations' audit, one lean row each (the declaration itself is the record of
//   what was declared), apart from audit_log so that it can be summarised and pruned by the owner
//   (`phongdich audit summary|prune`) without touching the audit of the officers' work; a prune keeps the daily
//   counts of what it removes in declaration_audit_daily (src/shared/audit.ts).
// - import_deferred: the index and foreign-key definitions a bulk import set aside, kept by the owner's functions in
//   src/imports/deferred.sql (the application may not drop or create indexes itself, nor read this table).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE declaration_audit (
      province_code text NOT NULL,
      audit_id bigint GENERATED ALWAYS AS IDENTITY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      request_id text,
      declaration_ref text NOT NULL,
      site_kind text,
      site_code text,
      PRIMARY KEY (province_code, audit_id)
    );
    CREATE INDEX declaration_audit_at ON declaration_audit USING brin (at);
    -- What a prune keeps of the rows it removes: declarations per day (Asia/Ho_Chi_Minh), actor and site.
    CREATE TABLE declaration_audit_daily (
      province_code text NOT NULL,
      day date NOT NULL,
      actor text NOT NULL,
      site_kind text NOT NULL DEFAULT '',
      site_code text NOT NULL DEFAULT '',
      declarations integer NOT NULL,
      PRIMARY KEY (province_code, day, actor, site_kind, site_code)
    );
    CREATE TABLE import_deferred (
      xact xid8 NOT NULL,
      table_name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('index', 'foreign_key')),
      name text NOT NULL,
      def text NOT NULL,
      PRIMARY KEY (xact, table_name, name)
    );
  `);
}
