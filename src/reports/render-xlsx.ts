// A report document as an XLSX workbook: a first sheet with the report's identity, then one sheet per section.
// A figure becomes numbers (now, before, change) plus the text as printed, "2.716 (+867)"; every text cell goes
// through safeCell() so nothing typed into a template or narrative can run as a formula.
import ExcelJS from 'exceljs';
import { safeCell } from '../shared/csv.ts';
import {
  cellText,
  isFigure,
  numberedTitles,
  symbolText,
  type Cell,
  type ReportDocument,
  type Section,
} from './document.ts';
import { formatOfficialDate } from './format.ts';
import { reportText } from './text.ts';

const INT = '#,##0',
  SIGNED = '+#,##0;-#,##0;0',
  DEC = '#,##0.00',
  SIGNED_DEC = '+#,##0.00;-#,##0.00;0.00';

/** Excel refuses []:*?/\ in sheet names and more than 31 characters. */
const sheetName = (s: string) =>
  s
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();

const text = (v: string) => safeCell(v) as string;

function figureHeaders(lang: ReportDocument['lang']): string[] {
  const f = reportText(lang).xlsx.figure;
  return [f.now, f.before, f.change, f.printed];
}

function addTable(ws: ExcelJS.Worksheet, s: Section, doc: ReportDocument) {
  const t = s.table!;
  const figureCols = t.columns.map((_, j) => t.rows.some((r) => isFigure(r[j])));
  const header = t.columns.flatMap((c, j) =>
    figureCols[j] ? figureHeaders(doc.lang).map((h, k) => (k === 0 ? `${c}: ${h}` : h)) : [c],
  );
  const hr = ws.addRow(header.map(text));
  hr.font = { bold: true };
  for (const row of t.rows) {
    const formats: (string | undefined)[] = [];
    const values = row.flatMap((c: Cell, j) => {
      if (figureCols[j] && isFigure(c)) {
        const pct = c.unit === '%';
        const change = c.value != null && c.previous != null ? Number((c.value - c.previous).toFixed(2)) : null;
        formats.push(pct ? DEC : INT, pct ? DEC : INT, pct ? SIGNED_DEC : SIGNED, undefined);
        return [c.value, c.previous ?? null, change, text(cellText(c, doc.lang))];
      }
      if (figureCols[j]) {
        formats.push(undefined, undefined, undefined, undefined);
        return [null, null, null, null];
      }
      formats.push(typeof c === 'number' ? INT : undefined);
      return [typeof c === 'string' ? text(c) : (c as number | null)];
    });
    const r = ws.addRow(values);
    formats.forEach((f, k) => {
      if (f) r.getCell(k + 1).numFmt = f;
    });
  }
}

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'phongdich';
  const h = doc.header;
  const x = reportText(doc.lang).xlsx;
  const info = wb.addWorksheet(x.info_sheet);
  const rows: [string, string][] = [
    [x.issuing_parent, h.issuing_parent],
    [x.issuing_body, h.issuing_body],
    [x.symbol, symbolText(h)],
    [x.place_date, `${h.place}, ${formatOfficialDate(h.date)}`],
    [x.type, doc.type],
    [x.title, doc.title],
    [x.subtitle, doc.subtitle],
    ...doc.info,
  ];
  for (const [k, v] of rows) info.addRow([text(k), text(v)]).getCell(1).font = { bold: true };
  info.columns = [{ width: 22 }, { width: 70 }];

  const titles = numberedTitles(doc.sections);
  const sheets = new Map<string, ExcelJS.Worksheet>();
  doc.sections.forEach((s, i) => {
    if (!s.sheet) return;
    const name = sheetName(s.sheet);
    let ws = sheets.get(name);
    if (!ws) {
      ws = wb.addWorksheet(name);
      ws.columns = [
        { width: 46 },
        { width: 14 },
        { width: 14 },
        { width: 14 },
        { width: 22 },
        { width: 14 },
        { width: 14 },
      ];
      sheets.set(name, ws);
    } else ws.addRow([]);
    ws.addRow([text(titles[i])]).font = { bold: true };
    for (const p of s.paragraphs ?? []) ws.addRow([text(p)]);
    if (s.table) addTable(ws, s, doc);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
