// The supplies and social support paragraphs of the command summary (src/command/summary.ts): in the command
// report and, when there is something to tell, as parts of the daily report's HTML and DOCX.
import { fill, type Lang } from '../shared/i18n.ts';
import type { CommandSummary } from '../command/schemas.ts';
import type { Section } from './document.ts';
import { formatNumber } from './format.ts';
import { reportText } from './text.ts';

/** A programme's name in reports: the known ones by name (Nghị quyết 68/NQ-CP), others by their code. */
export const programmeName = (lang: Lang, code: string) => reportText(lang).command.programmes[code] ?? code;

/** "Cloramin B 860 kg (Hậu Giang: 680; Vị Thanh: 180)": stock per item held somewhere, then what came and went. */
export function suppliesParagraphs(s: CommandSummary, lang: Lang, stores: Record<string, string> = {}): string[] {
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
              .map(([store, q]) => `${stores[store] ?? store}: ${n(q)}`)
              .join('; ')})`,
        )
        .join(', '),
    }),
    fill(v.supplies_flow, { received: list((i) => i.received), issued: list((i) => i.issued) }),
  ];
}

/** The daily report's parts on supplies and social support, each only when there is something to tell. */
export function dailyCommandSections(s: CommandSummary, lang: Lang, stores: Record<string, string> = {}): Section[] {
  const v = reportText(lang).command;
  const supplies = suppliesParagraphs(s, lang, stores),
    support = supportParagraphs(s, lang);
  return [
    ...(supplies.length ? [{ level: 1 as const, title: v.supplies.title, paragraphs: supplies }] : []),
    ...(support.length ? [{ level: 1 as const, title: v.support.title, paragraphs: support }] : []),
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
