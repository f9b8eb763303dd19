// Risk zoning (docs/contracts/zoning.md): levels declared by numbered decisions, measures in force per area, and the
// 50+ population the coverage criterion divides by. The computed levels are a function (src/zoning/levels.sql).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE ward_population ADD COLUMN population_50plus integer CHECK (population_50plus >= 0);

    CREATE TABLE zoning_decisions (
      province_code text NOT NULL REFERENCES provinces,
      unit_code text NOT NULL,
      from_date date NOT NULL,
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
      to_date date,
      decision_number text,
      reason text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, unit_code, from_date),
      CHECK (to_date IS NULL OR to_date >= from_date)
    );

    CREATE TABLE zoning_measures (
      province_code text NOT NULL REFERENCES provinces,
      unit_code text NOT NULL,
      measure text NOT NULL CHECK (measure IN ('ct15', 'ct16', 'ct19', 'lockdown', 'other')),
      from_date date NOT NULL,
      to_date date,
      decision_number text,
      note text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, unit_code, measure, from_date),
      CHECK (to_date IS NULL OR to_date >= from_date)
    );
    CREATE INDEX cases_community_confirmed ON cases (province_code, confirmed_at) WHERE detected_in = 'community';
  `);
}
