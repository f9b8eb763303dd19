// The review-conference table of seed 003 (plan 67/KH-BCĐ, section II.6): quarantine subject group × handling.
// The counting is the quarantine module's (src/quarantine/review.ts); here it becomes a report document, so it
// renders as HTML, DOCX and XLSX like every other report. "From the start of the epidemic" when no `from` is given.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill } from '../shared/i18n.ts';
import { reviewTable as quarantineReview } from '../quarantine/review.ts';
import { quarantineText } from '../quarantine/text.ts';
import type { Cell, ReportDocument } from './document.ts';
import { formatDay } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import type { ReviewConferenceTable } from './schemas.ts';
import { reportText } from './text.ts';

/** Viet Nam's first case was on 23/01/2020: a review "từ đầu dịch" counts from the start of that year. */
export const EPIDEMIC_START = '2020-01-01';

export function reviewTable(db: Db, ctx: Ctx, q: { from?: string; to: string }): Promise<ReviewConferenceTable> {
  return quarantineReview(db, ctx, { from: q.from ?? EPIDEMIC_START, to: q.to });
}

export async function reviewDocument(db: Db, ctx: Ctx, q: { from?: string; to: string }): Promise<ReportDocument> {
  const r = await reviewTable(db, ctx, q);
  const text = reportText(ctx.lang),
    v = text.review;
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const since = q.from ? fill(v.since, { from: formatDay(r.from) }) : v.since_start;
  const { sheet, column: c } = quarantineText(ctx.lang).review; // the quarantine module's own table headers
  return {
    lang: ctx.lang,
    type: text.type,
    title: v.title,
    subtitle: fill(v.span, { since, to: formatDay(r.to) }),
    header: { ...template, symbol: null, date: null },
    info: [
      [v.info.province, ctx.province],
      [v.info.from, r.from],
      [v.info.to, r.to],
    ],
    sections: [
      {
        level: 1,
        title: v.heading,
        sheet,
        table: {
          columns: [c.no, c.label, c.centralized, c.home, c.self_monitoring, c.total],
          rows: r.rows.map((row, i): Cell[] => [
            row.group === 'total' ? '' : String(i + 1),
            row.label,
            row.centralized,
            row.home,
            row.self_monitoring,
            row.total,
          ]),
        },
      },
    ],
  };
}

export async function reviewFile(db: Db, ctx: Ctx, q: { from?: string; to: string }, format: FileFormat) {
  return {
    body: await renderFile(await reviewDocument(db, ctx, q), format),
    name: `hoi-nghi-so-ket-${ctx.province}-${q.from ?? EPIDEMIC_START}-${q.to}.${format}`,
  };
}
