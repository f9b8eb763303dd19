// Workbooks for district teams: a title row, a header row in the reader's language, then the rows. Every text
// cell goes through safeCell (formula-injection neutralisation); numbers stay numbers.
import ExcelJS from 'exceljs';
import { safeCell } from '../shared/csv.ts';
import type { Lang } from '../shared/messages.ts';
import { toVnIso } from '../shared/time.ts';

export type Labels = Record<Lang, string>;

export interface Column<R> {
  key: string;
  label: Labels;
  width?: number;
  /** The cell for a row; by default the row's value under `key`, dates and days written dd/mm/yyyy. */
  cell?: (row: R, lang: Lang) => unknown;
}

/** dd/mm/yyyy of a YYYY-MM-DD day. */
export const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** An instant in Viet Nam time, dd/mm/yyyy hh:mm. */
export const dmyHm = (d: Date) => {
  const iso = toVnIso(d);
  return `${dmy(iso)} ${iso.slice(11, 16)}`;
};

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dmyHm(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return dmy(v);
  return v;
}

/** Adds a sheet (name cut to Excel's 31 characters) with a bold title in A1 and headers in row 2. */
export function addSheet<R extends Record<string, unknown>>(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: Column<R>[],
  rows: R[],
  lang: Lang,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  ws.addRow([safeCell(title)]).font = { bold: true, size: 13 };
  ws.addRow(columns.map((c) => safeCell(c.label[lang]))).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => safeCell(c.cell ? c.cell(r, lang) : plain(r[c.key]))));
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? 14;
  });
  return ws;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
