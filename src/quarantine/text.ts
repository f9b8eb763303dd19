// The quarantine module's texts in a language (catalogues in ./locales, the pattern of src/shared/i18n.ts).
import { inBoth, type Lang } from '../shared/i18n.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

export type QuarantineText = typeof en;

export const quarantineText = (lang: Lang): QuarantineText => (lang === 'en' ? en : vi);

/** A text in both languages, for the lists' columns and titles built once: `both((c) => c.column.phone)`. */
export const both = inBoth<QuarantineText>(vi, en);
