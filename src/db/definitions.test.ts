import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyDb, engineName } from '../test/db.ts';
import { definition, DEFINITION_FILES, loadDefinitions } from './definitions.ts';
import { migrate } from './migrate.ts';
import { fold, FOLD_FROM } from '../shared/text.ts';

const PROBE = `\nCREATE OR REPLACE FUNCTION definitions_probe() RETURNS integer LANGUAGE sql AS $f$ SELECT 1 $f$;\n`;

test(`[${engineName}] a definition file is re-applied when its text changes, and only then`, async () => {
  const { db, close } = await emptyDb();
  try {
    await migrate(db);
    const recorded = async () =>
      new Map(
        (
          await db.query<{ name: string; checksum: string; applied_at: Date }>(
            'SELECT name, checksum, applied_at FROM schema_definitions',
          )
        ).map((r) => [r.name, r]),
      );
    const probe = async () =>
      (await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'definitions_probe'`)).length === 1;
    const before = await recorded();
    assert.deepEqual([...before.keys()].sort(), [...DEFINITION_FILES].sort());
    assert.equal(await probe(), false);

    // time.sql gains a function: migrate applies that file again, and no other.
    const changed = loadDefinitions().map((d) =>
      d.name === 'shared/time.sql' ? definition(d.name, d.sql + PROBE) : d,
    );
    assert.deepEqual(await migrate(db, changed), []);
    assert.equal(await probe(), true);
    const after = await recorded();
    assert.equal(after.get('shared/time.sql')!.checksum, changed.find((d) => d.name === 'shared/time.sql')!.checksum);
    assert.notEqual(after.get('shared/time.sql')!.checksum, before.get('shared/time.sql')!.checksum);
    assert.ok(after.get('shared/time.sql')!.applied_at > before.get('shared/time.sql')!.applied_at);
    for (const name of DEFINITION_FILES.filter((n) => n !== 'shared/time.sql'))
      assert.deepEqual(after.get(name), before.get(name), name);

    // Unchanged text is not run again: the probe dropped by hand stays dropped.
    await db.exec('DROP FUNCTION definitions_probe()');
    await migrate(db, changed);
    assert.equal(await probe(), false);
    assert.deepEqual(await recorded(), after);
  } finally {
    await close();
  }
});

/** The objects each listed file defines: functions and views by name, triggers as "name ON table". */
function definedObjects(): Set<string> {
  const names = new Set<string>();
  for (const f of DEFINITION_FILES) {
    const sql = readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');
    // Only idempotent definitions: a plain CREATE would fail on the second application.
    assert.doesNotMatch(sql, /\bCREATE\s+(?!OR\s+REPLACE\b)(?:CONSTRAINT\s+)?(FUNCTION|TRIGGER|VIEW)\b/i, f);
    for (const m of sql.matchAll(/\bCREATE\s+OR\s+REPLACE\s+(FUNCTION|VIEW)\s+(\w+)/gi))
      names.add(`${m[1].toLowerCase()} ${m[2]}`);
    for (const m of sql.matchAll(/\bCREATE\s+OR\s+REPLACE\s+TRIGGER\s+(\w+)[^;]*?\bON\s+(\w+)/gi))
      names.add(`trigger ${m[1]} ON ${m[2]}`);
  }
  return names;
}

test(`[${engineName}] every function, view and trigger of the migrated database is defined in a listed .sql file`, async () => {
  const { db, close } = await emptyDb();
  try {
    await migrate(db);
    const inDb = await db.query<{ object: string }>(
      `SELECT 'function ' || p.proname AS object FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
       UNION ALL
       SELECT 'view ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
       UNION ALL
       SELECT 'trigger ' || t.tgname || ' ON ' || c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal`,
    );
    assert.ok(inDb.length >= 53, `only ${inDb.length} objects found`); // 36 functions and 17 triggers before any new module
    const defined = definedObjects();
    const missing = inDb.map((r) => r.object).filter((o) => !defined.has(o));
    assert.deepEqual(
      missing,
      [],
      'defined only in a migration: move them to a .sql file listed in src/db/definitions.ts',
    );
  } finally {
    await close();
  }
});

test(`[${engineName}] fold_vi (src/shared/text.sql) folds as fold() does (src/shared/text.ts)`, async () => {
  const { db, close } = await emptyDb();
  try {
    await migrate(db);
    const inputs = [FOLD_FROM, 'Nguyễn  Văn\tA ', 'ĐẶNG THỊ HỒNG NHUNG', ' Huỳnh Đức Ớt'];
    for (const s of inputs) {
      const [{ f }] = await db.query<{ f: string }>('SELECT fold_vi($1) AS f', [s]);
      assert.equal(f, fold(s), s);
    }
    assert.equal(fold(FOLD_FROM), 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'.repeat(2));
  } finally {
    await close();
  }
});
