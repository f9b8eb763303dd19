import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emptyDb, engineName } from '../test/db.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { dumpSchema, SCHEMA_FILE } from './schema-dump.ts';

/** A fresh database migrated by migrate(). */
async function fresh() {
  const t = await emptyDb();
  await migrate(t.db);
  return t;
}

/** A database of the previous release: the numbered migrations only, run as its migrate() did; then this one's. */
async function upgraded() {
  const t = await emptyDb();
  await t.db.tx(async (tx) => {
    await tx.exec(
      `CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const m of migrations) {
      await m.up(tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
    }
  });
  assert.deepEqual(await migrate(t.db), [], 'no migration left to run');
  return t;
}

test(`[${engineName}] a fresh and an upgraded database end with the same functions, triggers, views, tables, indexes and constraints`, async () => {
  const a = await fresh();
  const b = await upgraded();
  try {
    const [da, db] = [await dumpSchema(a.db), await dumpSchema(b.db)];
    assert.ok(da.includes('CREATE OR REPLACE FUNCTION public.sample_results_at('));
    assert.ok(da.includes('CREATE TRIGGER cases_levels_ins AFTER INSERT ON public.cases'));
    assert.equal(db, da);
  } finally {
    await a.close();
    await b.close();
  }
});

/** The objects a dump names (tables with their columns, constraints, indexes, views, functions, triggers). */
function objectNames(dump: string): string[] {
  const names: string[] = [];
  let table = '';
  for (const line of dump.split('\n')) {
    const t = /^CREATE TABLE (\w+)/.exec(line);
    if (t) table = t[1];
    else if (table && /^ {2}\w/.test(line)) names.push(`column ${table}.${line.trim().split(' ')[0]}`);
    else if (line.startsWith(')')) table = '';
    const m =
      /^ALTER TABLE (\w+) ADD CONSTRAINT (\w+)/.exec(line) ??
      /^CREATE (?:UNIQUE )?INDEX (\w+) ON public\.(\w+)/.exec(line) ??
      /^CREATE (?:VIEW|OR REPLACE FUNCTION public\.)(\w+\(?[^)]*\)?)/.exec(line) ??
      /^CREATE TRIGGER (\w+) .* ON public\.(\w+)/.exec(line);
    if (m) names.push(m.slice(1).join(' '));
  }
  return names.sort();
}

test(`[${engineName}] src/db/schema.sql is what the migrations and definitions produce`, async () => {
  const { db, close } = await fresh();
  try {
    const dump = await dumpSchema(db);
    const file = readFileSync(SCHEMA_FILE, 'utf8');
    if (engineName === 'pglite') {
      const [got, want] = [dump.split('\n'), file.split('\n')];
      const line = got.findIndex((l, i) => l !== want[i]);
      assert.ok(
        dump === file,
        `src/db/schema.sql is stale: run npm run schema and commit it (line ${line + 1}: ${want[line]} → ${got[line]})`,
      );
    } else {
      // The server's deparsed text may differ from PGlite's: compare what is there, by name.
      assert.deepEqual(objectNames(dump), objectNames(file), 'src/db/schema.sql is stale: run npm run schema');
    }
    assert.ok(objectNames(file).includes('column persons.name_fold'));
    assert.ok(objectNames(file).includes('vaccination_reach_person persons'));
  } finally {
    await close();
  }
});
