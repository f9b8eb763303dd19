// Report templates per seed (src/reports/seed-templates.ts): a draft names the template it is drawn with and the
// instant its figures are compared with; the issued report keeps the template it was issued with.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    ALTER TABLE report_drafts
      ADD COLUMN template text NOT NULL DEFAULT 'daily' CHECK (template IN ('daily', 'synthesis', 'situation', 'border')),
      ADD COLUMN compare_at timestamptz,   -- null: 24 hours before the cut-off, as the daily report
      ADD CONSTRAINT report_drafts_compare_before CHECK (compare_at IS NULL OR compare_at <= as_of);
    ALTER TABLE issued_reports ADD COLUMN template text NOT NULL DEFAULT 'daily';
  `);
}
