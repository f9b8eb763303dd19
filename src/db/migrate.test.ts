import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDb, engineName } from '../test/db.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { initProvince } from '../app/province.ts';

test(`[${engineName}] migrations on an empty database, then a re-run that does nothing`, async () => {
  const { db, close } = await emptyDb();
  try {
    assert.deepEqual(
      await migrate(db),
      migrations.map((m) => m.name),
    );
    assert.deepEqual(await migrate(db), []);
    // Two concurrent runs: the advisory lock lets exactly one apply anything.
    assert.deepEqual(await Promise.all([migrate(db), migrate(db)]), [[], []]);
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'province_code'`,
    );
    const keyed = new Set(tables.map((r) => r.table_name));
    for (const table of ['admin_units', 'persons', 'hamlets', 'ward_population', 'audit_log', 'import_runs'])
      assert.ok(keyed.has(table), table);
  } finally {
    await close();
  }
});

test(`[${engineName}] the audit log refuses updates and deletes`, async () => {
  const { db, close } = await emptyDb();
  try {
    await migrate(db);
    await db.query(
      `INSERT INTO audit_log (province_code, actor, action, entity, entity_key) VALUES ('93', 't', 'x', 'y', 'z')`,
    );
    await assert.rejects(db.query(`UPDATE audit_log SET actor = 'mallory'`), /append-only/);
    await assert.rejects(db.query(`DELETE FROM audit_log`), /append-only/);
    await assert.rejects(db.exec(`TRUNCATE audit_log`), /append-only/);
    assert.equal((await db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n, 1);
  } finally {
    await close();
  }
});

test(`[${engineName}] init loads both geographies with the old→new mapping, idempotently`, async () => {
  const { db, close } = await emptyDb();
  try {
    await migrate(db);
    await initProvince(db, '93', '2024');
    await initProvince(db, '93', '2024');
    const counts = await db.query<{ geography: string; level: string; n: number }>(
      `SELECT geography, level, count(*)::int AS n FROM admin_units GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    // Hậu Giang 2024: 8 districts, 75 wards (reference-data/admin-units-2024.csv).
    assert.deepEqual(
      counts.filter((c) => c.geography === '2024').map((c) => [c.level, c.n]),
      [
        ['district', 8],
        ['province', 1],
        ['ward', 75],
      ],
    );
    assert.ok(counts.some((c) => c.geography === '2025' && c.level === 'ward' && c.n > 0));
    // Every 2024 ward of the province maps to at least one 2025 ward.
    const unmapped = await db.query(`SELECT code FROM admin_units u WHERE geography = '2024' AND level = 'ward'
      AND NOT EXISTS (SELECT 1 FROM admin_unit_mapping m WHERE m.old_ward_code = u.code)`);
    assert.deepEqual(unmapped, []);
    await assert.rejects(initProvince(db, '93', '2025'), (e: { key: string }) => e.key === 'unknown_province');
  } finally {
    await close();
  }
});
