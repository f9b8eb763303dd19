// Cell parsers for import rows: each turns a trimmed non-empty cell into a value or names what is wrong.
import type { MessageKey, MessageParams } from '../shared/messages.ts';
import { parseDate, parseInstant } from '../shared/time.ts';
import { cleanText, fold, normalizePhone } from '../shared/text.ts';

export type Parsed<T> = { ok: T } | { error: MessageKey; params?: MessageParams };
export type CellParser<T> = (cell: string) => Parsed<T>;

export const text =
  (max = 500): CellParser<string> =>
  (cell) => {
    const v = cleanText(cell);
    return v.length > max ? { error: 'too_long', params: { max } } : { ok: v };
  };

export const integer =
  (min: number, max: number): CellParser<number> =>
  (cell) => {
    const v = /^-?\d+$/.test(cell) ? Number(cell) : NaN;
    return Number.isSafeInteger(v) && v >= min && v <= max
      ? { ok: v }
      : { error: 'bad_integer', params: { value: cell, range: `${min}–${max}` } };
  };

export const date: CellParser<string> = (cell) => {
  const v = parseDate(cell);
  return v ? { ok: v } : { error: 'bad_date', params: { value: cell } };
};

// `YYYY-MM-DD HH:MM[:SS]` (Viet Nam time) is what lab files carry by the million: read it without building ISO
// text and two Dates per cell; anything else (or any doubt) goes to parseInstant, which decides.
const LOCAL_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const instant: CellParser<Date> = (cell) => {
  const m = LOCAL_INSTANT.exec(cell);
  if (m) {
    const y = +m[1],
      mo = +m[2],
      d = +m[3],
      h = +m[4],
      mi = +m[5],
      sec = m[6] ? +m[6] : 0;
    if (
      y >= 1000 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      h <= 23 &&
      mi <= 59 &&
      sec <= 59 &&
      (d <= 28 || d <= daysIn(y, mo))
    ) {
      return { ok: new Date(Date.UTC(y, mo - 1, d, h - 7, mi, sec)) };
    }
  }
  const v = parseInstant(cell);
  return v ? { ok: v } : { error: 'bad_instant', params: { value: cell } };
};

/** One of a fixed set; aliases are matched ignoring case and diacritics ("Nữ" → F). */
export const oneOf = <T extends string>(allowed: readonly T[], aliases: Record<string, T> = {}): CellParser<T> => {
  // A value written exactly as allowed (the usual case) is found without folding.
  const exact = new Map(allowed.map((a) => [a, { ok: a }]));
  return (cell) => {
    const direct = exact.get(cell as T);
    if (direct) return direct;
    const key = fold(cell);
    const hit = allowed.find((a) => a.toLowerCase() === key) ?? aliases[key];
    return hit ? { ok: hit } : { error: 'bad_enum', params: { value: cell, allowed: allowed.join(', ') } };
  };
};

export const phone: CellParser<string> = (cell) => {
  const v = normalizePhone(cell);
  return v ? { ok: v } : { error: 'bad_phone', params: { value: cell } };
};

export const code =
  (max = 64): CellParser<string> =>
  (cell) =>
    cell.length > max ? { error: 'too_long', params: { max } } : { ok: cell };
