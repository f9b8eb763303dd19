// The application's role (issue 19, finding 5): the audit tables are out of its reach except to read and append.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { engineName, testDb } from '../test/db.ts';

const denied = /permission denied|must be owner/;

test(`[${engineName}] as the application's role the audit tables can be read and appended to, nothing more`, async () => {
  const t = await testDb();
  try {
    assert.deepEqual(await t.db.query('SELECT current_user AS u'), [{ u: 'phongdich_app' }]);
    await t.db.query(
      `INSERT INTO audit_log (province_code, actor, action, entity, entity_key) VALUES ('93', 't', 'x', 'y', 'z')`,
    );
    await t.db.query(`INSERT INTO declaration_audit (province_code, actor, declaration_ref) VALUES ('93', 't', 'D-1')`);
    const count = async () =>
      (
        await t.db.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM audit_log WHERE actor = 't') + (SELECT count(*) FROM declaration_audit) AS n`,
        )
      )[0].n;
    assert.equal(await count(), 2);
    for (const table of ['audit_log', 'declaration_audit']) {
      for (const sql of [
        `UPDATE ${table} SET actor = 'mallory'`,
        `DELETE FROM ${table}`,
        `TRUNCATE ${table}`,
        `ALTER TABLE ${table} DISABLE TRIGGER USER`,
        `ALTER TABLE ${table} DISABLE TRIGGER ALL`,
        `ALTER TABLE ${table} ADD COLUMN x int`,
        `DROP TABLE ${table}`,
        `DROP TABLE ${table} CASCADE`,
      ])
        await assert.rejects(t.db.exec(sql), denied, sql);
    }
    await assert.rejects(t.db.exec('DROP TRIGGER audit_log_no_update ON audit_log'), denied);
    await assert.rejects(
      t.db.exec(
        'CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NULL; END $f$',
      ),
      denied,
    );
    // Replication mode (which skips triggers) is for superusers.
    await assert.rejects(t.db.exec(`SET session_replication_role = replica`), denied);
    // The owner's bookkeeping is not even readable, and the owner's index functions refuse the audit tables.
    await assert.rejects(t.db.query('SELECT * FROM schema_migrations'), denied);
    await assert.rejects(t.db.query('SELECT * FROM import_deferred'), denied);
    await assert.rejects(t.db.query(`SELECT import_defer_indexes('audit_log')`), /not an import table/);
    await assert.rejects(t.db.query(`SELECT import_analyze('declaration_audit')`), /not an import table/);
    assert.equal(await count(), 2);
  } finally {
    await t.close();
  }
});

test(`[${engineName}] the application's role writes the data tables but owns none of them`, async () => {
  const t = await testDb();
  try {
    await t.db.query(`UPDATE admin_units SET name = name WHERE code = '93'`);
    await t.db.query(`DELETE FROM hamlets WHERE false`);
    await assert.rejects(t.db.exec('ALTER TABLE persons DISABLE TRIGGER ALL'), denied);
    await assert.rejects(t.db.exec('DROP TABLE hamlets'), denied);
    await assert.rejects(t.db.exec('TRUNCATE hamlets'), denied);
    const [{ owned }] = await t.db.query<{ owned: number }>(
      `SELECT count(*)::int AS owned FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relowner = 'phongdich_app'::regrole`,
    );
    assert.equal(owned, 0);
  } finally {
    await t.close();
  }
});

// In production the application logs in as a member of phongdich_app (PHONGDICH_APP_DATABASE_URL): it cannot even
// drop the role to become the owner, as a connection on the owner's own login could (SET ROLE NONE).
test(`[${engineName}] a login that is only a member of phongdich_app cannot reach the owner`, async (c) => {
  if (!process.env.DATABASE_URL) return c.skip('PostgreSQL only: PGlite has a single built-in user');
  const t = await testDb();
  const login = 'phongdich_web_' + randomBytes(4).toString('hex');
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE ROLE ${login} LOGIN IN ROLE phongdich_app`);
    const [{ db }] = await t.db.query<{ db: string }>('SELECT current_database() AS db');
    const u = new URL(process.env.DATABASE_URL);
    u.username = login;
    u.pathname = '/' + db;
    // Its own login, no role taken: what SQL injected into the application could do.
    const app = new pg.Client({ connectionString: u.toString() });
    await app.connect();
    try {
      await app.query(
        `INSERT INTO audit_log (province_code, actor, action, entity, entity_key) VALUES ('93', 't', 'x', 'y', 'z')`,
      );
      await app.query('SET ROLE NONE');
      await assert.rejects(app.query(`UPDATE audit_log SET actor = 'm'`), denied);
      await assert.rejects(app.query('ALTER TABLE audit_log DISABLE TRIGGER ALL'), denied);
      await assert.rejects(app.query('DROP TABLE audit_log'), denied);
      await assert.rejects(app.query('SET ROLE postgres'), /permission denied/);
    } finally {
      await app.end();
    }
  } finally {
    await t.close();
    await admin.query(`DROP ROLE IF EXISTS ${login}`);
    await admin.end();
  }
});
