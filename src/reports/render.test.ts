// The renderings read back: the DOCX unzipped (text, table cells, A4, Times New Roman 13–14 pt), the XLSX opened
// with exceljs (one sheet per section, numbers, formula-safe text), the HTML escaped and script-free.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { loadScenario, T } from './fixtures.ts';
import { createDraft, draftFile, updateDraft } from './service.ts';
import { paragraphsOf, tablesOf } from '../test/docx.ts';

let t: TestDb;
let draftId: number;
const NARRATIVE = [
  {
    title: 'Nhận định tình hình',
    text: 'Dịch bệnh cơ bản được kiểm soát.\nCần theo dõi chặt chẽ người về từ vùng dịch.',
  },
  { title: 'Kiến nghị, đề xuất', text: '=HYPERLINK("http://x")\n<script>alert(1)</script> & "trích dẫn"' },
];

before(async () => {
  t = await testDb();
  await loadScenario(t);
  const d = await createDraft(t.db, t.ctx, T);
  draftId = d!.draft_id;
  await updateDraft(t.db, t.ctx, draftId, NARRATIVE);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] DOCX: Nghị định 30 layout, figures with changes in tables, narrative sections`, async () => {
  const { body } = await draftFile(t.db, t.ctx, draftId, 'docx');
  const zip = await JSZip.loadAsync(body);
  const doc = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');

  // A4 portrait, margins 20/15/20/30 mm.
  assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
  assert.match(doc, /<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  // Times New Roman 13 pt by default; every explicit size between 11 and 14 pt (Nơi nhận list 11, titles 14).
  assert.match(
    styles,
    /<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>[\s\S]*<w:sz w:val="26"\/>/,
  );
  const sizes = [...doc.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.ok(sizes.length > 50);
  assert.ok(
    sizes.every((s) => s >= 22 && s <= 28),
    `sizes ${[...new Set(sizes)]}`,
  );
  assert.ok(sizes.filter((s) => s === 26).length > sizes.length / 2, 'body text is 13 pt');

  const paras = paragraphsOf(doc);
  for (const line of [
    'UBND TỈNH HẬU GIANG',
    'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số:       /BC-BCĐ',
    'Hậu Giang, ngày      tháng      năm      ',
    'BÁO CÁO',
    'Tình hình dịch bệnh COVID-19 tại tỉnh Hậu Giang',
    '(đến 06 giờ 30 ngày 10/09/2021)',
    'I. TÌNH HÌNH DỊCH BỆNH',
    '1. Ca bệnh (F0)',
    '4. Cách ly tập trung theo cơ sở',
    'II. NHẬN ĐỊNH TÌNH HÌNH',
    'Dịch bệnh cơ bản được kiểm soát.',
    'Cần theo dõi chặt chẽ người về từ vùng dịch.',
    'III. KIẾN NGHỊ, ĐỀ XUẤT',
    '<script>alert(1)</script> & "trích dẫn"',
    'Nơi nhận:',
    '- Bộ Y tế (để báo cáo);',
    '- Lưu: VT.',
    'TRƯỞNG BAN',
  ]) {
    assert.ok(paras.includes(line), `paragraph "${line}"`);
  }

  const tables = tablesOf(doc);
  const row = (label: string) => tables.flat().find((r) => r[0] === label);
  assert.deepEqual(row('Chỉ tiêu'), ['Chỉ tiêu', 'Số liệu (tăng/giảm so với kỳ trước)']);
  assert.deepEqual(row('Tổng số ca mắc'), ['Tổng số ca mắc', '5 (+2)']);
  assert.deepEqual(row('Ca mắc mới trong kỳ'), ['Ca mắc mới trong kỳ', '2 (+1)']);
  assert.deepEqual(row('Đang điều trị'), ['Đang điều trị', '2 (0)']);
  assert.deepEqual(row('F1 (tiếp xúc gần với ca bệnh)'), ['F1 (tiếp xúc gần với ca bệnh)', '2 (\u22121)']);
  assert.deepEqual(row('FA'), ['FA', 'Trường Quân sự', '2 (+1)', '80']);
  assert.deepEqual(row('FB'), ['FB', 'Trường Trung cấp Luật', '1 (0)', '20']);
  assert.deepEqual(row('Đang chờ kết quả'), ['Đang chờ kết quả', '2 (+1)']);
  assert.deepEqual(row('Tỷ lệ người từ 18 tuổi tiêm ít nhất 1 mũi'), [
    'Tỷ lệ người từ 18 tuổi tiêm ít nhất 1 mũi',
    '1% (+0,33)',
  ]);
  // Page numbers from page 2 (NĐ 30): the first page has its own, empty header; the others a centred PAGE field.
  assert.match(doc, /<w:titlePg\/>/);
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const headerXml = async (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
    const target =
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    return zip.file(`word/${target}`)!.async('string');
  };
  assert.doesNotMatch(await headerXml('first'), /PAGE/);
  const pageHeader = await headerXml('default');
  assert.match(pageHeader, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
  assert.match(pageHeader, /<w:jc w:val="center"\/>/);

  // The header is a two-column layout: issuing body and number on the left, motto and place/date on the right.
  assert.deepEqual(
    tables[0].map((r) => r.length),
    [2, 2],
  );
});

test(`[${engineName}] XLSX: one sheet per section, numbers with their change, text made formula-safe`, async () => {
  const { body } = await draftFile(t.db, t.ctx, draftId, 'xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    [
      'Thông tin',
      'Ca bệnh',
      'Tiếp xúc',
      'Cách ly',
      'Cơ sở cách ly',
      'Xét nghiệm',
      'Tiêm chủng',
      'Điều trị',
      'Cơ sở điều trị',
      'Nội dung',
    ],
  );
  const rows = (name: string) =>
    wb
      .getWorksheet(name)!
      .getSheetValues()
      .slice(1)
      .map((r) => ((r as unknown[]) ?? []).slice(1));
  const cases = rows('Ca bệnh');
  assert.deepEqual(cases[0], ['1. Ca bệnh (F0)']);
  assert.deepEqual(cases[1], [
    'Chỉ tiêu',
    'Số liệu (tăng/giảm so với kỳ trước): Kỳ này',
    'Kỳ trước',
    'Tăng/giảm',
    'Trình bày',
  ]);
  assert.deepEqual(cases[2], ['Tổng số ca mắc', 5, 3, 2, '5 (+2)']);
  assert.deepEqual(
    cases.find((r) => r[0] === 'Đã ra viện'),
    ['Đã ra viện', 1, 0, 1, '1 (+1)'],
  );
  assert.deepEqual(rows('Cơ sở cách ly')[2], ['FA', 'Trường Quân sự', 2, 1, 1, '2 (+1)', 80]);
  assert.deepEqual(
    rows('Tiêm chủng').find((r) => String(r[0]).startsWith('Tỷ lệ')),
    ['Tỷ lệ người từ 18 tuổi tiêm ít nhất 1 mũi', 1, 0.67, 0.33, '1% (+0,33)'],
  );
  const narrative = rows('Nội dung').flat();
  assert.ok(narrative.includes(`'=HYPERLINK("http://x")`), 'a narrative line starting with = is not a formula');
  assert.ok(narrative.includes('II. NHẬN ĐỊNH TÌNH HÌNH'));
  const info = rows('Thông tin');
  assert.deepEqual(
    info.find((r) => r[0] === 'Số liệu đến'),
    ['Số liệu đến', '2021-09-10T06:30:00+07:00'],
  );
  assert.ok(
    wb.worksheets.every((w) =>
      w
        .getSheetValues()
        .flat()
        .every((v) => !(v && typeof v === 'object' && 'formula' in v)),
    ),
  );
});

test(`[${engineName}] HTML: escaped, no script, the same figures`, async () => {
  const { body } = await draftFile(t.db, t.ctx, draftId, 'html');
  const html = body.toString('utf8');
  assert.ok(!/<script/i.test(html), 'no script element');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích dẫn&quot;'));
  assert.match(html, /<td>Tổng số ca mắc<\/td><td class="num">5 \(\+2\)<\/td>/);
  assert.match(html, /<td>FA<\/td><td>Trường Quân sự<\/td><td class="num">2 \(\+1\)<\/td><td class="num">80<\/td>/);
  assert.ok(html.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
});
