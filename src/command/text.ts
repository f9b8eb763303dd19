// The command module's texts in a language (catalogues in ./locales, the pattern of src/shared/i18n.ts).
import { inBoth, type Lang } from '../shared/i18n.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

export type CommandText = typeof en;

export const commandText = (lang: Lang): CommandText => (lang === 'en' ? en : vi);

/** A text in both languages, for the lists' columns: `both((c) => c.column.title)`. */
export const both = inBoth<CommandText>(vi, en);
