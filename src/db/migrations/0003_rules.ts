// Dated rule sets: durations, test days, contact window, cluster closing, auto-confirm. Rules live in jsonb
// (shape: src/rules/national.ts) so a new national rule is data, not a migration.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE rule_sets (
      province_code text NOT NULL REFERENCES provinces,
      effective_from date NOT NULL,
      name text NOT NULL,
      basis text,
      rules jsonb NOT NULL,
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, effective_from)
    );
  `);
}
