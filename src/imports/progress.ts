// How far a long import has come, for the command line (one rewritten line on a terminal) and the API (NDJSON).
import type { Lang } from '../shared/messages.ts';
import type { ImportProgress } from './pipeline.ts';

/** Percent of the file's bytes read (null when the size is unknown); 100 once reading is over. */
export function percentRead(p: ImportProgress): number | null {
  if (p.phase !== 'reading') return 100;
  return p.totalBytes ? Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes)) : null;
}

const PHASES: Record<ImportProgress['phase'], Record<Lang, string>> = {
  reading: { vi: 'đang đọc', en: 'reading' },
  checking: { vi: 'đang kiểm tra', en: 'checking' },
  applying: { vi: 'đang ghi', en: 'writing' },
};

/** e.g. "đang đọc 120.000 dòng · 45%". */
export function progressLine(p: ImportProgress, lang: Lang): string {
  const pct = percentRead(p);
  const rows = p.rows.toLocaleString(lang === 'en' ? 'en' : 'vi-VN');
  return `${PHASES[p.phase][lang]} ${rows} ${lang === 'en' ? 'rows' : 'dòng'}${pct === null || p.phase !== 'reading' ? '' : ` · ${pct}%`}`;
}
