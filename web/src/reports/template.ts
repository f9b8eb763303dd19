// The report template of the user's jurisdiction (GET/PUT /api/v1/reports/template) and its form: lists are
// edited one item per line, schedule times as rows; the server's error names the field, which names the input.
import type { components } from '../shared/api-schema.d.ts';
import type { ReportLayout } from './report-list.ts';

export type ReportTemplate = components['schemas']['ReportTemplate'];

/** The single-line text fields, in the order of the form. */
export const TEXT_FIELDS = [
  'issuing_parent',
  'issuing_body',
  'number_pattern',
  'place',
  'title',
  'signer_title',
  'signer_name',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface TemplateForm extends Record<TextField, string> {
  recipients: string;
  narrative_titles: string;
  schedule: { time: string; cutoff: string; template: ReportLayout }[];
}

export function toForm(t: ReportTemplate): TemplateForm {
  return {
    issuing_parent: t.issuing_parent,
    issuing_body: t.issuing_body,
    number_pattern: t.number_pattern,
    place: t.place,
    title: t.title,
    signer_title: t.signer_title,
    signer_name: t.signer_name,
    recipients: t.recipients.join('\n'),
    narrative_titles: t.narrative_titles.join('\n'),
    schedule: t.schedule.map((s) => ({ time: s.time, cutoff: s.cutoff ?? '', template: s.template ?? 'daily' })),
  };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The PUT body: blank lines dropped, a schedule row without a cut-off drafts at its own time (daily by default). */
export function fromForm(f: TemplateForm): ReportTemplate {
  return {
    issuing_parent: f.issuing_parent,
    issuing_body: f.issuing_body,
    number_pattern: f.number_pattern,
    place: f.place,
    title: f.title,
    recipients: lines(f.recipients),
    signer_title: f.signer_title,
    signer_name: f.signer_name,
    narrative_titles: lines(f.narrative_titles),
    schedule: f.schedule.map((s) => ({
      time: s.time,
      ...(s.cutoff ? { cutoff: s.cutoff } : {}),
      ...(s.template !== 'daily' ? { template: s.template } : {}),
    })),
  };
}

/**
 * The input a server error belongs to: a schedule row's own time (`schedule.1.cutoff`), otherwise the field
 * (`recipients.3` is a line of the recipients box). Unknown or missing fields belong to the form as a whole.
 */
export function errorTarget(field: string | undefined): string | null {
  if (!field) return null;
  const row = field.match(/^schedule\.(\d+)\.(time|cutoff|template)$/);
  if (row) return `schedule.${row[1]}.${row[2]}`;
  const top = field.split('.')[0];
  return (TEXT_FIELDS as readonly string[]).includes(top) ||
    top === 'recipients' ||
    top === 'narrative_titles' ||
    top === 'schedule'
    ? top
    : null;
}

/** The id of the input for a field (`schedule.0.time` → `tpl-schedule-0-time`). */
export const inputId = (field: string) => `tpl-${field.replace(/\./g, '-')}`;
