// Numbers and times as provincial reports write them. The numbers come from the server's report renderer, so the
// dashboard shows exactly the text of the DOCX/XLSX/HTML reports: Vietnamese grouping (2.716; 18,86) and the change
// against the previous report in brackets, `2.716 (+867)`.
export { formatChange, formatNumber, formatWithChange } from '../../../src/reports/format.ts';
import { vnParts } from '../../../src/reports/format.ts';
import type { Lang } from '../../../src/shared/i18n.ts';
export type { Lang };

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in Viet Nam time: "06:30 10/09/2021" (vi) or "10/09/2021, 06:30" (en). */
export function formatInstant(iso: string, lang: Lang = 'vi'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = vnParts(d);
  const date = `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  return lang === 'en' ? `${date}, ${time}` : `${time} ${date}`;
}

/** The Viet Nam day of an instant, for chart axes: "10/09". */
export function formatDay(iso: string): string {
  const p = vnParts(new Date(iso));
  return `${pad(p.day)}/${pad(p.month)}`;
}

/** A day "2021-09-10" as written in Viet Nam: "10/09/2021". */
export const formatDate = (day: string): string => day.slice(0, 10).split('-').reverse().join('/');
