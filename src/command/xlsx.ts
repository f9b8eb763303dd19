// The command lists as workbooks (one sheet each), in the reader's language, dates dd/mm/yyyy.
import ExcelJS from 'exceljs';
import type { Lang } from '../shared/messages.ts';
import { addSheet, workbookBuffer, type Column } from '../quarantine/xlsx.ts';
import { both, commandText } from './text.ts';
import type { Directive, Fund, StockLine, SupplyMovement, SupportProgress, Task } from './schemas.ts';

type Sheet = keyof ReturnType<typeof commandText>['sheet'];
type ColumnKey = keyof ReturnType<typeof commandText>['column'];

const col = <R>(key: ColumnKey, cell?: Column<R>['cell'], width?: number): Column<R> => ({
  key,
  label: both((c) => c.column[key]),
  cell,
  width,
});

export async function listXlsx<R extends Record<string, unknown>>(
  sheet: Sheet,
  columns: Column<R>[],
  rows: R[],
  lang: Lang,
  subtitle = '',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const title = commandText(lang).sheet[sheet];
  addSheet(wb, title, subtitle ? `${title} — ${subtitle}` : title, columns, rows, lang);
  return workbookBuffer(wb);
}

export const DIRECTIVE_COLUMNS: Column<Directive>[] = [
  col('number', undefined, 18),
  col('issued_on'),
  col('issuer', undefined, 24),
  col('kind'),
  col('subject', undefined, 60),
  col('level'),
  col('file', (r) => r.file_name, 24),
];

export const TASK_COLUMNS: Column<Task>[] = [
  col('task_ref'),
  col('directive', (r) => r.directive_number, 16),
  col('title', undefined, 50),
  col('assignee', (r) => r.assignee_name, 20),
  col('assigned_on'),
  col('due_on'),
  col('status', (r, lang) => commandText(lang).status[r.status]),
  col('done_on'),
  col('overdue', (r, lang) => (r.overdue ? commandText(lang).yes : '')),
];

export const STOCK_COLUMNS: Column<StockLine>[] = [
  col('item'),
  col('name', undefined, 28),
  col('unit'),
  col('store'),
  col('stock'),
];

export const MOVEMENT_COLUMNS: Column<SupplyMovement>[] = [
  col('movement_ref'),
  col('at', undefined, 18),
  col('name', undefined, 28),
  col('store'),
  col('kind', (r, lang) => commandText(lang).movement[r.kind], 20),
  col('quantity'),
  col('unit'),
  col('source'),
  col('counterparty', undefined, 24),
];

export const FUND_COLUMNS: Column<Fund>[] = [
  col('fund_ref'),
  col('at', undefined, 18),
  col('kind', (r, lang) => commandText(lang).fund[r.kind]),
  col('amount_vnd', undefined, 18),
  col('source', undefined, 24),
  col('purpose', undefined, 30),
];

export const SUPPORT_COLUMNS: Column<SupportProgress>[] = [
  col('programme'),
  col('district', (r) => r.district_name, 20),
  col('approved'),
  col('approved_vnd', undefined, 18),
  col('paid'),
  col('paid_vnd', undefined, 18),
  col('paid_pct'),
];
