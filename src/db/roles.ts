// The application's database role (issue 19, finding 5). Migrations run as the owner of the tables (the login of
// DATABASE_URL); the application runs as phongdich_app, a NOLOGIN role that may read and write the data tables but
// only read and append to the audit tables, and cannot alter, drop or disable the triggers of any table (it owns
// none). How the application takes the role is chosen per engine in openAppDb() (src/db/migrate.ts).
import type { Db } from './connection.ts';

export const APP_ROLE = 'phongdich_app';

/** Tables the application may only read and append to. */
export const AUDIT_TABLES = ['audit_log', 'declaration_audit'];
/** Tables the application may only read: written by the owner's prune (src/shared/audit.ts). */
const SUMMARY_TABLES = ['declaration_audit_daily'];
/** Tables of the owner's bookkeeping that the application may not touch at all. */
const OWNER_TABLES = ['schema_migrations', 'schema_definitions', 'import_deferred'];

/** Creates the role if it does not exist (roles belong to the server, not the database: another database may have made it). */
export async function ensureAppRole(tx: Db): Promise<void> {
  await tx.exec(`DO $r$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- made at the same moment for another database
  END $r$`);
}

/** The role's privileges on every table and sequence of the schema, as they must be after any migration. */
export async function grantAppRole(tx: Db): Promise<void> {
  await tx.exec(`
    GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
    REVOKE UPDATE, DELETE, TRUNCATE ON ${AUDIT_TABLES.join(', ')} FROM ${APP_ROLE};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${SUMMARY_TABLES.join(', ')} FROM ${APP_ROLE};
    REVOKE ALL ON ${OWNER_TABLES.join(', ')} FROM ${APP_ROLE};
  `);
  // PGlite takes COPY data from its virtual file /dev/blob (connection.ts), a server-side file read.
  if (tx.engine === 'pglite') await tx.exec(`GRANT pg_read_server_files TO ${APP_ROLE}`);
}
