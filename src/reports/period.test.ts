// The period report (week/month with daily series) and the review-conference table, on the hand-worked province
// of fixtures.ts. The week of 10/9/2021 is Monday 6/9 – Sunday 12/9: the period (6/9 00:00, 13/9 00:00].
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { loadScenario } from './fixtures.ts';
import { periodDays, periodFile, periodReport } from './period.ts';
import { reviewFile, reviewReport } from './review.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
  await loadScenario(t);
});
after(async () => {
  await t.close();
});

test('periods: ISO week, calendar month, from..to, and the period before', () => {
  assert.deepEqual(periodDays({ kind: 'week', date: '2021-09-10' }), {
    kind: 'week',
    from: '2021-09-06',
    to: '2021-09-12',
    previousFrom: '2021-08-30',
  });
  assert.deepEqual(periodDays({ kind: 'week', date: '2021-09-12' }), {
    kind: 'week',
    from: '2021-09-06',
    to: '2021-09-12',
    previousFrom: '2021-08-30',
  });
  assert.deepEqual(periodDays({ kind: 'month', date: '2021-03-10' }), {
    kind: 'month',
    from: '2021-03-01',
    to: '2021-03-31',
    previousFrom: '2021-02-01',
  });
  assert.deepEqual(periodDays({ kind: 'month', date: '2021-01-31' }), {
    kind: 'month',
    from: '2021-01-01',
    to: '2021-01-31',
    previousFrom: '2020-12-01',
  });
  assert.deepEqual(periodDays({ from: '2021-09-01', to: '2021-09-10' }), {
    kind: 'custom',
    from: '2021-09-01',
    to: '2021-09-10',
    previousFrom: '2021-08-22',
  });
  assert.throws(() => periodDays({ from: '2021-09-10', to: '2021-09-01' }), /period starts after it ends/);
  assert.throws(() => periodDays({ from: '2020-01-01', to: '2021-09-01' }), /longer than 366 days/);
});

test(`[${engineName}] week report: figures over the week against the week before, series that add up`, async () => {
  const r = await periodReport(t.db, t.ctx, { kind: 'week', date: '2021-09-10' });
  assert.deepEqual(
    [r.as_of, r.since, r.previous_since],
    ['2021-09-13T00:00:00+07:00', '2021-09-06T00:00:00+07:00', '2021-08-30T00:00:00+07:00'],
  );
  // At 13/9 00:00 all six cases are confirmed; new in the week: C2, C3, C4, C5 (C3, C4, C5 in the community).
  assert.deepEqual(r.current.cases, {
    total: 6,
    new: 4,
    new_community: 3,
    discharged: 1,
    died: 1,
    transferred_out: 1,
    active: 3,
  });
  // At 6/9 00:00: C1 and C6; in the week before (30/8, 6/9]: C1.
  assert.deepEqual(r.previous.cases, {
    total: 2,
    new: 1,
    new_community: 1,
    discharged: 0,
    died: 0,
    transferred_out: 0,
    active: 2,
  });
  assert.equal(r.current.quarantine.new, 7);

  const col = (k: keyof (typeof r.series)[number]) => r.series.map((d) => d[k]);
  assert.deepEqual(col('date'), [
    '2021-09-06',
    '2021-09-07',
    '2021-09-08',
    '2021-09-09',
    '2021-09-10',
    '2021-09-11',
    '2021-09-12',
  ]);
  assert.deepEqual(col('cases_new'), [0, 0, 0, 2, 2, 0, 0]);
  assert.deepEqual(col('cases_new_community'), [0, 0, 0, 2, 1, 0, 0]);
  // Active: 2 at the start; 9/9 +C3 +C4 −C4 died −C6 transferred; 10/9 +C2 +C5 −C1 discharged.
  assert.deepEqual(col('cases_active'), [2, 2, 2, 2, 3, 3, 3]);
  assert.deepEqual(col('quarantine_new'), [1, 1, 1, 2, 2, 0, 0]);
  // In quarantine at the end of each day (E5's two open episodes count once).
  assert.deepEqual(col('quarantine_current'), [3, 4, 5, 5, 6, 6, 6]);
  assert.deepEqual(col('quarantine_completed'), [0, 0, 0, 1, 1, 0, 0]);
  assert.deepEqual(col('samples_taken'), [0, 0, 2, 5, 1, 0, 0]);
  assert.deepEqual(col('samples_positive'), [0, 0, 0, 1, 1, 0, 0]);
  assert.deepEqual(col('doses'), [0, 0, 0, 0, 2, 2, 0]);
  // The series add up to the week's figures.
  const sum = (k: keyof (typeof r.series)[number]) => (col(k) as number[]).reduce((a, b) => a + b, 0);
  assert.equal(sum('cases_new'), r.current.cases.new);
  assert.equal(sum('quarantine_new'), r.current.quarantine.new);
  assert.equal(sum('samples_taken'), r.current.testing.samples_taken_new);
  assert.equal(r.series.at(-1)!.quarantine_current, r.current.quarantine.current.total);
});

test(`[${engineName}] week report files: the same figures with the change against the week before, a daily sheet`, async () => {
  const docx = await periodFile(t.db, t.ctx, { kind: 'week', date: '2021-09-10' }, 'docx');
  assert.equal(docx.name, 'bao-cao-week-93-2021-09-06-2021-09-12.docx');
  const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('6 (+4)'));
  assert.ok(xml.includes('II. DIỄN BIẾN THEO NGÀY'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await periodFile(t.db, t.ctx, { kind: 'week', date: '2021-09-10' }, 'xlsx')).body as unknown as ArrayBuffer,
  );
  const daily = wb
    .getWorksheet('Theo ngày')!
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1));
  assert.deepEqual(daily[1], [
    'Ngày',
    'Ca mới',
    'Đang điều trị',
    'Ra viện',
    'Tử vong',
    'Cách ly mới',
    'Đang cách ly',
    'Mẫu lấy',
    'Mẫu dương tính',
    'Mũi tiêm',
  ]);
  assert.deepEqual(daily[6], ['10/09/2021', 2, 3, 1, 0, 2, 6, 1, 1, 2]);
});

test(`[${engineName}] review-conference table: subject group × handling, rendered like every report`, async () => {
  const { table: r } = await reviewReport(t.db, t.ctx, { to: '2021-09-12' });
  assert.equal(r.from, '2020-01-01');
  const row = (g: string) => r.rows.find((x) => x.group === g)!;
  assert.deepEqual([row('abroad').home, row('abroad').total], [1, 1]); // E6 once, though at home twice
  assert.deepEqual([row('outbreak_area').centralized, row('outbreak_area').total], [1, 1]); // E2
  assert.equal(row('screened').self_monitoring, 1); // E7
  const html = (await reviewFile(t.db, t.ctx, { to: '2021-09-12' }, 'html')).body.toString('utf8');
  assert.ok(html.includes('(từ đầu dịch đến hết ngày 12/09/2021)'));
  for (const x of r.rows) {
    assert.ok(
      html.includes(
        `<td>${x.label}</td><td class="num">${x.centralized}</td><td class="num">${x.home}</td><td class="num">${x.self_monitoring}</td><td class="num">${x.total}</td>`,
      ),
      x.group,
    );
  }
});
