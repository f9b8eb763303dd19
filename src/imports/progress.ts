// How far a long import has come, for the command line (one rewritten line on a terminal) and the API (NDJSON).
import { t, type Lang } from '../shared/messages.ts';
import type { ImportProgress } from './pipeline.ts';

const byBytes = (p: ImportProgress) => p.phase === 'receiving' || p.phase === 'reading';

/** Percent of the file's bytes received or read (null when the size is unknown); 100 once reading is over. */
export function percentRead(p: ImportProgress): number | null {
  if (!byBytes(p)) return 100;
  return p.totalBytes ? Math.min(100, Math.floor((100 * p.bytes) / p.totalBytes)) : null;
}

/** e.g. "đang đọc 120.000 dòng · 45%". */
export function progressLine(p: ImportProgress, lang: Lang): string {
  const pct = percentRead(p);
  const rows = p.rows.toLocaleString(lang === 'en' ? 'en' : 'vi-VN');
  return t(lang, `progress_${p.phase}`, { rows }) + (pct === null || !byBytes(p) ? '' : ` · ${pct}%`);
}
