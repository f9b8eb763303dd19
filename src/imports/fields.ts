// Cell parsers for import rows: each turns a trimmed non-empty cell into a value or names what is wrong.
import type { MessageKey, MessageParams } from '../shared/messages.ts';
import { parseDate, parseInstant } from '../shared/time.ts';
import { cleanText, fold, normalizePhone } from '../shared/text.ts';

export type Parsed<T> = { ok: T } | { error: MessageKey; params?: MessageParams };
export type CellParser<T> = (cell: string) => Parsed<T>;

export const text = (max = 500): CellParser<string> => (cell) => {
  const v = cleanText(cell);
  return v.length > max ? { error: 'too_long', params: { max } } : { ok: v };
};

export const integer = (min: number, max: number): CellParser<number> => (cell) => {
  const v = /^-?\d+$/.test(cell) ? Number(cell) : NaN;
  return Number.isSafeInteger(v) && v >= min && v <= max
    ? { ok: v } : { error: 'bad_integer', params: { value: cell, range: `${min}–${max}` } };
};

export const date: CellParser<string> = (cell) => {
  const v = parseDate(cell);
  return v ? { ok: v } : { error: 'bad_date', params: { value: cell } };
};

export const instant: CellParser<Date> = (cell) => {
  const v = parseInstant(cell);
  return v ? { ok: v } : { error: 'bad_instant', params: { value: cell } };
};

/** One of a fixed set; aliases are matched ignoring case and diacritics ("Nữ" → F). */
export const oneOf = <T extends string>(allowed: readonly T[], aliases: Record<string, T> = {}): CellParser<T> => (cell) => {
  const key = fold(cell);
  const hit = allowed.find((a) => a.toLowerCase() === key) ?? aliases[key];
  return hit ? { ok: hit } : { error: 'bad_enum', params: { value: cell, allowed: allowed.join(', ') } };
};

export const phone: CellParser<string> = (cell) => {
  const v = normalizePhone(cell);
  return v ? { ok: v } : { error: 'bad_phone', params: { value: cell } };
};

export const code = (max = 64): CellParser<string> => (cell) =>
  cell.length > max ? { error: 'too_long', params: { max } } : { ok: cell };
