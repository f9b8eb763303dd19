// A report as a document: the official header, headings, paragraphs and tables. Every report of the engine
// (daily, period, review conference) is built into this one shape, and the HTML, DOCX and XLSX renderers draw it.
import type { Lang } from '../shared/messages.ts';
import { formatNumber, formatWithChange } from './format.ts';

/** A number shown with its change against the previous report: "2.716 (+867)". */
export interface Figure {
  value: number | null;
  previous?: number | null;
  unit?: '%';
}
export type Cell = string | number | null | Figure;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

export interface Section {
  /** 1 = a roman-numbered part ("I. TÌNH HÌNH DỊCH BỆNH"), 2 = a numbered item within it ("1. Ca bệnh"). */
  level: 1 | 2;
  title: string;
  paragraphs?: string[];
  table?: Table;
  /** The XLSX sheet of this section (sections without one are not in the workbook). */
  sheet?: string;
}

/** The official header and footer (Nghị định 30/2020/NĐ-CP). */
export interface Header {
  issuing_parent: string;
  issuing_body: string;
  /** "12/BC-BCĐ" once issued; null on a draft (the number is left blank to be filled). */
  symbol: string | null;
  number_pattern: string;
  place: string;
  /** The date of issue; null on a draft. */
  date: Date | null;
  recipients: string[];
  signer_title: string;
  signer_name: string;
}

export interface ReportDocument {
  lang: Lang;
  /** The document type: "BÁO CÁO". */
  type: string;
  /** The subject line (trích yếu). */
  title: string;
  /** "(đến 06 giờ 30 ngày 10/09/2021)" */
  subtitle: string;
  header: Header;
  sections: Section[];
  /** Facts about the report for the first XLSX sheet: [label, value]. */
  info: [string, string][];
  /** The closing sentence, ending "./." as official documents do. */
  closing?: string;
}

export const isFigure = (c: Cell): c is Figure => c !== null && typeof c === 'object';

/** A cell as text: figures as "2.716 (+867)", numbers Vietnamese-grouped, null as "—". */
export function cellText(c: Cell, lang: Lang): string {
  if (isFigure(c)) return formatWithChange(c.value, c.previous, lang, c.unit ?? '');
  if (typeof c === 'number') return formatNumber(c, lang);
  return c ?? '—';
}

/** "12/BC-BCĐ" from the pattern "{n}/BC-BCĐ"; a draft shows the blank an officer fills by hand. */
export function symbolText(h: Pick<Header, 'symbol' | 'number_pattern'>): string {
  return h.symbol ?? h.number_pattern.replace('{n}', '      ');
}

/** Numbering of the parts: I, II, III … */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Headings numbered as official reports do: parts I., II. …; items 1., 2. … restarting in each part. */
export function numberedTitles(sections: Section[]): string[] {
  let part = 0,
    item = 0;
  return sections.map((s) => {
    if (s.level === 1) {
      part += 1;
      item = 0;
      return `${roman(part)}. ${s.title}`;
    }
    item += 1;
    return `${item}. ${s.title}`;
  });
}

/** A line of "Nơi nhận", written "- Bộ Y tế (để báo cáo);" whether or not the template typed the dash. */
export function recipientLine(r: string): string {
  return /^[-–]/.test(r.trim()) ? r.trim() : `- ${r.trim()}`;
}
