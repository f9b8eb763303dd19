// Runs pending migrations in order, then re-applies the definitions (src/db/definitions.ts) that changed, in one
// transaction, under an advisory lock so that several servers starting at once migrate exactly once.
import type { Db } from './connection.ts';
import { loadDefinitions, type Definition } from './definitions.ts';
import { migrations } from './migrations/index.ts';

const LOCK_KEY = 727_001; // arbitrary, fixed: "phongdich migrations"

/** Returns the names of the migrations it applied. */
export async function migrate(db: Db, definitions: Definition[] = loadDefinitions()): Promise<string[]> {
  return db.tx(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
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
    for (const d of definitions) {
      if (applied.length === 0 && recorded.get(d.name) === d.checksum) continue;
      await tx.exec(d.sql);
      await tx.query(
        `INSERT INTO schema_definitions (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [d.name, d.checksum],
      );
    }
    return applied;
  });
}
