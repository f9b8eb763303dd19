// The command summary (src/command/summary.ts, contracts/command.md) as a report document — tasks per assignee,
// supplies, funds, social support — rendered as HTML, DOCX and XLSX like every other report; and the supplies and
// support paragraphs the daily report gains when there is something to tell.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill } from '../shared/i18n.ts';
import { commandSummary } from '../command/summary.ts';
import { storeNames } from '../command/supplies.ts';
import type { CommandSummary } from '../command/schemas.ts';
import type { Cell, ReportDocument, Section } from './document.ts';
import { formatCutoff, vnParts } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import { reportText } from './text.ts';
import { programmeName, suppliesParagraphs } from './command-paragraphs.ts';

export async function commandDocument(db: Db, ctx: Ctx, s: CommandSummary): Promise<ReportDocument> {
  const text = reportText(ctx.lang),
    v = text.command,
    c = v.columns;
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const t = s.tasks;
  const fundRows = s.funds.by_source.map((f): Cell[] => [v.fund_kinds[f.kind], f.source ?? v.no_source, f.amount_vnd]);
  const sections: Section[] = [
    {
      level: 1,
      title: v.tasks.title,
      sheet: v.tasks.sheet,
      table: {
        columns: [c.assignee, c.total, c.done, c.open, c.overdue],
        rows: [
          ...t.by_assignee.map((a): Cell[] => [a.assignee, a.total, a.done, a.open, a.overdue]),
          [v.total, t.total, t.done, t.open, t.overdue],
        ],
      },
    },
    {
      level: 1,
      title: v.supplies.title,
      sheet: v.supplies.sheet,
      paragraphs: suppliesParagraphs(s, ctx.lang, await storeNames(db, ctx)),
      table: {
        columns: [c.item, c.unit, c.stock, c.received, c.issued],
        rows: s.supplies.map((i): Cell[] => [i.name, i.unit, i.stock_total, i.received, i.issued]),
      },
    },
    {
      level: 1,
      title: v.funds.title,
      sheet: v.funds.sheet,
      table: {
        columns: [c.kind, c.source, c.amount],
        rows: [
          ...fundRows,
          [v.fund_kinds.allocation, v.total, s.funds.allocation],
          [v.fund_kinds.donation, v.total, s.funds.donation],
          [v.fund_kinds.spending, v.total, s.funds.spending],
        ],
      },
    },
    {
      level: 1,
      title: v.support.title,
      sheet: v.support.sheet,
      table: {
        columns: [c.programme, c.approved, c.approved_vnd, c.paid, c.paid_vnd, c.paid_pct],
        rows: s.support.map((p): Cell[] => [
          programmeName(ctx.lang, p.programme),
          p.approved,
          p.approved_vnd,
          p.paid,
          p.paid_vnd,
          p.paid_pct,
        ]),
      },
    },
  ];
  const at = new Date(s.at),
    from = new Date(s.from);
  return {
    lang: ctx.lang,
    type: text.type,
    title: v.title,
    subtitle: fill(v.subtitle, { as_of: formatCutoff(at, ctx.lang), from: formatCutoff(from, ctx.lang) }),
    header: { ...template, symbol: null, date: null },
    info: [
      [v.info.province, ctx.province],
      [v.info.at, s.at],
      [v.info.from, s.from],
    ],
    sections,
  };
}

export async function commandFile(db: Db, ctx: Ctx, at: Date, from: Date | undefined, format: FileFormat) {
  const s = await commandSummary(db, ctx, at, from);
  const p = vnParts(at);
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    body: await renderFile(await commandDocument(db, ctx, s), format),
    name: `chi-dao-${ctx.province}-${p.year}-${pad(p.month)}-${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}.${format}`,
  };
}
