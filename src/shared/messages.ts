// Server messages and errors, in Vietnamese (default) and English: the catalogues are src/shared/locales/vi.ts and
// en.ts, written in the project's one i18n pattern (src/shared/i18n.ts).
import { fill, type Lang, type Params } from './i18n.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

export { langFrom, type Lang } from './i18n.ts';

const catalogues = { vi, en };

export type MessageKey = keyof typeof vi;
/** A message rendered later, in the reader's language: a key and its parameters (which may be messages too). */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}
export type MessageParams = Record<string, string | number | Message>;

// Parameters may also come from SQL rows (import checks), where a value can be null or a Date: only { key } nests.
const isMessage = (v: unknown): v is Message => typeof v === 'object' && v !== null && 'key' in v;

export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const filled: Params = {};
  for (const [name, v] of Object.entries(params)) filled[name] = isMessage(v) ? t(lang, v.key, v.params) : v;
  return fill(catalogues[lang][key], filled);
}

/** The things a message may name, keys `thing_…` of the catalogue ("mẫu {id}"): `notFound(thing('sample', ref))`. */
export type Thing = MessageKey extends infer K ? (K extends `thing_${infer N}` ? N : never) : never;
export const thing = (name: Thing, id?: string | number): Message => ({
  key: `thing_${name}`,
  ...(id === undefined ? {} : { params: { id } }),
});

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(vi, s);
}

/**
 * A refinement's message (zod `.refine(check, keyed(...))`) as a catalogue key and its parameters: the error handler
 * renders it in the user's language instead of showing our text as written.
 */
export const keyed = (key: MessageKey, params?: MessageParams) => ({ message: key, ...(params ? { params } : {}) });
