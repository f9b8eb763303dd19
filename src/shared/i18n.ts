// The one i18n pattern of the project, for server messages, reports, the public form and the web app: each text
// lives in a catalogue per language, Vietnamese first. The Vietnamese catalogue is the source: its shape types the
// English one (`Translation<typeof vi>`), so a missing or extra key is a type error; `catalogueProblems` (run over
// every catalogue pair by src/i18n.test.ts) also finds empty texts and English placeholders Vietnamese lacks.
export type Lang = 'vi' | 'en';

/** A translation of the catalogue T: the same keys, nested the same way, every text a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** The language a request asks for: English when Accept-Language (or LANG) starts with "en", else Vietnamese. */
export function langFrom(header: string | undefined): Lang {
  return header && /^en\b/i.test(header.trim()) ? 'en' : 'vi';
}

export type Params = Record<string, string | number>;

/** "Thiếu cột {name}" + { name: 'phone' } → "Thiếu cột phone" (a missing parameter reads as nothing). */
export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

// Placeholders as written by either syntax in use: `{name}` here, `{{name}}` in i18next (the web app).
const PLACEHOLDER = /\{\{?(\w+)\}?\}/g;

/** Dotted key → text of a nested catalogue. */
function texts(c: object, prefix = ''): Map<string, unknown> {
  return new Map(
    Object.entries(c).flatMap(([k, v]): [string, unknown][] =>
      v !== null && typeof v === 'object' ? [...texts(v, `${prefix}${k}.`)] : [[`${prefix}${k}`, v]],
    ),
  );
}

const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]);

/**
 * What is wrong with a pair of catalogues: keys only one has, texts empty or not strings, and placeholders in English
 * that Vietnamese lacks (a typo: nothing fills them). English may leave a placeholder out, a shorter sentence may.
 */
export function catalogueProblems(vi: object, en: object): string[] {
  const a = texts(vi),
    b = texts(en);
  const problems: string[] = [];
  for (const k of a.keys()) if (!b.has(k)) problems.push(`${k}: missing in en`);
  for (const k of b.keys()) if (!a.has(k)) problems.push(`${k}: missing in vi`);
  for (const [lang, c] of [['vi', a] as const, ['en', b] as const])
    for (const [k, v] of c)
      if (typeof v !== 'string' || !v.trim()) problems.push(`${k}: empty or not a text in ${lang}`);
  for (const [k, v] of a) {
    const w = b.get(k);
    if (typeof v !== 'string' || typeof w !== 'string') continue;
    const extra = placeholders(w).filter((p) => !placeholders(v).includes(p));
    if (extra.length) problems.push(`${k}: en has placeholders vi lacks: ${extra.join(', ')}`);
  }
  return problems;
}

/**
 * A text in both languages, picked alike from a catalogue pair — for structures built once and read in either
 * language (a list's columns): `const both = inBoth(vi, en); both((c) => c.column.phone)` → { vi, en }.
 */
export const inBoth =
  <C>(vi: C, en: C) =>
  (pick: (c: C) => string): Record<Lang, string> => ({ vi: pick(vi), en: pick(en) });
