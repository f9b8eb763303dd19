// The SQL functions, views and triggers: each module's rules live in .sql files beside it, written idempotently
// (CREATE OR REPLACE), listed here in the order they are applied (a definition after those it calls). migrate()
// re-applies a file whenever its text changes (its sha256 differs from the one recorded in schema_definitions),
// like Flyway's repeatable migrations. The numbered migrations in ./migrations/ are schema history only: a table
// change, a drop or a signature change (CREATE OR REPLACE cannot rename parameters or change a result type) goes
// there, and the new definition goes here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Paths under src/, in application order. */
export const DEFINITION_FILES = [
  'shared/time.sql',
  'shared/text.sql',
  'shared/audit.sql',
  'imports/deferred.sql',
  'tracing/levels.sql',
  'tracing/clusters.sql',
  'zoning/outbreak.sql',
  'entry/declarations.sql',
  'quarantine/facilities.sql',
  'quarantine/episodes.sql',
  'quarantine/plans.sql',
  'testing/pools.sql',
  'testing/results.sql',
  'quarantine/release.sql',
  'vaccination/reach.sql',
  'reports/issued.sql',
  'command/command.sql',
  'zoning/levels.sql',
  'treatment/care.sql',
];

export interface Definition {
  /** Its path under src/, the key recorded in schema_definitions. */
  name: string;
  sql: string;
  /** sha256 of the text, hex. */
  checksum: string;
}

export function definition(name: string, sql: string): Definition {
  return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
}

/** The listed files' current text (read relative to this file: works under tsx and from bin/phongdich.js). */
export function loadDefinitions(files: string[] = DEFINITION_FILES): Definition[] {
  return files.map((f) => definition(f, readFileSync(new URL(`../${f}`, import.meta.url), 'utf8')));
}
