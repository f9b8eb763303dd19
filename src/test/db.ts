// Test databases: a fresh in-memory PGlite, or (DATABASE_URL set) a fresh database on that PostgreSQL server.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Db } from '../db/connection.ts';
import { asApp, migrate } from '../db/migrate.ts';
import { initProvince } from '../app/province.ts';
import { systemCtx, type Ctx } from '../shared/context.ts';

export interface TestDb {
  db: Db;
  ctx: Ctx;
  close(): Promise<void>;
}

/** An empty, unmigrated database. */
/** A fresh database on DATABASE_URL's server, for code that connects by URL (e.g. a spawned CLI), and its drop. */
export async function serverDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = 'test_' + randomBytes(6).toString('hex');
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = '/' + name;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function emptyDb(): Promise<{ db: Db; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite(null);
    return { db, close: () => db.close() };
  }
  const server = await serverDatabase(url);
  const db = await openPostgres(server.url);
  return {
    db,
    async close() {
      await db.close();
      await server.drop();
    },
  };
}

/**
 * A migrated database with province 93 (Hậu Giang, 2024 geography) initialised, used as the application uses it:
 * as the role phongdich_app (src/db/roles.ts), so that every test exercises its privileges.
 */
export async function testDb(province = '93'): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  const server = url ? await serverDatabase(url) : null;
  const owner = server ? await openPostgres(server.url) : await openPglite(null);
  await migrate(owner);
  const db = await asApp(owner, server?.url);
  await initProvince(db, province, '2024');
  return {
    db,
    ctx: systemCtx(province, 'test', 'vi'),
    async close() {
      await db.close();
      await server?.drop();
    },
  };
}

export const engineName = process.env.DATABASE_URL ? 'postgres' : 'pglite';
