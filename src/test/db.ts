// Test databases: a fresh in-memory PGlite, or (DATABASE_URL set) a fresh database on that PostgreSQL server.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Db } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { initProvince } from '../geo/service.ts';
import { systemCtx, type Ctx } from '../shared/context.ts';

export interface TestDb { db: Db; ctx: Ctx; close(): Promise<void> }

/** An empty, unmigrated database. */
export async function emptyDb(): Promise<{ db: Db; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite(null);
    return { db, close: () => db.close() };
  }
  const name = 'test_' + randomBytes(6).toString('hex');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = '/' + name;
  const db = await openPostgres(u.toString());
  return {
    db,
    async close() {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** A migrated database with province 93 (Hậu Giang, 2024 geography) initialised. */
export async function testDb(province = '93'): Promise<TestDb> {
  const { db, close } = await emptyDb();
  await migrate(db);
  await initProvince(db, province, '2024');
  return { db, close, ctx: systemCtx(province, 'test', 'vi') };
}

export const engineName = process.env.DATABASE_URL ? 'postgres' : 'pglite';
