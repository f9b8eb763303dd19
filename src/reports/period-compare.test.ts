// The period report against an earlier instant (docs/contracts/period-report.md "Period report"), hand-worked on
// the province of fixtures.ts (every record of it at or before 11/9/2021) plus the cases below, placed on purpose:
//   C = 12/9/2021 06:30, T = 20/9/2021 06:30 (Viet Nam time); the period is C < t ≤ T unless `from` is given.
//   PA exactly at C (not new) · PB one minute after C (new, quarantine) · PG 14/9 10:00 (new, entry)
//   PH 15/9 23:59 (new, community; the latest case before 16/9 00:00) · PD exactly at T (new, community)
//   PE one minute after T (not counted anywhere).
// Wards: 31321 and 31324 lie in district 930 (Vị Thanh), 31340 in district 931 (Ngã Bảy); 932–937 have no case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { loadScenario } from './fixtures.ts';
import { dailyReport } from './daily.ts';
import { figureAt } from './daily-document.ts';
import { formatWithChange } from './format.ts';
import { reportText } from './text.ts';
import { comparisonFile, periodComparison, periodForm } from './period-compare.ts';
import type { PeriodComparison } from './schemas.ts';

const C = new Date('2021-09-12T06:30:00+07:00');
const T = new Date('2021-09-20T06:30:00+07:00');
const DISTRICTS = ['930', '931', '932', '933', '934', '935', '936', '937'];

let t: TestDb, app: FastifyInstance, admin: Client, d930: Client, d931: Client;

before(async () => {
  t = await testDb();
  await loadScenario(t);
  await load(
    t,
    'persons',
    `person_ref,full_name,ward_code
PA,Ca A,31321
PB,Ca B,31340
PG,Ca G,31321
PH,Ca H,31324
PD,Ca D,31324
PE,Ca E,31321
`,
  );
  await load(
    t,
    'cases',
    `person_ref,confirmed_at,detected_in
PA,2021-09-12T06:30:00+07:00,community
PB,2021-09-12T06:31:00+07:00,quarantine
PG,2021-09-14T10:00:00+07:00,entry
PH,2021-09-15T23:59:00+07:00,community
PD,2021-09-20T06:30:00+07:00,community
PE,2021-09-20T06:31:00+07:00,community
`,
  );
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
  await addUser(t, 'ngabay', 'district_officer', ['district', '931']);
  [admin, d930, d931] = await Promise.all(['tinh', 'vithanh', 'ngabay'].map((u) => signIn(app, u)));
});
after(async () => {
  await app.close();
  await t.close();
});

const zeros = (codes: string[]) => codes.map((district_code) => ({ district_code, new: 0, new_community: 0 }));

test(`[${engineName}] new cases in C < t ≤ T by district (every district, zeros included) and by place`, async () => {
  const r = await periodComparison(t.db, t.ctx, { to: T, compare: C });
  assert.deepEqual(
    [r.province_code, r.to, r.compare_at, r.from],
    ['93', '2021-09-20T06:30:00+07:00', '2021-09-12T06:30:00+07:00', '2021-09-12T06:30:00+07:00'],
  );
  // 930: PG, PH, PD (PH and PD in the community); 931: PB. PA exactly at C and PE after T are not counted.
  assert.deepEqual(r.new_cases_by_district, [
    { district_code: '930', new: 3, new_community: 2 },
    { district_code: '931', new: 1, new_community: 0 },
    ...zeros(DISTRICTS.slice(2)),
  ]);
  assert.deepEqual(r.new_cases_by_detected_in, { community: 2, quarantine: 1, entry: 1 });
  // At T: the six cases of the fixture and PA PB PG PH PD; at C: the six and PA (exactly at C).
  assert.equal(r.at_to.cases.total, 11);
  assert.equal(r.at_compare.cases.total, 7);
  // "new" at each instant is the daily report's, over the 24 hours before it: PD at T, PA at C.
  assert.deepEqual([r.at_to.cases.new, r.at_compare.cases.new], [1, 1]);
  assert.equal(r.days_since_last_case, 0); // PD exactly at T
});

test(`[${engineName}] from: the period starts at A, not at C`, async () => {
  // From PG's instant: PG itself is not in A < t ≤ T; PB (before A) neither.
  const r = await periodComparison(t.db, t.ctx, { to: T, compare: C, from: new Date('2021-09-14T10:00:00+07:00') });
  assert.equal(r.from, '2021-09-14T10:00:00+07:00');
  assert.equal(r.compare_at, '2021-09-12T06:30:00+07:00');
  assert.deepEqual(r.new_cases_by_district, [
    { district_code: '930', new: 2, new_community: 2 },
    ...zeros(DISTRICTS.slice(1)),
  ]);
  assert.deepEqual(r.new_cases_by_detected_in, { community: 2, quarantine: 0, entry: 0 });
  // A before C: the fixture's C5 (10/9 06:30:01, community, 31324) and PA join.
  const earlier = await periodComparison(t.db, t.ctx, {
    to: T,
    compare: C,
    from: new Date('2021-09-10T06:30:00+07:00'),
  });
  assert.deepEqual(earlier.new_cases_by_district.slice(0, 2), [
    { district_code: '930', new: 5, new_community: 4 },
    { district_code: '931', new: 1, new_community: 0 },
  ]);
});

test(`[${engineName}] at_to and at_compare are the daily report's current figures at T and at C`, async () => {
  const r = await periodComparison(t.db, t.ctx, { to: T, compare: C });
  assert.deepEqual(r.at_to, (await dailyReport(t.db, t.ctx, T)).current);
  assert.deepEqual(r.at_compare, (await dailyReport(t.db, t.ctx, C)).current);
  // On the fixture's own cut-offs, records exactly at them: C = P, so at_compare is the daily report's `previous`.
  const fixT = new Date('2021-09-10T06:30:00+07:00'),
    fixP = new Date('2021-09-09T06:30:00+07:00');
  const daily = await dailyReport(t.db, t.ctx, fixT);
  const same = await periodComparison(t.db, t.ctx, { to: fixT, compare: fixP });
  assert.deepEqual(same.at_to, daily.current);
  assert.deepEqual(same.at_compare, daily.previous);
  // A compare nine days back: every figure still as at that instant alone.
  const far = new Date('2021-09-01T06:30:00+07:00');
  assert.deepEqual(
    (await periodComparison(t.db, t.ctx, { to: fixT, compare: far })).at_compare,
    (await dailyReport(t.db, t.ctx, far)).current,
  );
});

test(`[${engineName}] days since the last case: whole Viet Nam days, across midnight; null without a case`, async () => {
  const days = async (at: string) =>
    (await periodComparison(t.db, t.ctx, { to: new Date(at), compare: new Date(at) })).days_since_last_case;
  // PH at 23:59 on 15/9 (16:59 UTC, the same UTC day as 16/9 00:00 Viet Nam time): one day later at midnight.
  assert.equal(await days('2021-09-16T00:00:00+07:00'), 1);
  assert.equal(await days('2021-09-15T23:59:00+07:00'), 0);
  assert.equal(await days('2021-09-19T23:59:59+07:00'), 4); // PD not yet
  // Before any case (the fixture's first, C6, is on 20/8 08:00).
  assert.equal(await days('2021-08-20T07:59:59+07:00'), null);
  assert.equal(await days('2021-08-20T08:00:00+07:00'), 0);
});

test(`[${engineName}] the form of the query: compare or an instant as to; the errors name the parameter`, () => {
  const err = (q: Parameters<typeof periodForm>[0]) => {
    try {
      periodForm(q);
    } catch (e) {
      const x = e as { field: string; key: string; status: number };
      return [x.status, x.field, x.key];
    }
    return null;
  };
  assert.deepEqual(periodForm({ kind: 'week', date: '2021-09-10' }), {
    form: 'series',
    q: { kind: 'week', date: '2021-09-10', from: undefined, to: undefined },
  });
  assert.equal(periodForm({ from: '2021-09-01', to: '2021-09-10' }).form, 'series');
  assert.deepEqual(periodForm({ to: '2021-09-20 06:30', compare: '2021-09-12T06:30:00+07:00' }), {
    form: 'compare',
    q: { to: T, compare: C, from: undefined },
  });
  assert.deepEqual(err({ to: '2021-09-20T06:30:00+07:00' }), [400, 'compare', 'required']);
  assert.deepEqual(err({ compare: '2021-09-12T06:30:00+07:00' }), [400, 'to', 'required']);
  assert.deepEqual(err({ to: '2021-09-20T06:30:00+07:00', compare: '2021-09-20T06:31:00+07:00' }), [
    400,
    'compare',
    'compare_after_to',
  ]);
  assert.deepEqual(
    err({ to: '2021-09-20T06:30:00+07:00', compare: '2021-09-12T06:30:00+07:00', from: '2021-09-21T00:00:00+07:00' }),
    [400, 'from', 'from_after_to'],
  );
  assert.deepEqual(err({ to: '2021-09-20', compare: '2021-09-12T06:30:00+07:00' }), [400, 'to', 'bad_instant']);
  assert.deepEqual(err({ to: '2021-09-20T25:00:00+07:00', compare: '2021-09-12T06:30:00+07:00' }), [
    400,
    'to',
    'bad_instant',
  ]);
  assert.deepEqual(err({ to: '2021-09-20T06:30+07', compare: '2021-09-12T06:30:00+07:00' }), [
    400,
    'to',
    'bad_instant',
  ]);
  assert.deepEqual(err({ to: '2021-09-20T06:30:00+07:00', compare: 'hôm qua' }), [400, 'compare', 'bad_instant']);
  assert.deepEqual(err({ kind: 'week', to: '2021-09-20T06:30:00+07:00', compare: '2021-09-12T06:30:00+07:00' }), [
    400,
    'kind',
    'period_form_mixed',
  ]);
  assert.deepEqual(err({ kind: 'year' }), [400, 'kind', 'bad_enum']);
  assert.deepEqual(err({ from: '2021-02-30', to: '2021-03-01' }), [400, 'from', 'bad_date']);
});

/** The DOCX's tables as rows of cell texts. */
async function docxTables(body: Buffer): Promise<string[][][]> {
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const texts = (x: string) => [...x.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((tb) =>
    [...tb[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => texts(tc[0])),
    ),
  );
}

/** Every figure row's label in the report (the 24-hour ones named as such), by its path. */
function figureLabels(): [string, string][] {
  const text = reportText('vi');
  const relabel = text.comparison.rows_24h as Record<string, string>;
  return Object.entries(text.figures.rows).map(([path, label]) => [path, relabel[path] ?? label]);
}

test(`[${engineName}] DOCX and XLSX read back: each figure at T with its change against C, as in the JSON`, async () => {
  const r: PeriodComparison = await periodComparison(t.db, t.ctx, { to: T, compare: C });
  const docx = await comparisonFile(t.db, t.ctx, { to: T, compare: C }, 'docx');
  assert.equal(docx.name, 'bao-cao-giai-doan-93-2021-09-20-0630-so-voi-2021-09-12-0630.docx');
  const tables = await docxTables(docx.body);
  const row = (label: string) => tables.flat().find((x) => x[0] === label);
  assert.deepEqual(row('Tổng số ca mắc'), ['Tổng số ca mắc', '11 (+4)']);
  assert.deepEqual(row('Ca mắc mới trong 24 giờ'), ['Ca mắc mới trong 24 giờ', '1 (0)']);
  assert.deepEqual(row('Chỉ tiêu')![1], 'Số liệu (tăng/giảm so với 06 giờ 30 ngày 12/09/2021)');
  for (const [path, label] of figureLabels()) {
    const shown = formatWithChange(
      figureAt(r.at_to, path),
      figureAt(r.at_compare, path),
      'vi',
      path.endsWith('_pct') ? '%' : '',
    );
    assert.deepEqual(row(label), [label, shown], path);
  }
  assert.deepEqual(row('930'), ['930', 'Thành phố Vị Thanh', '3', '2']);
  assert.deepEqual(row('931'), ['931', 'Thành phố Ngã Bảy', '1', '0']);
  assert.deepEqual(row('937'), ['937', 'Thị xã Long Mỹ', '0', '0']);
  assert.deepEqual(row('Tổng cộng'), ['Tổng cộng', '', '4', '2']);
  assert.deepEqual(row('Khu cách ly'), ['Khu cách ly', '1']);
  assert.deepEqual(row('Số ngày không ghi nhận ca mắc mới'), ['Số ngày không ghi nhận ca mắc mới', '0']);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await comparisonFile(t.db, t.ctx, { to: T, compare: C }, 'xlsx')).body as unknown as ArrayBuffer);
  const sheetRows = wb.worksheets.flatMap((w) =>
    w
      .getSheetValues()
      .slice(1)
      .map((x) => ((x as unknown[]) ?? []).slice(1)),
  );
  const xrow = (label: string) => sheetRows.find((x) => x[0] === label);
  // A figure row: label, at T, at C, change, as printed — the numbers are the JSON's, the text its "(+N)".
  assert.deepEqual(xrow('Tổng số ca mắc'), ['Tổng số ca mắc', 11, 7, 4, '11 (+4)']);
  for (const [path, label] of figureLabels()) {
    const now = figureAt(r.at_to, path),
      then = figureAt(r.at_compare, path);
    const change = now != null && then != null ? Number((now - then).toFixed(2)) : null;
    const printed = formatWithChange(now, then, 'vi', path.endsWith('_pct') ? '%' : '');
    assert.deepEqual(xrow(label), [label, now, then, change, printed], path);
  }
  /** A sheet's rows (blank ones as []), each from its first column. */
  const sheet = (name: string) =>
    Array.from(wb.getWorksheet(name)!.getSheetValues().slice(1), (x) => ((x as unknown[]) ?? []).slice(1));
  const newCases = sheet('Ca mới trong kỳ');
  assert.deepEqual(newCases[0], ['II. CA MẮC MỚI TỪ 06 GIỜ 30 NGÀY 12/09/2021 ĐẾN 06 GIỜ 30 NGÀY 20/09/2021']);
  assert.match(
    String(newCases[1][0]),
    /^Từ 06 giờ 30 ngày 12\/09\/2021 đến 06 giờ 30 ngày 20\/09\/2021 ghi nhận 4 ca mắc mới: 2 ca/,
  );
  for (const d of r.new_cases_by_district) {
    const x = newCases.find((y) => y[0] === d.district_code)!;
    assert.deepEqual([x[2], x[3]], [d.new, d.new_community], d.district_code);
  }
  assert.deepEqual(
    newCases.find((y) => y[0] === 'Nhập cảnh'),
    ['Nhập cảnh', 1],
  );
  const info = sheet('Thông tin');
  assert.deepEqual(
    info.find((x) => x[0] === 'So sánh với'),
    ['So sánh với', '2021-09-12T06:30:00+07:00'],
  );

  const html = (await comparisonFile(t.db, t.ctx, { to: T, compare: C }, 'html')).body.toString('utf8');
  assert.match(html, /<td>Tổng số ca mắc<\/td><td class="num">11 \(\+4\)<\/td>/);
  assert.ok(html.includes('(đến 06 giờ 30 ngày 20/09/2021, so với 06 giờ 30 ngày 12/09/2021)'));
  assert.ok(html.includes('Ca mắc gần nhất ghi nhận trong ngày 20/09/2021.'));
});

test(`[${engineName}] over HTTP: the contract JSON, files by format, a district user's own district only`, async () => {
  const url = (q: string) => `/api/v1/reports/period?${q}`;
  const q = `to=${encodeURIComponent(T.toISOString())}&compare=${encodeURIComponent('2021-09-12 06:30')}`;
  const res = await admin(url(q));
  assert.equal(res.statusCode, 200, res.body);
  const r = res.json();
  assert.deepEqual(Object.keys(r).sort(), [
    'at_compare',
    'at_to',
    'compare_at',
    'days_since_last_case',
    'from',
    'new_cases_by_detected_in',
    'new_cases_by_district',
    'province_code',
    'to',
  ]);
  assert.deepEqual(r, JSON.parse(JSON.stringify(await periodComparison(t.db, t.ctx, { to: T, compare: C }))));

  const docx = await admin(url(`${q}&format=docx`));
  assert.equal(docx.statusCode, 200);
  assert.match(docx.headers['content-type'] as string, /wordprocessingml/);
  assert.match(
    docx.headers['content-disposition'] as string,
    /attachment; filename="bao-cao-giai-doan-93-2021-09-20-0630-so-voi-2021-09-12-0630\.docx"/,
  );

  // Vị Thanh (930) sees its own district and the cases of its wards; Ngã Bảy (931) its own.
  const v = (await d930(url(q))).json();
  assert.deepEqual(v.new_cases_by_district, [{ district_code: '930', new: 3, new_community: 2 }]);
  assert.deepEqual(v.new_cases_by_detected_in, { community: 2, quarantine: 0, entry: 1 });
  // In 930's wards at T: the fixture's C1, C2, C5, C6 and PA, PG, PH, PD.
  assert.equal(v.at_to.cases.total, 8);
  const n = (await d931(url(q))).json();
  assert.deepEqual(n.new_cases_by_district, [{ district_code: '931', new: 1, new_community: 0 }]);
  assert.equal(n.days_since_last_case, 8); // PB on 12/9; PH and PD are in 930
  assert.equal(n.at_to.cases.total, 3); // C3, C4, PB
  // Its file: its own district's table.
  const xlsx = await d931(url(`${q}&format=xlsx`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const codes = wb
    .getWorksheet('Ca mới trong kỳ')!
    .getSheetValues()
    .map((x) => ((x as unknown[]) ?? [])[1])
    .filter((x) => typeof x === 'string' && /^93\d$/.test(x));
  assert.deepEqual(codes, ['931']);

  // The week/month form still answers on the same path.
  const week = (await admin(url('kind=week&date=2021-09-10'))).json();
  assert.deepEqual([week.kind, week.from, week.to], ['week', '2021-09-06', '2021-09-12']);
  assert.equal((await admin(url('from=2021-09-06&to=2021-09-12'))).json().kind, 'custom');
});

test(`[${engineName}] over HTTP: bad input is a 400 naming the parameter, in Vietnamese or English, never a 500`, async () => {
  const get = (q: string, lang = 'vi') =>
    admin({ url: `/api/v1/reports/period?${q}`, headers: { 'accept-language': lang } });
  const cases: [string, string, RegExp, RegExp][] = [
    [
      'to=2021-09-12T06:30:00%2B07:00&compare=2021-09-20T06:30:00%2B07:00',
      'compare',
      /^Thời điểm so sánh \(2021-09-20T06:30:00\+07:00\) sau thời điểm chốt số liệu \(2021-09-12T06:30:00\+07:00\)$/,
      /^The comparison instant \(2021-09-20T06:30:00\+07:00\) is after the cut-off/,
    ],
    [
      'to=2021-09-20T06:30:00%2B07:00&compare=2021-09-12T06:30:00%2B07:00&from=2021-09-21T06:30:00%2B07:00',
      'from',
      /^Thời điểm bắt đầu tính ca mới \(2021-09-21T06:30:00\+07:00\) sau thời điểm chốt số liệu/,
      /^The start of the new cases \(2021-09-21T06:30:00\+07:00\) is after the cut-off/,
    ],
    [
      'to=20%2F09%2F2021%2006%3A30&compare=2021-09-12T06:30:00%2B07:00',
      'to',
      /^Thời điểm không hợp lệ/,
      /^Invalid instant/,
    ],
    [
      'to=2021-09-20T06:30:00%2B07:00&compare=yesterday',
      'compare',
      /^Thời điểm không hợp lệ.*: yesterday$/,
      /^Invalid instant/,
    ],
    ['to=2021-09-20T06:30:00%2B07:00', 'compare', /^Bắt buộc/, /./],
    [
      'to=2021-09-20T06:30:00%2B07:00&compare=2021-09-12T06:30:00%2B07:00&date=2021-09-10',
      'date',
      /^Báo cáo so sánh với một thời điểm trước/,
      /^The report against an earlier instant/,
    ],
  ];
  for (const [q, field, vi, en] of cases) {
    for (const [lang, message] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const res = await get(q, lang);
      assert.equal(res.statusCode, 400, `${q}: ${res.body}`);
      assert.equal(res.json().field, field, q);
      assert.match(res.json().message, message, q);
    }
  }
});
