// The seeds' own reports (seed-templates.ts) on the hand-worked province of fixtures.ts, T = 10/9/2021 06:30 and
// C = P = 9/9/2021 06:30: each template drafted, rendered to DOCX, read back, and every number of its sentences
// checked against the template's JSON (and the hand-worked figures of daily.test.ts). Added here: a case confirmed
// one minute after T (never counted), the residents scenario (seed 000) and a border post with declarations on
// both sides of T (seed 004). Then drafting, issuing and the errors over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { loadScenario, T } from './fixtures.ts';
import { loadResidentsScenario } from '../residents/test-residents.ts';
import { addShift, createSite } from '../entry/sites.ts';
import { createArea } from '../entry/followups.ts';
import { createAllocation, putSite, recordMove } from '../vaccination/supply.ts';
import { createDraft, draftFile, getDraft, getIssued, issueDraft, issuedFile, updateDraft } from './service.ts';
import { seedNarrativeTitles, seedReport } from './seed-templates.ts';
import { reportCommand } from './cli.ts';
import { getTemplate, putTemplate } from './template.ts';
import { draftDue } from './schedule.ts';
import { formatChange, formatNumber } from './format.ts';
import type { SeedReport, SeedTemplateName } from './schemas.ts';

let t: TestDb, app: FastifyInstance, officer: Client;
const C = new Date('2021-09-09T06:30:00+07:00');

before(async () => {
  t = await testDb();
  await loadScenario(t);
  await load(t, 'persons', 'person_ref,full_name,ward_code\nC7,Ca Bảy,31340\n');
  await load(t, 'cases', 'person_ref,confirmed_at,detected_in\nC7,2021-09-10T06:31:00+07:00,community\n');
  await loadResidentsScenario(t);
  await load(
    t,
    'quarantine',
    'person_ref,kind,start_at,workplace,workplace_type\nE8,home,2021-09-06T09:00:00+07:00,Công ty Minh Phú,industrial_zone\n',
  );
  await createSite(t.db, t.ctx, 'checkpoint', {
    checkpoint_code: 'BP1',
    name: 'Chốt biên phòng Huổi Puốc',
    kind: 'border_post',
    mobility: 'fixed',
    border: 'LA',
    ward_code: '31321',
  });
  await addShift(t.db, t.ctx, 'BP1', {
    starts_at: '2021-09-10T00:00:00+07:00',
    ends_at: '2021-09-10T12:00:00+07:00',
    force: 'border_guard',
    staff: 7,
  });
  await load(
    t,
    'declarations',
    'declaration_ref,declared_at,channel,checkpoint_code,full_name,from_province,travel_mode\n' +
      'D1,2021-09-10T06:30:00+07:00,paper,BP1,Khách Một,01,road\n' + // exactly at T: counts
      'D2,2021-09-10T06:31:00+07:00,paper,BP1,Khách Hai,01,road\n' + // one minute after T: does not
      'D3,2021-09-09T06:30:00+07:00,paper,BP1,Khách Ba,01,road\n', // exactly at C: before the period
  );
  // Hà Nội on the outbreak list from 9/9: its arrivals are counted from the start of that day (D3 and D1, not D2).
  await createArea(t.db, t.ctx, { level: 'province', area_code: '01', effective_from: '2021-09-09' });
  // Vaccine supply: 100 doses allocated, 80 received on T's day (counted), 20 the day after (not).
  await putSite(t.db, t.ctx, { site_code: 'KHO', name: 'Kho vắc xin CDC tỉnh', kind: 'store', ward_code: '31321' });
  const allocation = await createAllocation(t.db, t.ctx, {
    decision_number: 'QD-1',
    decided_on: '2021-09-01',
    product: 'pfizer',
    quantity: 100,
    target_level: 'province',
  });
  for (const [moved_on, quantity] of [
    ['2021-09-10', 80],
    ['2021-09-11', 20],
  ] as const)
    await recordMove(t.db, t.ctx, {
      kind: 'receipt',
      moved_on,
      site_code: 'KHO',
      product: 'pfizer',
      lot: `PF-${moved_on}`,
      expires_on: '2021-12-31',
      quantity,
      allocation_id: allocation.allocation_id,
    });
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  officer = await signIn(app, 'tinh');
});
after(async () => {
  await app.close();
  await t.close();
});

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const texts = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');

/** The paragraphs of a DOCX as a reader shows them. */
async function docxParagraphs(body: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => texts(m[0]));
}

/** Drafts a template at T against C, fills one narrative part, and reads its DOCX back. */
async function drafted(template: SeedTemplateName) {
  const d = (await createDraft(t.db, t.ctx, T, { template, compare: C }))!;
  const narrative = d.narrative.map((n, i) => (i === 0 ? { ...n, text: 'Nội dung cán bộ viết.' } : n));
  await updateDraft(t.db, t.ctx, d.draft_id, narrative);
  const json = await seedReport(t.db, t.ctx, template, T, C);
  const paragraphs = await docxParagraphs((await draftFile(t.db, t.ctx, d.draft_id, 'docx')).body);
  // The workbook: one sheet per part with sentences, the cases sentence among them.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await draftFile(t.db, t.ctx, d.draft_id, 'xlsx')).body as unknown as ArrayBuffer);
  const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
  assert.ok(
    cells.some((c) => c.includes(` ${formatNumber(json.period.at_to.cases.total)} ca`)),
    template,
  );
  /** The one paragraph starting with `start`. */
  const line = (start: string) => {
    const found = paragraphs.filter((p) => p.startsWith(start));
    assert.equal(found.length, 1, `${start}: ${JSON.stringify(paragraphs)}`);
    return found[0];
  };
  return { d, json, paragraphs, line };
}

const n = (v: number | null) => formatNumber(v, 'vi');
/** "981 ca (+79)": the figure at T, its unit, its change since C. */
const ch = (j: SeedReport, f: (x: SeedReport['period']['at_to']) => number, unit: string) =>
  `${n(f(j.period.at_to))} ${unit} (${formatChange(f(j.period.at_to) - f(j.period.at_compare), 'vi')})`;

test(`[${engineName}] seed 001 situation: cases with changes since C, new cases by district, screening, zoning`, async () => {
  const { d, json, paragraphs, line } = await drafted('situation');
  assert.equal(d.template, 'situation');
  assert.equal(d.compare_at, '2021-09-09T06:30:00+07:00');
  assert.deepEqual(
    d.narrative.map((x) => x.title),
    seedNarrativeTitles('situation'),
  );
  const c = json.period.at_to.cases;
  // Hand-worked: at T C1, C2 (exactly T), C3, C4, C6 — C5 one second and C7 one minute after T are not cases yet.
  assert.deepEqual([c.total, c.discharged, c.died, c.active], [5, 1, 1, 2]);
  assert.equal(
    line('Tính đến 06 giờ 30 ngày 10/09/2021 có tổng số'),
    `Tính đến 06 giờ 30 ngày 10/09/2021 có tổng số ${n(c.total)} ca mắc COVID-19 (so với 06 giờ 30 ngày 09/09/2021 ` +
      `tăng ${n(c.total - json.period.at_compare.cases.total)} ca); đã xuất viện ${ch(json, (f) => f.cases.discharged, 'ca')}, ` +
      `tử vong ${ch(json, (f) => f.cases.died, 'ca')}, hiện đang điều trị ${ch(json, (f) => f.cases.active, 'ca')}, trong đó có ` +
      `${n(json.period.at_to.treatment.active_by_severity.severe)} ca nặng, ` +
      `${n(json.period.at_to.treatment.active_by_severity.critical)} ca nguy kịch.`,
  );
  assert.match(
    line('Tính đến 06 giờ 30'),
    /có tổng số 5 ca mắc .*tăng 2 ca\); đã xuất viện 1 ca \(\+1\), tử vong 1 ca \(\+1\), hiện đang điều trị 2 ca \(0\)/,
  );
  // New in (C, T]: C2 (Vị Thanh, exactly at T) and C4 (Ngã Bảy); C3 exactly at C is not.
  const byDistrict = Object.fromEntries(
    json.period.new_cases_by_district.filter((x) => x.new).map((x) => [x.district_code, x.new]),
  );
  assert.deepEqual(byDistrict, { '930': 1, '931': 1 });
  assert.match(
    line('Từ 06 giờ 30 ngày 09/09/2021 đến 06 giờ 30 ngày 10/09/2021 có'),
    /có 2 ca mắc mới, các địa phương có số mắc cao là .*\(\+1\), .*\(\+1\)\.$/,
  );
  const v = json.period.at_to.vaccination;
  assert.equal(
    line('Tiêm vắc xin phòng COVID-19'),
    `Tiêm vắc xin phòng COVID-19: đã tiêm ${ch(json, (f) => f.vaccination.doses, 'mũi')}, ` +
      `${ch(json, (f) => f.vaccination.persons_dose1, 'người')} tiêm ít nhất 1 mũi, đạt ${n(v.coverage_dose1_18plus_pct)}% ` +
      `dân số từ 18 tuổi trở lên (trong đó ${ch(json, (f) => f.vaccination.persons_dose2, 'người')} đã tiêm 2 mũi).`,
  );
  assert.equal(
    line('Công tác kiểm soát phòng, chống dịch'),
    `Công tác kiểm soát phòng, chống dịch: duy trì hoạt động của ${n(json.entry!.checkpoints.sites)} chốt kiểm soát, với ${n(json.entry!.checkpoints.staff)} cán bộ tham gia.`,
  );
  assert.deepEqual([json.entry!.checkpoints.sites, json.entry!.checkpoints.staff], [1, 7]);
  // No records → said so, never a number.
  for (const what of ['xét nghiệm sàng lọc', 'an sinh xã hội', 'kinh phí'])
    assert.ok(paragraphs.includes(`Chưa có số liệu ${what} đến 06 giờ 30 ngày 10/09/2021.`), what);
  // The officer's part under its heading, the seed's outline in order.
  const i = paragraphs.indexOf('1. Trong nước');
  assert.ok(i > 0 && paragraphs[i + 1] === 'Nội dung cán bộ viết.');
  const order = [
    'I. TÌNH HÌNH DỊCH COVID-19',
    '2. Trong tỉnh',
    'II. KẾT QUẢ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    '2. Tình hình ca mắc mới',
    'III. ĐÁNH GIÁ TÌNH HÌNH DỊCH',
    '2. Đánh giá nguy cơ',
    'IV. NHIỆM VỤ TRỌNG TÂM PHÒNG, CHỐNG DỊCH TRONG THỜI GIAN TỚI',
  ];
  const at = order.map((h) => paragraphs.indexOf(h));
  assert.deepEqual(
    [...at].sort((a, b) => a - b),
    at,
  );
  assert.ok(
    at.every((x) => x >= 0),
    JSON.stringify(at),
  );
});

test(`[${engineName}] seed 000 synthesis: monitoring, facilities, samples, declarations, held elsewhere, abroad`, async () => {
  const { json, line, paragraphs } = await drafted('synthesis');
  const q = json.period.at_to.quarantine;
  assert.equal(
    line('Tổng số người được theo dõi, giám sát là'),
    `Tổng số người được theo dõi, giám sát là: ${n(q.persons_cumulative)} trường hợp (mới trong ngày: ${n(q.new)}, đủ thời gian cách ly trong ngày: ${n(q.completed)}).`,
  );
  assert.equal(line('Đang theo dõi là'), `Đang theo dõi là: ${n(q.current.total)} người. Cụ thể:`);
  // Hand-worked: FA holds E1 and E2 (exactly at T), FB holds E5; neither is a health centre.
  assert.equal(
    line('+ Cách ly theo dõi tập trung'),
    `+ Cách ly theo dõi tập trung: ${n(q.current.centralized)}. Phân bổ tại các điểm:`,
  );
  assert.equal(
    line('- Tại các khu cách ly'),
    '- Tại các khu cách ly tập trung khác: 3 (Trường Quân sự: 2; Trường Trung cấp Luật: 1).',
  );
  assert.ok(!paragraphs.some((p) => p.startsWith('- Tại các Trung tâm Y tế')));
  // E8 at home works in an industrial zone (its episode re-imported with the workplace above).
  assert.equal(line('+ Số đang theo dõi tại nhà'), `+ Số đang theo dõi tại nhà: ${n(q.current.home)}.`);
  assert.equal(line('- Tại Công ty'), '- Tại Công ty trong khu công nghiệp: 1.');
  assert.equal(line('- Người lao động'), '- Người lao động ngoài khu công nghiệp: 0.');
  const s = json.period.at_to.testing;
  assert.deepEqual([s.samples_taken, s.negative, s.positive, s.pending], [8, 4, 1, 2]);
  assert.equal(
    line('Đã lấy mẫu xét nghiệm tổng cộng'),
    `Đã lấy mẫu xét nghiệm tổng cộng ${n(s.samples_taken)} mẫu. Trong đó: ${n(s.negative)} mẫu có kết quả âm tính, ${n(s.positive)} mẫu dương tính, ${n(s.pending)} mẫu đang chờ kết quả.`,
  );
  // D1 (exactly at T) and D3 count; D2 one minute after T does not.
  assert.equal(json.entry!.declarations.total, 2);
  assert.equal(line('Tổng số người đã khai báo y tế'), 'Tổng số người đã khai báo y tế là: 2 người.');
  // Held elsewhere at T: completed H1 (82), H4 (19); current H2 (82), H3 (84), H6 (20).
  const held = json.residents!.held_elsewhere;
  const sum = (k: 'completed' | 'current') => held.reduce((a, h) => a + h[k], 0);
  assert.deepEqual([sum('completed'), sum('current')], [2, 3]);
  assert.equal(
    line('Tổng số có'),
    `Tổng số có ${n(sum('completed') + sum('current'))} người được cách ly tại các tỉnh khác.`,
  );
  assert.match(
    line('- Đã hết thời gian cách ly'),
    new RegExp(`^- Đã hết thời gian cách ly: ${sum('completed')} người \\(tại các tỉnh .+\\)\\.$`),
  );
  const current = line('- Đang theo dõi');
  assert.ok(current.startsWith(`- Đang theo dõi: ${sum('current')}. Trong đó: `));
  for (const h of held.filter((x) => x.current)) assert.match(current, new RegExp(`: ${h.current}(;|\\.$)`));
  const a = json.residents!.abroad;
  assert.deepEqual([a.total, a.returned], [5, 3]);
  assert.equal(
    line('Tổng số người dân đang ở nước ngoài'),
    `Tổng số người dân đang ở nước ngoài là: ${n(a.total)}; đã về Việt Nam: ${n(a.returned)}.`,
  );
  const expected = line('+ Dự kiến về trong thời gian tới');
  assert.ok(
    expected.startsWith(
      `+ Dự kiến về trong thời gian tới: ${a.expected_by_country.reduce((x, c) => x + c.count, 0)} (trong đó `,
    ),
  );
  assert.deepEqual(
    [...expected.matchAll(/: (\d+)(?=;|\)\.)/g)].map((m) => Number(m[1])),
    a.expected_by_country.map((c) => c.count),
  );
  assert.ok(paragraphs.includes('Chưa có số liệu vật tư, trang thiết bị đến 06 giờ 30 ngày 10/09/2021.'));
  assert.ok(paragraphs.some((p) => p.startsWith('Chưa có nguồn số liệu trong hệ thống: số người đủ thời gian')));
});

test(`[${engineName}] seed 004 border: the wave since C, days since the last case, checkpoints and arrivals in (C, T]`, async () => {
  const { json, line, paragraphs } = await drafted('border');
  const c = json.period.at_to.cases;
  assert.equal(
    line('Từ 06 giờ 30 ngày 09/09/2021 đến 06 giờ 30 ngày 10/09/2021 trên địa bàn'),
    `Từ 06 giờ 30 ngày 09/09/2021 đến 06 giờ 30 ngày 10/09/2021 trên địa bàn ghi nhận 2 trường hợp mắc COVID-19, tại 2 huyện, thị xã, thành phố.`,
  );
  assert.equal(
    line('Tính đến 06 giờ 30 ngày 10/09/2021: tổng số'),
    `Tính đến 06 giờ 30 ngày 10/09/2021: tổng số ${n(c.total)} ca mắc, đã khỏi bệnh và ra viện ${n(c.discharged)} ca, tử vong ${n(c.died)} ca, đang điều trị ${n(c.active)} ca.`,
  );
  // C2 confirmed exactly at T: the latest case is today.
  assert.equal(json.period.days_since_last_case, 0);
  assert.equal(line('Ca mắc gần nhất'), 'Ca mắc gần nhất ghi nhận trong ngày 10/09/2021.');
  const k = json.entry!.checkpoints;
  assert.equal(
    line('Duy trì hoạt động tuần tra'),
    `Duy trì hoạt động tuần tra, kiểm soát, chốt chặn của ${n(k.sites)} tổ, chốt (trong đó 1 cố định, 0 cơ động) với ${n(k.staff)} người tham gia; trong đó tuyến biên giới với Lào: 1 tổ, chốt.`,
  );
  // Over (C, T]: D1 exactly at T; D3 exactly at C and D2 after T are not.
  assert.equal(json.entry!.declarations.total, 1);
  assert.equal(
    line('Từ 06 giờ 30 ngày 09/09/2021 đến 06 giờ 30 ngày 10/09/2021, đã kiểm soát'),
    `Từ 06 giờ 30 ngày 09/09/2021 đến 06 giờ 30 ngày 10/09/2021, đã kiểm soát, lấy khai báo y tế ${n(json.entry!.declarations.total)} lượt người, trong đó ${n(json.entry!.declarations.from_outbreak_areas)} người đến từ vùng dịch.`,
  );
  assert.equal(
    line('Tính đến 06 giờ 30 ngày 10/09/2021 đã lấy'),
    `Tính đến 06 giờ 30 ngày 10/09/2021 đã lấy ${ch(json, (f) => f.testing.samples_taken, 'mẫu')} xét nghiệm, trong đó ${ch(json, (f) => f.testing.positive, 'mẫu')} dương tính, ${ch(json, (f) => f.testing.negative, 'mẫu')} âm tính, ${ch(json, (f) => f.testing.pending, 'mẫu')} đang chờ kết quả (tăng/giảm so với 06 giờ 30 ngày 09/09/2021).`,
  );
  assert.match(line('Tính đến 06 giờ 30 ngày 10/09/2021 đã lấy'), /đã lấy 8 mẫu \(\+4\) xét nghiệm/);
  const q = json.period.at_to.quarantine;
  assert.equal(
    line('Toàn tỉnh có'),
    `Toàn tỉnh có ${n(q.by_facility.length)} khu cách ly tập trung (hiện đang cách ly tại ${n(q.by_facility.filter((b) => b.current).length)} cơ sở). Tích lũy số đối tượng được cách ly, theo dõi: ${n(q.persons_cumulative)}; đang cách ly, theo dõi: ${n(q.current.total)} (tập trung ${n(q.current.centralized)}, tại nhà ${n(q.current.home)}, tự theo dõi sức khỏe ${n(q.current.self_monitoring)}).`,
  );
  // Arrivals from Hà Nội since 9/9 00:00 up to T: D3 (exactly at C, before the period but after the listing) and D1
  // (exactly at T); D2 a minute after T is not. No quarantine nor sample: every other figure is 0.
  const [hn] = json.arrivals!;
  assert.deepEqual([json.arrivals!.length, hn.origin, hn.since, hn.arrived], [1, '01', '2021-09-09', 2]);
  assert.equal(
    line('Tổng số người về từ'),
    `Tổng số người về từ ${hn.name} tính từ 09/09/2021 đến 06 giờ 30 ngày 10/09/2021: có 2 người (trong đó đang quản lý 0), đã lấy mẫu xét nghiệm 0 người, kết quả 0 âm tính, 0 dương tính, 0 chờ kết quả; áp dụng cách ly tập trung 0, cách ly tại nhà 0; tự theo dõi sức khỏe 0.`,
  );
  // The supply at the end of T's day: the 6 doses of daily.test.ts over the 80 received, 7,5 %.
  assert.deepEqual(
    [
      json.supply!.allocated,
      json.supply!.received,
      json.supply!.administered,
      json.supply!.administered_pct_of_received,
    ],
    [100, 80, 6, 7.5],
  );
  assert.equal(
    line('Tổng số liều vắc xin được cấp'),
    'Tổng số liều vắc xin được cấp đến 06 giờ 30 ngày 10/09/2021 là 100 liều, số vắc xin đã tiếp nhận về tỉnh là 80 liều. Tổng số mũi được tiêm là 6 mũi (đạt 7,5% so với số vắc xin đã tiếp nhận).',
  );
  for (const what of [
    'vụ việc xuất, nhập cảnh trái phép',
    'vi phạm quy định phòng, chống dịch',
    'vật tư, trang thiết bị',
  ])
    assert.ok(paragraphs.includes(`Chưa có số liệu ${what} đến 06 giờ 30 ngày 10/09/2021.`), what);
});

test(`[${engineName}] issuing a seed template: the JSON and DOCX kept as issued, the template recorded`, async () => {
  const d = (await createDraft(t.db, t.ctx, T, { template: 'situation', compare: C }))!;
  const draft = await getDraft(t.db, t.ctx, d.draft_id);
  assert.equal(draft.figures!.template, 'situation');
  assert.equal(draft.report.previous_as_of, '2021-09-09T06:30:00+07:00');
  assert.deepEqual(draft.report.current, draft.figures!.period.at_to);
  const r = await issueDraft(t.db, t.ctx, d.draft_id, new Date('2021-09-10T09:00:00+07:00'));
  const issued = await getIssued(t.db, t.ctx, r.report_id);
  assert.equal(issued.template, 'situation');
  assert.deepEqual(issued.data, draft.figures);
  const paragraphs = await docxParagraphs((await issuedFile(t.db, t.ctx, r.report_id, 'docx')).body);
  assert.ok(paragraphs.some((p) => p.startsWith('Tính đến 06 giờ 30 ngày 10/09/2021 có tổng số 5 ca mắc')));
  // A next draft of the same template starts from the issued text.
  const next = (await createDraft(t.db, t.ctx, T, { template: 'situation' }))!;
  assert.deepEqual(next.narrative, d.narrative);
  assert.equal(next.compare_at, null);
});

test(`[${engineName}] POST /reports/drafts: template and compare; bad input named by field, in Vietnamese`, async () => {
  const post = (payload: object) => officer({ method: 'POST', url: '/api/v1/reports/drafts', payload });
  const ok = await post({ at: '2021-09-10 06:30', template: 'border', compare: '2021-09-01 06:30' });
  assert.equal(ok.statusCode, 201);
  assert.equal(ok.json().template, 'border');
  assert.equal(ok.json().compare_at, '2021-09-01T06:30:00+07:00');
  const daily = await post({ at: '2021-09-10 06:30' });
  assert.equal(daily.json().template, 'daily');

  const after = await post({ at: '2021-09-10 06:30', template: 'situation', compare: '2021-09-11 06:30' });
  assert.equal(after.statusCode, 400);
  assert.equal(after.json().field, 'compare');
  assert.match(after.json().message, /Thời điểm so sánh .* sau thời điểm chốt số liệu/);
  const bad = await post({ at: '2021-09-10 06:30', template: 'situation', compare: 'hôm qua' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'compare');
  const unknown = await post({ at: '2021-09-10 06:30', template: 'weekly' });
  assert.equal(unknown.statusCode, 400);
  assert.match(JSON.stringify(unknown.json()), /template/);
  const dailyCompare = await post({ at: '2021-09-10 06:30', compare: '2021-09-01 06:30' });
  assert.equal(dailyCompare.statusCode, 400);
  assert.equal(dailyCompare.json().field, 'compare');
  assert.match(dailyCompare.json().message, /24 giờ/);
});

test(`[${engineName}] phongdich report situation|synthesis|border --to T --compare C: the JSON, or the DOCX`, async () => {
  const o = { to: '2021-09-10T06:30:00+07:00', compare: '2021-09-09T06:30:00+07:00' };
  const json = JSON.parse(String(await reportCommand(t.db, t.ctx, 'border', o)));
  assert.deepEqual(json, await seedReport(t.db, t.ctx, 'border', T, C));
  const docx = (await reportCommand(t.db, t.ctx, 'situation', { ...o, format: 'docx' })) as Buffer;
  const paragraphs = await docxParagraphs(docx);
  assert.ok(paragraphs.some((p) => p.startsWith('Tính đến 06 giờ 30 ngày 10/09/2021 có tổng số 5 ca mắc')));
  // The written parts stay as headings, empty.
  assert.equal(paragraphs[paragraphs.indexOf('1. Trong nước') + 1], '2. Trong tỉnh');
  await assert.rejects(reportCommand(t.db, t.ctx, 'synthesis', { to: o.compare, compare: o.to }), {
    field: 'compare',
  });
  await assert.rejects(reportCommand(t.db, t.ctx, 'synthesis', { compare: o.compare }), { field: 'to' });
});

test(`[${engineName}] the schedule drafts seed 000's synthesis report at 9h (figures to 6h30) and 15h`, async () => {
  const template = await getTemplate(t.db, t.ctx);
  await putTemplate(t.db, t.ctx, {
    ...template,
    schedule: [
      { time: '09:00', cutoff: '06:30', template: 'synthesis' },
      { time: '15:00', template: 'synthesis' },
    ],
  });
  const made = await draftDue(t.db, new Date('2021-09-10T15:00:00+07:00'));
  assert.deepEqual(
    made.map((m) => m.as_of),
    ['2021-09-10T06:30:00+07:00', '2021-09-10T15:00:00+07:00'],
  );
  for (const m of made) {
    const d = await getDraft(t.db, t.ctx, m.draft_id);
    assert.equal(d.template, 'synthesis');
    assert.equal(d.figures!.template, 'synthesis');
    assert.deepEqual(
      d.narrative.map((x) => x.title),
      seedNarrativeTitles('synthesis'),
    );
  }
});
