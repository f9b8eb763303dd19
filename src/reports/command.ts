// The command summary (src/command/summary.ts, contracts/command.md) as a report document — tasks per assignee,
// supplies, funds, social support — rendered as HTML, DOCX and XLSX like every other report; and the supplies and
// support paragraphs the daily report gains when there is something to tell.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill, type Lang } from '../shared/i18n.ts';
import { commandSummary } from '../command/summary.ts';
import type { CommandSummary } from '../command/schemas.ts';
import type { Cell, ReportDocument, Section } from './document.ts';
import { formatCutoff, formatNumber, vnParts } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import { reportText } from './text.ts';

const programmeName = (lang: Lang, code: string) => reportText(lang).command.programmes[code] ?? code;

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
      paragraphs: suppliesParagraphs(s, ctx.lang),
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

/** "Cloramin B 860 kg (kho tỉnh 680, 930 180)" lines: stock per item with stock, then what came and went. */
export function suppliesParagraphs(s: CommandSummary, lang: Lang): string[] {
  const v = reportText(lang).command;
  const n = (x: number) => formatNumber(x, lang);
  const held = s.supplies.filter((i) => Object.keys(i.stock).length > 0);
  if (!held.length) return [];
  const list = (pick: (i: CommandSummary['supplies'][number]) => number) =>
    s.supplies
      .filter((i) => pick(i) !== 0)
      .map((i) => `${i.name} ${n(pick(i))} ${i.unit}`)
      .join(', ') || v.nothing;
  return [
    fill(v.supplies_paragraph, {
      stock: held
        .map(
          (i) =>
            `${i.name} ${n(i.stock_total)} ${i.unit} (${Object.entries(i.stock)
              .map(([store, q]) => `${store}: ${n(q)}`)
              .join('; ')})`,
        )
        .join(', '),
    }),
    fill(v.supplies_flow, { received: list((i) => i.received), issued: list((i) => i.issued) }),
  ];
}

/** One sentence per programme with approved beneficiaries. */
export function supportParagraphs(s: CommandSummary, lang: Lang): string[] {
  const v = reportText(lang).command;
  return s.support.map((p) =>
    fill(v.support_paragraph, {
      programme: programmeName(lang, p.programme),
      approved: formatNumber(p.approved, lang),
      approved_vnd: formatNumber(p.approved_vnd, lang),
      paid: formatNumber(p.paid, lang),
      paid_pct: formatNumber(p.paid_pct, lang),
      paid_vnd: formatNumber(p.paid_vnd, lang),
    }),
  );
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
