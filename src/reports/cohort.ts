// The arrival cohort (src/entry/cohorts.ts; seed 004 "từ Hà Nội về từ 20/7: 2.941 người, đang quản lý 1.564 …") as
// a report document, rendered to HTML, DOCX and XLSX like every report.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill } from '../shared/i18n.ts';
import { arrivalCohort, type CohortQuery } from '../entry/cohorts.ts';
import { areaName } from '../entry/origin.ts';
import { tenantGeography } from '../entry/followups.ts';
import type { CohortFigures } from '../entry/schemas.ts';
import type { ReportDocument } from './document.ts';
import { formatCutoff, formatDay } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import { reportText } from './text.ts';

const ROWS = [
  'arrived',
  'under_management',
  'centralized',
  'home',
  'self_monitoring',
  'sampled',
  'positive',
  'negative',
  'pending',
] as const;

export async function cohortDocument(db: Db, ctx: Ctx, r: CohortFigures): Promise<ReportDocument> {
  const text = reportText(ctx.lang),
    v = text.cohort;
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const origin =
    r.origin === 'abroad' ? v.abroad : (areaName('province', r.origin, await tenantGeography(db, ctx)) ?? r.origin);
  return {
    lang: ctx.lang,
    type: text.type,
    title: fill(v.title, { origin, since: formatDay(r.since) }),
    subtitle: fill(v.subtitle, { at: formatCutoff(new Date(r.at), ctx.lang) }),
    header: { ...template, symbol: null, date: null },
    info: [
      [v.info.province, ctx.province],
      [v.info.origin, r.origin],
      [v.info.since, r.since],
      [v.info.at, r.at],
    ],
    sections: [
      {
        level: 1,
        title: v.heading,
        sheet: v.sheet,
        table: { columns: [v.columns.figure, v.columns.count], rows: ROWS.map((k) => [v.rows[k], r[k]]) },
      },
    ],
  };
}

/** The cohort as a file: nguoi-ve-93-01-2021-07-20.docx */
export async function cohortFile(db: Db, ctx: Ctx, q: CohortQuery, format: FileFormat) {
  const r = await arrivalCohort(db, ctx, q);
  return {
    body: await renderFile(await cohortDocument(db, ctx, r), format),
    name: `nguoi-ve-${ctx.province}-${r.origin}-${r.since}.${format}`,
  };
}
