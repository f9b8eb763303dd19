// Due lists for a day and the review-conference table (seed 003), as JSON and as workbooks read back with exceljs.
// The scenario (all July 2021) and every expected figure are worked by hand in the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import type { Client } from '../test/http.ts';
import { officerAndCommune } from './test-users.ts';
import { dueLists } from './due.ts';
import { reviewTable } from './review.ts';

let t: TestDb, app: FastifyInstance, officer: Client, commune: Client;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);

before(async () => {
  t = await testDb();
  await load(
    'persons',
    'person_ref,full_name,ward_code\n' +
      ['T1', 'T3', 'T4', 'T5', 'T6', 'M1', 'M2', 'U1', 'F1a', 'F1b', 'C0']
        .map((r) => `${r},Người ${r},31321`)
        .join('\n') +
      '\nT2,=2+3 Nguyễn,31321\nF1c,Người F1c,31340\n',
  );
  await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds\nFA,Trường Quân sự,quarantine,31321,50\nFB,TTYT,both,31321,50\n',
  );
  // Rule sets: 600/CĐ-BCĐ before 14/7 (centralized/home 21 days, tests 1, 14, 20; self-monitoring 7), 5599/BYT-MT
  // from 14/7 (centralized 14 days, tests 1, 7, 14).
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason,subject_group\n' +
      'T1,centralized,2021-07-14 08:00,FB,,,contact\n' + // 5599: tests 14/7, 20/7, 27/7; ends 28/7 08:00
      'T2,home,2021-07-07 09:00,,,,contact\n' + // 600: tests 7/7, 20/7, 26/7; ends 28/7 09:00
      'T3,self_monitoring,2021-07-13 10:00,,,,abroad\n' + // 600: 7 days, ends 20/7 10:00
      'T4,self_monitoring,2021-07-01 10:00,,,,outbreak_area\n' + // ends 8/7: 12 days overdue on 20/7
      'T5,home,2021-07-02 09:00,,,,screened\n' + // tests 2/7, 15/7, 21/7; ends 23/7
      'T6,home,2021-07-05 08:00,,2021-07-19 08:00,confirmed_case,contact\n' +
      'F1b,home,2021-07-01 08:00,,2021-07-15 08:00,completed,contact\n' +
      'U1,self_monitoring,2021-07-10 08:00,,,,\n' + // ends 17/7: 3 days overdue on 20/7
      'M1,centralized,2021-07-14 09:00,FB,2021-07-16 09:00,transferred,abroad\n' +
      'M1,centralized,2021-07-16 09:00,FA,,,abroad\n' + // continues the 14/7 course: test day 7 on 20/7
      'M2,home,2021-06-25 08:00,,2021-07-05 08:00,transferred,outbreak_area\n' +
      'M2,centralized,2021-07-05 08:00,FB,,,outbreak_area\n',
  ); // course of 25/6 (home, 21 days): ends 16/7, 4 days overdue
  await load(
    'samples',
    'sample_ref,person_ref,taken_at,method\nS1,T1,2021-07-20 09:00,pcr\nS2,M1,2021-07-14 10:00,pcr\n' +
      'S3,T3,2021-07-05 10:00,pcr\nS4,T5,2021-07-10 10:00,rapid_antigen\n',
  );
  await load('cases', 'person_ref,confirmed_at\nC0,2021-07-18 10:00\n');
  await load(
    'exposures',
    'source_ref,contact_ref,exposed_on\nC0,F1a,2021-07-17\nC0,T1,2021-07-17\nC0,F1b,2021-07-10\nC0,F1c,2021-07-16\n',
  );
  ({ app, officer, commune } = await officerAndCommune(t));
});
after(async () => {
  await app.close();
  await t.close();
});

type Lists = Awaited<ReturnType<typeof dueLists>>;
const pick = (lists: Lists, key: string, ...cols: string[]) =>
  lists.sections.find((s) => s.key === key)!.rows.map((r) => cols.map((c) => r[c]));

test(`[${engineName}] due lists for 20/7/2021`, async () => {
  const d = await dueLists(t.db, t.ctx, '2021-07-20');
  assert.equal(d.cutoff.toISOString(), '2021-07-20T16:59:59.999Z');
  assert.deepEqual(
    d.sections.map((s) => [s.key, s.count]),
    [
      ['tests_due', 3],
      ['ending_today', 1],
      ['overdue', 3],
      ['f1_without_episode', 3],
    ],
  );
  assert.deepEqual(pick(d, 'tests_due', 'person_ref', 'facility_code', 'test_day', 'sampled'), [
    ['M1', 'FA', 7, false],
    ['T1', 'FB', 7, true],
    ['T2', null, 14, false],
  ]);
  assert.deepEqual(pick(d, 'ending_today', 'person_ref', 'kind'), [['T3', 'self_monitoring']]);
  assert.deepEqual(pick(d, 'overdue', 'person_ref', 'days_overdue', 'rule'), [
    ['M2', 4, 'home'],
    ['T4', 12, 'self_monitoring'],
    ['U1', 3, 'self_monitoring'],
  ]);
  assert.deepEqual(pick(d, 'f1_without_episode', 'person_ref', 'last_exposed_on'), [
    ['F1a', '2021-07-17'],
    ['F1b', '2021-07-10'],
    ['F1c', '2021-07-16'],
  ]);

  // 28/7: T1 (08:00), T2 (09:00) and M1 (09:00, at FA after the move) end as planned; T1 and M1 go home for 14 days.
  const end = await dueLists(t.db, t.ctx, '2021-07-28');
  assert.deepEqual(pick(end, 'ending_today', 'person_ref', 'follow_on_kind', 'follow_on_days'), [
    ['M1', 'home', 14],
    ['T1', 'home', 14],
    ['T2', null, null],
  ]);
});

test(`[${engineName}] a commune's due lists hold its own people only`, async () => {
  const r = await commune('/api/v1/quarantine/due?date=2021-07-20');
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(
    r.json().sections.map((s: { key: string; count: number }) => [s.key, s.count]),
    [
      ['tests_due', 0],
      ['ending_today', 0],
      ['overdue', 0],
      ['f1_without_episode', 1],
    ],
  );
  assert.equal(r.json().sections[3].rows[0].person_ref, 'F1c');
});

test(`[${engineName}] the due lists as a workbook`, async () => {
  const r = await officer('/api/v1/quarantine/due.xlsx?date=2021-07-20');
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /spreadsheetml/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['Xét nghiệm đến hạn', 'Kết thúc cách ly trong ngày', 'Quá hạn chưa kết thúc', 'F1 chưa được cách ly'],
  );
  const ws = wb.worksheets[0];
  assert.equal(ws.getCell('A1').value, 'Xét nghiệm đến hạn — 20/07/2021');
  assert.deepEqual(
    [ws.getCell('A2').value, ws.getCell('B2').value, ws.getCell('L2').value, ws.getCell('M2').value],
    ['Mã người', 'Họ và tên', 'Ngày thứ', 'Đã lấy mẫu'],
  );
  const row = (n: number) => ['A', 'B', 'G', 'H', 'I', 'J', 'K', 'L', 'M'].map((c) => ws.getCell(`${c}${n}`).value);
  assert.deepEqual(row(4), [
    'T1',
    'Người T1',
    'Tập trung',
    'FB',
    '14/07/2021 08:00',
    '28/07/2021 08:00',
    '14 ngày tập trung + 14 ngày tại nhà',
    7,
    'Đã lấy',
  ]);
  assert.equal(ws.getCell('B5').value, "'=2+3 Nguyễn"); // a formula-looking name is written as text
  assert.equal(ws.rowCount, 5);
  const overdue = wb.worksheets[2];
  assert.deepEqual([overdue.getCell('A3').value, overdue.getCell('L3').value], ['M2', 4]);
  const en = await officer({
    url: '/api/v1/quarantine/due.xlsx?date=2021-07-20',
    headers: { 'accept-language': 'en' },
  });
  const wbEn = new ExcelJS.Workbook();
  await wbEn.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
  assert.equal(wbEn.worksheets[3].name, 'F1 without quarantine');
  assert.equal(wbEn.worksheets[3].getCell('G2').value, 'Last contact with a case');
  assert.equal(wbEn.worksheets[3].getCell('G3').value, '17/07/2021');
});

test(`[${engineName}] the review table: subject group × handling, a person once, by the course started in the period`, async () => {
  const r = await reviewTable(t.db, t.ctx, { from: '2021-07-01', to: '2021-07-31' });
  const cells = Object.fromEntries(r.rows.map((x) => [x.group, [x.centralized, x.home, x.self_monitoring, x.total]]));
  // M2's course began 25/6 (its 5/7 episode is a move); M1 counts once, centralized; tested: T1 and M1 (T3's sample
  // predates its course, T5 is not in groups 1–4).
  assert.deepEqual(cells, {
    abroad: [1, 0, 1, 2],
    outbreak_area: [0, 0, 1, 1],
    contact: [1, 3, 0, 4],
    tet_returnee: [0, 0, 0, 0],
    screened: [0, 1, 0, 1],
    other: [0, 0, 0, 0],
    unspecified: [0, 0, 1, 1],
    tested: [2, 0, 0, 2],
    total: [2, 4, 3, 9],
  });
  // 14/7 alone: T1 and M1 start; only M1 is sampled that day (T1 on 20/7, after the period).
  const day = await reviewTable(t.db, t.ctx, { from: '2021-07-14', to: '2021-07-14' });
  assert.deepEqual(
    day.rows.filter((x) => x.total > 0).map((x) => [x.group, x.centralized]),
    [
      ['abroad', 1],
      ['contact', 1],
      ['tested', 1],
      ['total', 2],
    ],
  );
  const bad = await officer('/api/v1/quarantine/review?from=2021-07-31&to=2021-07-01');
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'from']);
});

test(`[${engineName}] the review table as a workbook`, async () => {
  const r = await officer('/api/v1/quarantine/review.xlsx?from=2021-07-01&to=2021-07-31');
  assert.equal(r.statusCode, 200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const row = (n: number) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => ws.getCell(`${c}${n}`).value);
  assert.equal(ws.getCell('A1').value, 'Kết quả xử lý theo nhóm đối tượng từ 01/07/2021 đến 31/07/2021');
  assert.deepEqual(row(2), ['STT', 'Đối tượng', 'CL tập trung', 'CL tại nhà', 'Tự theo dõi sức khỏe', 'Tổng']);
  assert.deepEqual(row(3), ['1', 'Trở về từ nước ngoài', 1, 0, 1, 2]);
  assert.deepEqual(row(5), ['3', 'Tiếp xúc gần với ca bệnh xác định', 1, 3, 0, 4]);
  assert.deepEqual(row(11), ['', 'Tổng', 2, 4, 3, 9]);
});

test(`[${engineName}] the province's due lists over HTTP, dates as ISO text`, async () => {
  const r = await officer('/api/v1/quarantine/due?date=2021-07-20');
  assert.equal(r.statusCode, 200, r.body);
  const d = r.json();
  assert.equal(d.cutoff, '2021-07-20T16:59:59.999Z');
  const rows = (key: string, ...cols: string[]) =>
    d.sections.find((s: { key: string }) => s.key === key).rows.map((x: any) => cols.map((c) => x[c]));
  assert.deepEqual(rows('tests_due', 'person_ref', 'test_day', 'sampled', 'start_at'), [
    ['M1', 7, false, '2021-07-16T02:00:00.000Z'],
    ['T1', 7, true, '2021-07-14T01:00:00.000Z'],
    ['T2', 14, false, '2021-07-07T02:00:00.000Z'],
  ]);
  assert.deepEqual(rows('overdue', 'person_ref', 'days_overdue'), [
    ['M2', 4],
    ['T4', 12],
    ['U1', 3],
  ]);
  assert.deepEqual(rows('f1_without_episode', 'person_ref', 'last_exposed_on'), [
    ['F1a', '2021-07-17'],
    ['F1b', '2021-07-10'],
    ['F1c', '2021-07-16'],
  ]);
});

test(`[${engineName}] an episode opened, moved and completed over HTTP (after July: the review stays as it was)`, async () => {
  const post = (url: string, payload: object) => officer({ method: 'POST', url: `/api/v1/quarantine${url}`, payload });
  // 5599/BYT-MT (from 14/7/2021): 14 days centralized, tests on days 1, 7, 14, then 14 days at home.
  const opened = await post('/episodes', {
    person_ref: 'F1a',
    kind: 'centralized',
    facility_code: 'FA',
    start_at: '2021-08-02T08:00:00+07:00',
    subject_group: 'contact',
  });
  assert.equal(opened.statusCode, 201, opened.body);
  const e = opened.json();
  assert.deepEqual(
    [e.plan.rule, e.plan.days, e.plan.planned_end_at, e.plan.follow_on],
    ['centralized', 14, '2021-08-16T01:00:00.000Z', { kind: 'home', days: 14 }],
  );
  assert.deepEqual(e.plan.tests, [
    { day: 1, date: '2021-08-02' },
    { day: 7, date: '2021-08-08' },
    { day: 14, date: '2021-08-15' },
  ]);
  assert.deepEqual((await officer(`/api/v1/quarantine/episodes/${e.episode_id}`)).json(), e);
  // FA holds M1 (since 16/7, never closed) and F1a.
  const fa = (await officer('/api/v1/quarantine/facilities/FA?at=2021-08-03T12:00:00%2B07:00')).json();
  assert.deepEqual([fa.state, fa.current, fa.free], ['active', 2, 48]);

  const moved = await post(`/episodes/${e.episode_id}/move`, {
    at: '2021-08-05T10:00:00+07:00',
    kind: 'centralized',
    facility_code: 'FB',
  });
  assert.equal(moved.statusCode, 200, moved.body);
  const m = moved.json();
  assert.deepEqual([m.closed.end_reason, m.closed.end_at], ['transferred', '2021-08-05T03:00:00.000Z']);
  assert.deepEqual(m.opened.plan.follows, { episode_id: e.episode_id, link: 'transfer' });
  assert.equal(m.opened.plan.planned_end_at, '2021-08-16T01:00:00.000Z');

  const done = await post(`/episodes/${m.opened.episode_id}/close`, {
    end_at: '2021-08-16T09:00:00+07:00',
    follow_on: true,
  });
  assert.equal(done.statusCode, 200, done.body);
  const home = done.json().opened;
  assert.deepEqual(
    [home.kind, home.plan.phase, home.plan.follows, home.plan.planned_end_at],
    ['home', 'follow_on', { episode_id: m.opened.episode_id, link: 'follow_on' }, '2021-08-30T02:00:00.000Z'],
  );
  const again = await post(`/episodes/${m.opened.episode_id}/close`, { end_at: '2021-08-17T09:00:00+07:00' });
  assert.deepEqual([again.statusCode, again.json().error], [409, 'episode_closed']);
  assert.deepEqual(
    (await officer('/api/v1/quarantine/episodes?person_ref=F1a')).json().map((x: any) => [x.kind, x.facility_code]),
    [
      ['home', null],
      ['centralized', 'FB'],
      ['centralized', 'FA'],
    ],
  );
  assert.equal((await officer('/api/v1/quarantine/episodes/999999')).statusCode, 404);
  assert.equal((await officer('/api/v1/quarantine/facilities/NONE')).statusCode, 404);
  const nobody = await post('/episodes', { person_ref: 'NOBODY', kind: 'home', start_at: '2021-08-02T08:00:00+07:00' });
  assert.deepEqual([nobody.statusCode, nobody.json().field], [404, 'person_ref']);
});
