// The public portal's settings (src/portal/): the province's hotline numbers, shown beside the national ones.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE portal_settings (
      province_code text PRIMARY KEY REFERENCES provinces,
      hotlines jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(hotlines) = 'array'),
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `);
}
