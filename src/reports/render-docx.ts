// A report document as DOCX in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, margins top/bottom 20 mm,
// left 30 mm, right 15 mm; Times New Roman 13 pt (titles 14 pt); the issuing body and number on the left, the
// national motto with place and date on the right; headings, tables; "Nơi nhận" and the signature block; page numbers
// centred at the top from page 2 (the first page has none).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import {
  cellText,
  isFigure,
  numberedTitles,
  recipientLine,
  symbolText,
  type Cell,
  type ReportDocument,
} from './document.ts';
import { formatOfficialDate } from './format.ts';

export const A4 = { width: 11906, height: 16838 }; // twips (1/20 pt)
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 }; // 20, 20, 30, 15 mm
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const BODY = 26,
  TITLE = 28,
  SMALL = 24,
  RECIPIENTS = 22; // half-points: 13, 14, 12, 11 pt

type RunOpts = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

/** Runs of one or more lines (\n breaks the line inside the paragraph). */
function runs(text: string, o: RunOpts = {}): ParagraphChild[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        bold: o.bold,
        italics: o.italics,
        size: o.size ?? BODY,
        break: i > 0 ? 1 : undefined,
        underline: o.underline ? {} : undefined,
      }),
  );
}

function para(
  text: string,
  o: RunOpts & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    after?: number;
    before?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    children: runs(text, o),
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 567 } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 120, line: 288 },
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A borderless layout table: the header blocks and the footer blocks sit side by side. */
function layout(widths: number[], cells: Paragraph[][][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: cells.map(
      (row) =>
        new TableRow({
          children: row.map(
            (children, i) =>
              new TableCell({
                children,
                width: { size: widths[i], type: WidthType.DXA },
                borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              }),
          ),
        }),
    ),
  });
}

const center = (text: string, o: RunOpts = {}) => para(text, { ...o, align: AlignmentType.CENTER, after: 0 });
/** The short rule under the issuing body and under the motto. */
const rule = (width: number) =>
  new Paragraph({
    children: [],
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    border: { bottom: LINE },
    indent: { left: width, right: width },
  });

function figureTable(columns: string[], rows: Cell[][], lang: ReportDocument['lang']): Table {
  const first = Math.round(TEXT_WIDTH * (columns.length > 2 ? 0.16 : 0.58));
  const rest = Math.floor((TEXT_WIDTH - first) / (columns.length - 1));
  const widths = [first, ...columns.slice(1).map(() => rest)];
  const cell = (text: string, i: number, o: RunOpts & { right?: boolean } = {}) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        para(text, {
          ...o,
          after: 0,
          align: o.right ? AlignmentType.RIGHT : o.bold ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, { bold: true })) }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: r.map((c, i) => cell(cellText(c, lang), i, { right: isFigure(c) || typeof c === 'number' })),
          }),
      ),
    ],
  });
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const h = doc.header;
  const leftW = Math.round(TEXT_WIDTH * 0.4),
    rightW = TEXT_WIDTH - leftW;
  const header = layout(
    [leftW, rightW],
    [
      [
        [center(h.issuing_parent, { size: BODY }), center(h.issuing_body, { bold: true }), rule(900)],
        [
          center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SMALL }),
          center('Độc lập - Tự do - Hạnh phúc', { bold: true, size: TITLE }),
          rule(1500),
        ],
      ],
      [[center(`Số: ${symbolText(h)}`)], [center(`${h.place}, ${formatOfficialDate(h.date)}`, { italics: true })]],
    ],
  );
  const titles = numberedTitles(doc.sections);
  const body: (Paragraph | Table)[] = [];
  doc.sections.forEach((s, i) => {
    body.push(
      para(titles[i], {
        bold: true,
        before: s.level === 1 ? 120 : 60,
        after: 60,
        align: AlignmentType.LEFT,
        indent: s.level === 2,
      }),
    );
    for (const p of s.paragraphs ?? []) body.push(para(p, { indent: true }));
    if (s.table) body.push(figureTable(s.table.columns, s.table.rows, doc.lang), para('', { after: 60 }));
  });
  if (doc.closing) body.push(para(doc.closing, { indent: true }));
  const footer = layout(
    [leftW, rightW],
    [
      [
        [
          para('Nơi nhận:', { bold: true, italics: true, size: SMALL, after: 0, align: AlignmentType.LEFT }),
          ...h.recipients.map((r) => para(recipientLine(r), { size: RECIPIENTS, after: 0, align: AlignmentType.LEFT })),
        ],
        [
          center(h.signer_title, { bold: true }),
          ...[1, 2, 3, 4].map(() => center('')),
          center(h.signer_name, { bold: true }),
        ],
      ],
    ],
  );
  const document = new Document({
    creator: 'phongdich',
    title: `${doc.type} ${doc.title}`,
    description: doc.subtitle,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN }, titlePage: true },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          header,
          center(doc.type, { bold: true, size: TITLE }),
          center(doc.title, { bold: true, size: TITLE }),
          para(doc.subtitle, { italics: true, align: AlignmentType.CENTER, after: 240 }),
          ...body,
          footer,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
