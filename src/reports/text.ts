// The report texts in a language (catalogues in ./locales, the pattern of src/shared/i18n.ts).
import type { Lang } from '../shared/i18n.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

export type ReportText = typeof en;
export type FigurePath = keyof ReportText['figures']['rows'];

export const reportText = (lang: Lang): ReportText => (lang === 'en' ? en : vi);
