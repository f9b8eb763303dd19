// Server messages and errors, in Vietnamese (default) and English: the catalogues are src/shared/locales/vi.ts and
// en.ts, written in the project's one i18n pattern (src/shared/i18n.ts).
import { fill, type Lang, type Params } from './i18n.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

export { langFrom, type Lang } from './i18n.ts';

const catalogues = { vi, en };

export type MessageKey = keyof typeof vi;
export type MessageParams = Params;

export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fill(catalogues[lang][key], params);
}

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(vi, s);
}

/**
 * A refinement's message (zod `.refine(check, keyed(...))`) as a catalogue key and its parameters: the error handler
 * renders it in the user's language instead of showing our text as written.
 */
export const keyed = (key: MessageKey, params?: MessageParams) => ({ message: key, ...(params ? { params } : {}) });
