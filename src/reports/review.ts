// The review-conference table of seed 003 (plan 67/KH-BCĐ, section II.6): quarantine subject group × handling.
// The counting is the quarantine module's (src/quarantine/review.ts); here it becomes a report document, so it
// renders as HTML, DOCX and XLSX like every other report. "From the start of the epidemic" when no `from` is given.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { reviewTable as quarantineReview } from '../quarantine/review.ts';
import type { Cell, ReportDocument } from './document.ts';
import { formatDay } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import type { ReviewConferenceTable } from './schemas.ts';

/** Viet Nam's first case was on 23/01/2020: a review "từ đầu dịch" counts from the start of that year. */
export const EPIDEMIC_START = '2020-01-01';

export function reviewTable(db: Db, ctx: Ctx, q: { from?: string; to: string }): Promise<ReviewConferenceTable> {
  return quarantineReview(db, ctx, { from: q.from ?? EPIDEMIC_START, to: q.to });
}

export async function reviewDocument(db: Db, ctx: Ctx, q: { from?: string; to: string }): Promise<ReportDocument> {
  const r = await reviewTable(db, ctx, q);
  const vi = ctx.lang === 'vi';
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const since = q.from
    ? vi
      ? `từ ngày ${formatDay(r.from)}`
      : `from ${formatDay(r.from)}`
    : vi
      ? 'từ đầu dịch'
      : 'since the start of the epidemic';
  const span = vi ? `${since} đến hết ngày ${formatDay(r.to)}` : `${since} to ${formatDay(r.to)}`;
  return {
    lang: ctx.lang,
    type: vi ? 'BÁO CÁO' : 'REPORT',
    title: vi ? 'Kết quả cách ly, theo dõi theo nhóm đối tượng' : 'Quarantine and monitoring by subject group',
    subtitle: `(${span})`,
    header: { ...template, symbol: null, date: null },
    info: vi
      ? [
          ['Mã tỉnh', ctx.province],
          ['Từ ngày', r.from],
          ['Đến ngày', r.to],
        ]
      : [
          ['Province', ctx.province],
          ['From', r.from],
          ['To', r.to],
        ],
    sections: [
      {
        level: 1,
        title: vi ? 'ĐỐI TƯỢNG VÀ HÌNH THỨC XỬ LÝ' : 'SUBJECT GROUPS AND HANDLING',
        sheet: vi ? 'Nhóm đối tượng' : 'Subject groups',
        table: {
          columns: vi
            ? ['STT', 'Đối tượng', 'CL tập trung', 'CL tại nhà', 'Tự theo dõi sức khỏe', 'Tổng']
            : ['No.', 'Subject group', 'Centralized', 'Home', 'Self-monitoring', 'Total'],
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
