// Sends an import file with XMLHttpRequest (fetch cannot report upload progress) and reads the importer's answer:
// with `Accept: application/x-ndjson` the server streams one JSON line per step while it reads, checks and
// writes the file, then one line with the result (or the error).
import { apiError, apiHeaders, ApiError } from '../shared/api.ts';
import type { components } from '../shared/api-schema.d.ts';

type Schemas = components['schemas'];
export type Rejection = Schemas['ImportRejected'];
export type ImportResult = Schemas['ImportResult'];
/** The server's progress, with percent of the file read. */
export type ServerProgress = Schemas['ImportProgress'];
/** One line of the NDJSON answer: progress, the result, or the error. */
type Line = Schemas['ImportProgressLine'];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const NDJSON = 'application/x-ndjson';
/** What the file input offers: CSV and Excel workbooks. */
export const ACCEPTED_FILES = `.csv,text/csv,.xlsx,${XLSX_TYPE}`;

/** The Content-Type the server reads the file by: an Excel workbook by its name or type, else CSV. */
export function importContentType(file: { name?: string; type?: string }): string {
  return /\.xlsx$/i.test(file.name ?? '') || file.type === XLSX_TYPE ? XLSX_TYPE : 'text/csv';
}

export function importUrl(kind: string, partial: boolean, fileName: string): string {
  const q = new URLSearchParams({ partial: String(partial), file_name: fileName.slice(0, 200) });
  return `/api/v1/imports/${encodeURIComponent(kind)}?${q}`;
}

/** The complete lines of an NDJSON text from `from` on, parsed, and where the next line starts (the server ends each with \n). */
export function ndjsonLines(text: string, from: number): { items: unknown[]; next: number } {
  const items: unknown[] = [];
  let next = from;
  for (let nl = text.indexOf('\n', next); nl >= 0; nl = text.indexOf('\n', next)) {
    const line = text.slice(next, nl).trim();
    next = nl + 1;
    if (line) items.push(JSON.parse(line));
  }
  return { items, next };
}

export interface UploadProgress {
  /** Bytes of the file sent so far. */
  onUpload(sent: number, total: number): void;
  /** What the server has done so far. */
  onServer(p: ServerProgress): void;
}

/** Resolves with the result (also when rows were rejected); rejects with the server's message otherwise. */
export function uploadImport(
  kind: string,
  file: Blob & { name?: string },
  partial: boolean,
  progress: UploadProgress,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let result: ImportResult | undefined;
    let failure: ApiError | undefined;
    const take = () => {
      if (xhr.status !== 200 || !(xhr.getResponseHeader('content-type') ?? '').startsWith(NDJSON)) return;
      const { items, next } = ndjsonLines(xhr.responseText, read);
      read = next;
      for (const item of items as Line[]) {
        if ('progress' in item) progress.onServer(item.progress);
        else if ('result' in item) result = item.result;
        else failure = apiError(xhr.status, item, item.message);
      }
    };
    xhr.open('POST', importUrl(kind, partial, file.name ?? `${kind}.csv`));
    for (const [k, v] of Object.entries(apiHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('content-type', importContentType(file));
    xhr.setRequestHeader('accept', NDJSON);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress.onUpload(e.loaded, e.total);
    };
    xhr.onprogress = () => {
      try {
        take();
      } catch {
        /* a line cut short arrives whole later */
      }
    };
    xhr.onload = () => {
      try {
        take();
      } catch {
        /* not NDJSON: handled below */
      }
      if (result) return resolve(result);
      if (failure) return reject(failure);
      // Refused before the import began (401, 403, unknown kind…): one JSON body, or a proxy's page.
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      reject(apiError(xhr.status, body, xhr.statusText || 'network error'));
    };
    xhr.onerror = () => reject(apiError(0, null, 'network error'));
    xhr.send(file);
  });
}

export type OutcomeKey = 'imports.done' | 'imports.rejectedNothing' | 'imports.rejectedPartial';

/** Which message tells the clerk what happened: all written; nothing written (all or nothing); valid rows written. */
export function importOutcome(
  r: ImportResult,
  partial: boolean,
): { key: OutcomeKey; tone: 'ok' | 'error' | 'warn'; params: Record<string, number> } {
  const params = { rows: r.rows, inserted: r.inserted, updated: r.updated, count: r.rejected.length };
  if (r.rejected.length === 0) return { key: 'imports.done', tone: 'ok', params };
  return partial
    ? { key: 'imports.rejectedPartial', tone: 'warn', params }
    : { key: 'imports.rejectedNothing', tone: 'error', params };
}
