// CSV helpers shared by imports (COPY text) and exports.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

/** One CSV record for COPY … WITH (FORMAT csv): null → unquoted empty (NULL), strings always quoted. */
export function csvRecord(values: readonly unknown[]): string {
  return (
    values
      .map((v) => {
        if (v === null || v === undefined) return '';
        if (typeof v === 'number' || typeof v === 'boolean') return String(v);
        if (v instanceof Date) return v.toISOString();
        return '"' + String(v).replace(/"/g, '""') + '"';
      })
      .join(',') + '\n'
  );
}

/** A CSV file with a header row → records keyed by column name. For small reference files only. */
export function readCsvFile(path: string | URL): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true });
}

/**
 * A cell safe to open in a spreadsheet: text starting with = + - @ (or tab/CR) would run as a formula,
 * so it is prefixed with an apostrophe. Every CSV/XLSX export goes through this.
 */
export function safeCell(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Rows → CSV text with a header and a BOM (Excel reads UTF-8 then), every cell neutralised. */
export function csvExport(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '\uFEFF';
  const cols = Object.keys(rows[0]);
  return '\uFEFF' + cols.join(',') + '\n' + rows.map((r) => csvRecord(cols.map((c) => safeCell(r[c])))).join('');
}
