// Runs pending migrations in order, then re-applies the definitions (src/db/definitions.ts) that changed, in one
// transaction, under an advisory lock so that several servers starting at once migrate exactly once; then gives the
// application's role its privileges (./roles.ts). Runs as the owner of the tables; openAppDb() hands the migrated
// database to the application under its role.
import { openDb, openPostgres, type Db } from './connection.ts';
import { loadDefinitions, type Definition } from './definitions.ts';
import { migrations } from './migrations/index.ts';
import { APP_ROLE, ensureAppRole, grantAppRole } from './roles.ts';

const LOCK_KEY = 727_001; // arbitrary, fixed: "phongdich migrations"

/** Returns the names of the migrations it applied. */
export async function migrate(db: Db, definitions: Definition[] = loadDefinitions()): Promise<string[]> {
  return db.tx(async (tx) => {
    // As the login itself, not the application's role a connection of openAppDb() may have taken.
    await tx.exec('SET LOCAL ROLE NONE');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await ensureAppRole(tx);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_definitions (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await m.up(tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
      applied.push(m.name);
    }
    // After any migration every definition is applied again: a migration may have dropped one (DROP … CASCADE
    // takes the triggers of other files with it) or replaced it by its own, older text.
    const recorded = new Map(
      (await tx.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_definitions')).map((r) => [
        r.name,
        r.checksum,
      ]),
    );
    let changed = applied.length > 0;
    for (const d of definitions) {
      if (applied.length === 0 && recorded.get(d.name) === d.checksum) continue;
      changed = true;
      await tx.exec(d.sql);
      await tx.query(
        `INSERT INTO schema_definitions (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [d.name, d.checksum],
      );
    }
    const [{ granted }] = await tx.query<{ granted: boolean }>(
      `SELECT has_table_privilege('${APP_ROLE}', 'audit_log', 'INSERT') AS granted`,
    );
    if (changed || !granted) await grantAppRole(tx);
    return applied;
  });
}

/**
 * Opens the database, migrates it as the owner (DATABASE_URL's login) and returns it as the application uses it,
 * as the role phongdich_app: on PostgreSQL a pool on PHONGDICH_APP_DATABASE_URL when set (a login that is only a
 * member of phongdich_app: the production setting), else on DATABASE_URL with the role taken at connection start;
 * on PGlite (one connection) SET ROLE. See README, Security.
 */
export async function openAppDb(cfg: { databaseUrl?: string; appDatabaseUrl?: string; dataDir: string }): Promise<Db> {
  const owner = await openDb(cfg);
  try {
    await migrate(owner);
  } catch (e) {
    await owner.close();
    throw e;
  }
  return asApp(owner, cfg.appDatabaseUrl ?? cfg.databaseUrl);
}

/** A migrated database as the application's role: the same PGlite, or a new pool on the server (the owner's closed). */
export async function asApp(owner: Db, url: string | undefined): Promise<Db> {
  if (owner.engine === 'pglite') {
    await owner.exec(`SET ROLE ${APP_ROLE}`);
    return owner;
  }
  await owner.close();
  if (!url) throw new Error('asApp: the URL of a PostgreSQL database is required');
  return openPostgres(url, { role: APP_ROLE });
}
