// Shapes of the report module's API (src/reports/routes.ts) that the reports pages use, and the file links.
import type { DailyReport } from './daily-report.ts';

export interface NarrativeSection {
  title: string;
  text: string;
}
export interface DraftSummary {
  draft_id: number;
  kind: string;
  scope_code: string;
  as_of: string;
  slot: string | null;
  status: 'draft' | 'issued';
  updated_by: string;
  updated_at: string;
}
export interface Draft extends DraftSummary {
  narrative: NarrativeSection[];
  report: DailyReport;
}
export interface IssuedSummary {
  report_id: number;
  draft_id: number;
  kind: string;
  scope_code: string;
  symbol: string;
  as_of: string;
  issued_by: string;
  issued_at: string;
}
export interface ReportList {
  drafts: DraftSummary[];
  issued: IssuedSummary[];
}

export const FILE_FORMATS = ['docx', 'xlsx', 'html'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** The file of a draft (for review, number left blank) or of an issued report (exactly as issued). */
export function reportFileUrl(kind: 'drafts' | 'issued', id: number, format: FileFormat): string {
  return `/api/v1/reports/${kind}/${id}?format=${format}`;
}

/** HTML opens in a new tab; DOCX and XLSX download. */
export const fileLinkProps = (f: FileFormat) =>
  f === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' };

/** Sections with a title kept, text trimmed at the ends only; empty titled sections stay (the template's headings). */
export function cleanNarrative(sections: NarrativeSection[]): NarrativeSection[] {
  return sections
    .map((s) => ({ title: s.title.trim(), text: s.text.replace(/^\s+|\s+$/g, '') }))
    .filter((s) => s.title || s.text);
}
