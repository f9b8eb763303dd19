// Reports as files: the three renderings of a report document, and the facility names its tables show.
import type { Db } from '../db/connection.ts';
import type { ReportDocument } from './document.ts';
import { renderHtml } from './render-html.ts';
import { renderDocx } from './render-docx.ts';
import { renderXlsx } from './render-xlsx.ts';

export type FileFormat = 'html' | 'docx' | 'xlsx';
export const FORMATS = ['json', 'html', 'docx', 'xlsx'] as const;
export const CONTENT_TYPES: Record<FileFormat, string> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function renderFile(doc: ReportDocument, format: FileFormat): Promise<Buffer> {
  if (format === 'html') return Buffer.from(renderHtml(doc), 'utf8');
  return format === 'docx' ? renderDocx(doc) : renderXlsx(doc);
}

/** Facility names for the by-facility tables, quarantine and treatment (the report JSON carries codes only). */
export async function facilityNames(db: Db, province: string): Promise<Record<string, string>> {
  const rows = await db.query<{ facility_code: string; name: string }>(
    `SELECT facility_code, name FROM facilities WHERE province_code = $1`,
    [province],
  );
  return Object.fromEntries(rows.map((r) => [r.facility_code, r.name]));
}
