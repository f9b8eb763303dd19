// Numbers and dates as provincial reports write them: Vietnamese grouping (2.716; 18,86), the change against the
// previous report in brackets — `2.716 (+867)`, `(−5)`, `(0)` — and "ngày 27 tháng 3 năm 2020".
import { fill, type Lang } from '../shared/i18n.ts';
import { reportText } from './text.ts';

const MINUS = '\u2212'; // the typographic minus sign used in printed reports

/** 2716 → "2.716" (vi) or "2,716" (en); 18.856 → "18,86" (at most `digits` decimals); null → "—". */
export function formatNumber(n: number | null | undefined, lang: Lang = 'vi', digits = 2): string {
  if (n == null || !Number.isFinite(n)) return '—';
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const fixed = Math.abs(n)
    .toFixed(digits)
    .replace(/\.?0+$/, '');
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && Number(fixed) !== 0 ? MINUS : '';
  return sign + grouped + (frac ? decimal + frac : '');
}

/** A change with its sign: "+867", "−5", "0" (a change that rounds to zero is "0", never "−0"). */
export function formatChange(change: number, lang: Lang = 'vi', digits = 2): string {
  const rounded = Number(change.toFixed(digits));
  if (rounded === 0) return '0';
  return (rounded > 0 ? '+' : MINUS) + formatNumber(Math.abs(rounded), lang, digits);
}

/** "2.716 (+867)"; with unit '%' "18,86% (+0,5)"; no previous value → the current one alone; no current → "—". */
export function formatWithChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  lang: Lang = 'vi',
  unit = '',
): string {
  if (current == null || !Number.isFinite(current)) return '—';
  const now = formatNumber(current, lang) + unit;
  if (previous == null || !Number.isFinite(previous)) return now;
  return `${now} (${formatChange(current - previous, lang)})`;
}

/** Parts of an instant in Viet Nam time (UTC+7, no daylight saving). */
export function vnParts(d: Date) {
  const v = new Date(d.getTime() + 7 * 3600_000);
  return {
    year: v.getUTCFullYear(),
    month: v.getUTCMonth() + 1,
    day: v.getUTCDate(),
    hour: v.getUTCHours(),
    minute: v.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "06 giờ 30 ngày 27/3/2020" (vi) or "06:30 on 27/03/2020" (en): the cut-off line of a report. */
export function formatCutoff(d: Date, lang: Lang): string {
  const p = vnParts(d);
  return fill(reportText(lang).cutoff, {
    hour: pad(p.hour),
    minute: pad(p.minute),
    day: pad(p.day),
    month: pad(p.month),
    year: p.year,
  });
}

/** "ngày 27 tháng 3 năm 2020"; without a date the blanks an officer fills by hand. */
export function formatOfficialDate(d: Date | null): string {
  if (!d) return 'ngày      tháng      năm      ';
  const p = vnParts(d);
  // Nghị định 30, Phụ lục I: a day below 10 and months 1 and 2 take a leading zero.
  const day = p.day < 10 ? pad(p.day) : String(p.day);
  const month = p.month <= 2 ? pad(p.month) : String(p.month);
  return `ngày ${day} tháng ${month} năm ${p.year}`;
}

/** "dd/mm/yyyy" of a calendar date string "yyyy-mm-dd". */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
