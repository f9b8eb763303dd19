// The review-conference report of seed 003 over 2/9–5/9/2021, the period (2/9 00:00, 6/9 00:00] in Viet Nam time,
// on the hand-worked province of fixtures.ts plus records a minute either side of each edge. Its DOCX is opened
// again and every number checked against the hand-worked figures and the JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { readDocx } from '../test/docx.ts';
import { importFile } from '../app/imports.ts';
import { loadScenario } from './fixtures.ts';
import { cellText } from './document.ts';
import { reviewFile, reviewReport } from './review.ts';
import { reportText } from './text.ts';
import { AppError } from '../shared/errors.ts';
import { createZoningMeasure } from '../zoning/service.ts';

const EDGES: Record<string, string> = {
  persons: `person_ref,full_name,ward_code,birth_year
X0,Biên Không,31321,1980
X1,Biên Một,31321,1981
X2,Biên Hai,31340,1982
X3,Biên Ba,31340,1983
Q0,Cách Không,31321,1990
Q1,Cách Một,31324,1991
`,
  // X0 a minute before the period, X1 in its first minute, X2 in its last, X3 a minute after.
  cases: `person_ref,confirmed_at,detected_in
X0,2021-09-01T23:59:00+07:00,community
X1,2021-09-02T00:01:00+07:00,community
X2,2021-09-05T23:59:00+07:00,entry
X3,2021-09-06T00:01:00+07:00,community
`,
  outcomes: `person_ref,outcome,at
X1,died,2021-09-05T23:59:00+07:00
X0,discharged,2021-09-06T00:01:00+07:00
`,
  quarantine: `person_ref,kind,start_at,facility_code,end_at,end_reason,subject_group
Q0,centralized,2021-09-01T23:59:00+07:00,FA,,,abroad
Q1,centralized,2021-09-02T00:01:00+07:00,FA,,,abroad
`,
  samples: `sample_ref,person_ref,taken_at,method,pool_ref,result,result_at
SQ1,Q1,2021-09-05T23:59:00+07:00,pcr,,negative,2021-09-05T23:59:30+07:00
`,
};

let t: TestDb;
before(async () => {
  t = await testDb();
  await loadScenario(t);
  for (const [kind, csv] of Object.entries(EDGES)) {
    const r = await importFile(t.db, t.ctx, kind, Readable.from([csv]));
    assert.deepEqual(r.rejected, [], kind);
  }
  // Directive 16 in Vị Thanh from the period's last day; Directive 15 in Ngã Bảy ending the day before it; a
  // lockdown (not a distancing directive) within it.
  const measure = (unit_code: string, measure: 'ct15' | 'ct16' | 'lockdown', from: string, to: string | null) =>
    createZoningMeasure(t.db, t.ctx, {
      unit_code,
      measure,
      from_date: from,
      to_date: to,
      decision_number: measure === 'ct16' ? '1502/QĐ-UBND' : null,
      note: null,
    });
  await measure('930', 'ct16', '2021-09-05', '2021-09-20');
  await measure('931', 'ct15', '2021-08-01', '2021-09-01');
  await measure('931', 'lockdown', '2021-09-03', null);
});
after(async () => {
  await t.close();
});

const PERIOD = { from: '2021-09-02', to: '2021-09-05' };
const v = reportText('vi').review;

test(`[${engineName}] review report: the period's figures from records at its edges`, async () => {
  const r = await reviewReport(t.db, t.ctx, PERIOD);
  assert.deepEqual([r.from, r.to], ['2021-09-02', '2021-09-05']);
  const p = r.period;
  assert.deepEqual(
    [p.from, p.compare_at, p.to],
    ['2021-09-02T00:00:00+07:00', '2021-09-02T00:00:00+07:00', '2021-09-06T00:00:00+07:00'],
  );
  // At the end: C1, C6 (before), X0, X1, X2; at the start C1, C6, X0. X1 died in the last minute; X0's discharge
  // a minute after does not count.
  assert.deepEqual(
    [p.at_to.cases.total, p.at_compare.cases.total, p.at_to.cases.died, p.at_to.cases.discharged, p.at_to.cases.active],
    [5, 3, 1, 0, 4],
  );
  assert.deepEqual(p.new_cases_by_detected_in, { community: 1, quarantine: 0, entry: 1 });
  // Quarantine at the end: Q0, Q1 centralized, E3 at home, E4 self-monitoring; at the start Q0 and E4.
  assert.deepEqual(p.at_to.quarantine.current, { centralized: 2, home: 1, self_monitoring: 1, total: 4 });
  assert.equal(p.at_compare.quarantine.current.total, 2);
  // Samples: S9 (30/8) before, SQ1 in the last minute.
  assert.deepEqual([p.at_to.testing.samples_taken, p.at_compare.testing.samples_taken], [2, 1]);
  // The table counts courses started in the period: Q1 (abroad, centralized, sampled), E3 (contact, at home); Q0
  // started a minute before.
  const row = (g: string) => r.table.rows.find((x) => x.group === g)!;
  assert.deepEqual([row('abroad').centralized, row('abroad').total], [1, 1]);
  assert.deepEqual([row('contact').home, row('contact').total], [1, 1]);
  assert.deepEqual([row('tested').centralized, row('tested').total], [1, 1]);
  assert.deepEqual([row('total').centralized, row('total').home, row('total').total], [1, 1, 2]);
  assert.deepEqual(
    r.distancing.map((m) => [m.unit_code, m.measure, m.from_date, m.to_date]),
    [['930', 'ct16', '2021-09-05', '2021-09-20']],
  );
  // No entry, task or fund records in the scenario.
  assert.deepEqual([r.entry.crossings.entries, r.entry.declarations.total, r.command.tasks.total], [0, 0, 0]);
});

test(`[${engineName}] review report as DOCX: the outline in order, numbers as in the JSON, no invented ones`, async () => {
  const r = await reviewReport(t.db, t.ctx, PERIOD);
  const { body, name } = await reviewFile(t.db, t.ctx, PERIOD, 'docx');
  assert.equal(name, 'hoi-nghi-so-ket-93-2021-09-02-2021-09-05.docx');
  const { paragraphs, tables } = await readDocx(body);

  // The plan's outline, parts and items in order (item 9, vaccination, added as its note allows).
  const headings = [
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    'II. KẾT QUẢ ĐẠT ĐƯỢC',
    `1. ${v.items.direction}`,
    `2. ${v.items.resources}`,
    `3. ${v.items.communication}`,
    `4. ${v.items.border}`,
    `5. ${v.items.screening}`,
    `6. ${v.items.tracing}`,
    `7. ${v.items.care}`,
    `8. ${v.items.distancing}`,
    `9. ${v.items.vaccination}`,
    'III. ĐÁNH GIÁ CHUNG',
    '1. Ưu điểm',
    '2. Các tồn tại, hạn chế',
    'IV. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI',
    'V. ĐỀ XUẤT, KIẾN NGHỊ',
  ];
  const at = headings.map((h) => paragraphs.indexOf(h));
  assert.ok(
    at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1])),
    `headings in order: ${at}`,
  );
  assert.ok(paragraphs.includes('Sơ kết công tác phòng, chống dịch bệnh COVID-19'));
  assert.ok(paragraphs.includes('(từ ngày 02/09/2021 đến hết ngày 05/09/2021)'));
  assert.ok(paragraphs.includes('(Mốc số liệu: từ ngày 02/09/2021 đến hết ngày 05/09/2021.)'));
  // The text after a heading, up to the next one.
  const under = (h: string) =>
    paragraphs.slice(
      paragraphs.indexOf(h) + 1,
      at.find((i) => i > paragraphs.indexOf(h)),
    );
  // Items without records say so; the narrative parts leave room for the officer.
  for (const h of [headings[2], headings[5]]) assert.equal(under(h)[0], v.no_records, h);
  assert.deepEqual(under(headings[4]).slice(0, 2), [v.no_records, v.campaigns_not_kept]);
  assert.deepEqual(under('I. ĐẶC ĐIỂM TÌNH HÌNH'), [v.room, v.room]);
  assert.deepEqual(under('V. ĐỀ XUẤT, KIẾN NGHỊ').slice(0, 2), [v.room, v.room]);
  assert.equal(under(headings[6])[0], 'Ca mắc phát hiện khi nhập cảnh trong kỳ: 1.');
  assert.equal(under(headings[3])[0], 'Cơ sở cách ly tập trung: 2 cơ sở với 100 giường.');
  assert.deepEqual(under(headings[9]), [
    `Áp dụng Chỉ thị 16 tại ${r.distancing[0].unit_name} từ ngày 05/09/2021 đến ngày 20/09/2021 (1502/QĐ-UBND).`,
    v.room,
    v.room,
  ]);
  assert.ok(
    paragraphs.includes(
      'Trong kỳ ghi nhận 2 ca mắc mới: 1 ca phát hiện tại cộng đồng, 0 ca trong khu cách ly, 1 ca nhập cảnh.',
    ),
  );

  // The table subject group × handling, cell for cell the JSON's.
  const table = tables.find((tb) => tb[0][1] === 'Đối tượng')!;
  assert.deepEqual(
    table.slice(1).map((row) => row.slice(1)),
    r.table.rows.map((x) => [x.label, ...[x.centralized, x.home, x.self_monitoring, x.total].map(String)]),
  );
  assert.deepEqual(table.at(-1), ['', 'Tổng', '1', '1', '0', '2']);

  // Item 7's figures: each "value (change in the period)" the JSON's, and the hand-worked ones.
  const care = tables.find((tb) => tb[0][1] === 'Đến hết ngày 05/09/2021 (tăng/giảm trong kỳ)')!;
  const rows = reportText('vi').figures.rows;
  const cell = (label: string) => care.find((x) => x[0] === label)?.[1];
  const { at_to: end, at_compare: start } = r.period;
  assert.equal(cell(rows['cases.total']), cellText({ value: end.cases.total, previous: start.cases.total }, 'vi'));
  assert.deepEqual(
    [
      cell(rows['cases.total']),
      cell(rows['cases.died']),
      cell(rows['cases.discharged']),
      cell(rows['cases.active']),
      cell(rows['quarantine.current.total']),
      cell(rows['quarantine.current.centralized']),
      cell(rows['testing.samples_taken']),
    ],
    ['5 (+2)', '1 (+1)', '0 (0)', '4 (+1)', '4 (+2)', '2 (+1)', '2 (+1)'],
  );
  // The 24-hour figures of the daily report are not the period's, and are not shown.
  assert.equal(cell(rows['cases.new']), undefined);
});

test(`[${engineName}] review report: XLSX sheets, from the start of the epidemic, bad periods refused by field`, async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await reviewFile(t.db, t.ctx, PERIOD, 'xlsx')).body as unknown as ArrayBuffer);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['Thông tin', v.sheets.table, v.sheets.care, v.sheets.vaccination],
  );
  const all = await reviewReport(t.db, t.ctx, { to: '2021-09-05' });
  assert.equal(all.from, '2020-01-01');
  assert.equal(all.period.new_cases_by_detected_in.community, 4); // C6, C1, X0, X1
  const html = (await reviewFile(t.db, t.ctx, { to: '2021-09-05' }, 'html')).body.toString('utf8');
  assert.ok(html.includes('(Mốc số liệu: từ đầu dịch đến hết ngày 05/09/2021.)'));
  const refused = async (q: { from?: string; to?: string }) => {
    const e = await reviewReport(t.db, t.ctx, q).catch((x: AppError) => x);
    assert.ok(e instanceof AppError, JSON.stringify(q));
    return [e.field, e.toJSON('vi').message];
  };
  assert.deepEqual(await refused({ from: '2021-09-06', to: '2021-09-05' }), [
    'from',
    'Ngày bắt đầu kỳ báo cáo sau ngày kết thúc',
  ]);
  assert.deepEqual(await refused({ to: '2021-02-30' }), [
    'to',
    'Ngày không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY): 2021-02-30',
  ]);
  assert.equal((await refused({}))[0], 'to');
});
