// Shapes of the report module's API (from the OpenAPI document) that the reports pages use, and the file links.
import type { components } from '../shared/api-schema.d.ts';

type Schemas = components['schemas'];
export type NarrativeSection = Schemas['NarrativeSection'];
export type DraftSummary = Schemas['ReportDraftSummary'];
export type Draft = Schemas['ReportDraftWithFigures'];
export type IssuedSummary = Schemas['ReportIssueResult'];

/** The layouts a draft is drawn with: the daily one, or a seed's own report (src/reports/seed-templates.ts). */
export type ReportLayout = DraftSummary['template'];
export const REPORT_LAYOUTS: readonly ReportLayout[] = ['daily', 'synthesis', 'situation', 'border'];

export const FILE_FORMATS = ['docx', 'xlsx', 'html'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** The file of a draft (for review, number left blank) or of an issued report (exactly as issued). */
export function reportFileUrl(kind: 'drafts' | 'issued', id: number, format: FileFormat): string {
  return `/api/v1/reports/${kind}/${id}?format=${format}`;
}

/** HTML opens in a new tab; DOCX and XLSX download. */
export const fileLinkProps = (f: FileFormat) =>
  f === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' };

/**
 * Text trimmed at the ends only; empty titled sections stay (the template's headings). A seed template's sections
 * are its parts in order, so there an emptied one stays too (the report leaves that part out); otherwise it goes.
 */
export function cleanNarrative(sections: NarrativeSection[], layout: ReportLayout = 'daily'): NarrativeSection[] {
  return sections
    .map((s) => ({ title: s.title.trim(), text: s.text.replace(/^\s+|\s+$/g, '') }))
    .filter((s) => layout !== 'daily' || s.title || s.text);
}
