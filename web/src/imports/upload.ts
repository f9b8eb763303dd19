// Sends an import file with XMLHttpRequest (fetch cannot report upload progress) and reads the importer's answer.
import { apiError, apiHeaders } from '../shared/api.ts';

export interface Rejection { line: number; column: string; reason: string }
export interface ImportResult { kind: string; rows: number; inserted: number; updated: number; rejected: Rejection[] }
export interface ImportKindInfo { kind: string; columns: { name: string; required: boolean }[] }

export function importUrl(kind: string, partial: boolean, fileName: string): string {
  const q = new URLSearchParams({ partial: String(partial), file_name: fileName.slice(0, 200) });
  return `/api/v1/imports/${encodeURIComponent(kind)}?${q}`;
}

/** Resolves with the result (also when rows were rejected: HTTP 422); rejects with the server's message otherwise. */
export function uploadImport(kind: string, file: Blob & { name?: string }, partial: boolean,
  onProgress: (sent: number, total: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(kind, partial, file.name ?? `${kind}.csv`));
    for (const [k, v] of Object.entries(apiHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); };
    xhr.onload = () => {
      let body: unknown = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: a proxy's error page */ }
      if ((xhr.status === 200 || xhr.status === 422) && body && typeof body === 'object' && 'rejected' in body) resolve(body as ImportResult);
      else reject(apiError(xhr.status, body, xhr.statusText || 'network error'));
    };
    xhr.onerror = () => reject(apiError(0, null, 'network error'));
    xhr.send(file);
  });
}

export type OutcomeKey = 'imports.done' | 'imports.rejectedNothing' | 'imports.rejectedPartial';

/** Which message tells the clerk what happened: all written; nothing written (all or nothing); valid rows written. */
export function importOutcome(r: ImportResult, partial: boolean): { key: OutcomeKey; tone: 'ok' | 'error' | 'warn'; params: Record<string, number> } {
  const params = { rows: r.rows, inserted: r.inserted, updated: r.updated, count: r.rejected.length };
  if (r.rejected.length === 0) return { key: 'imports.done', tone: 'ok', params };
  return partial ? { key: 'imports.rejectedPartial', tone: 'warn', params } : { key: 'imports.rejectedNothing', tone: 'error', params };
}
