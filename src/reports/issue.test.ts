// Reports over HTTP: permissions and jurisdiction, the template, drafts, issuing (numbered, immutable snapshots)
// and the list of issued reports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';
import { loadScenario } from './fixtures.ts';

let t: TestDb, app: FastifyInstance;
let admin: Client, d930: Client, d931: Client, leader: Client, lab: Client;
const AT = encodeURIComponent('2021-09-10T06:30:00+07:00');

before(async () => {
  t = await testDb();
  await loadScenario(t);
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
  await addUser(t, 'ngabay', 'district_officer', ['district', '931']);
  await addUser(t, 'lanhdao', 'leader', ['province', '93']);
  await addUser(t, 'xetnghiem', 'lab_staff', ['province', '93']);
  [admin, d930, d931, leader, lab] = await Promise.all(
    ['tinh', 'vithanh', 'ngabay', 'lanhdao', 'xetnghiem'].map((u) => signIn(app, u)),
  );
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] GET /reports/daily: the contract JSON, filtered to the caller's wards`, async () => {
  const r = await admin(`/api/v1/reports/daily?at=${AT}`);
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.deepEqual(Object.keys(body), ['province_code', 'as_of', 'previous_as_of', 'current', 'previous']);
  assert.equal(body.as_of, '2021-09-10T06:30:00+07:00');
  assert.equal(body.current.cases.total, 5);
  // A district officer of Vị Thanh sees the figures of its wards only, and only its facilities.
  const d = (await d930(`/api/v1/reports/daily?at=${AT}`)).json();
  assert.equal(d.current.cases.total, 3);
  assert.deepEqual(
    d.current.quarantine.by_facility.map((f: { facility_code: string }) => f.facility_code),
    ['FA'],
  );
  // A leader reads reports; lab staff may not.
  assert.equal((await leader(`/api/v1/reports/daily?at=${AT}`)).statusCode, 200);
  assert.equal((await lab(`/api/v1/reports/daily?at=${AT}`)).statusCode, 403);
  const bad = await admin('/api/v1/reports/daily?at=yesterday');
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'at');
  // A local time without offset is read in Viet Nam time.
  assert.equal(
    (await admin(`/api/v1/reports/daily?at=${encodeURIComponent('2021-09-10 06:30')}`)).json().as_of,
    '2021-09-10T06:30:00+07:00',
  );
});

test(`[${engineName}] GET /reports/daily in each format`, async () => {
  const html = await admin(`/api/v1/reports/daily?at=${AT}&format=html`);
  assert.equal(html.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(html.body, /<td>Tổng số ca mắc<\/td><td class="num">5 \(\+2\)<\/td>/);
  assert.match(String(html.headers['content-security-policy']), /script-src 'self'/);
  const docx = await admin(`/api/v1/reports/daily?at=${AT}&format=docx`);
  assert.match(String(docx.headers['content-disposition']), /attachment; filename="bao-cao-93-2021-09-10-0630\.docx"/);
  const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('UBND TỈNH HẬU GIANG'));
  // The district's own header: its People's Committee.
  const dx = await d930(`/api/v1/reports/daily?at=${AT}&format=docx`);
  assert.ok(
    (await (await JSZip.loadAsync(dx.rawPayload)).file('word/document.xml')!.async('string')).includes(
      'UBND THÀNH PHỐ VỊ THANH',
    ),
  );
  const xlsx = await admin(`/api/v1/reports/daily?at=${AT}&format=xlsx`);
  assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
});

const TEMPLATE = {
  issuing_parent: 'UBND TỈNH HẬU GIANG',
  issuing_body: 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH COVID-19',
  number_pattern: '{n}/BC-BCĐ',
  place: 'Hậu Giang',
  title: 'Tình hình dịch bệnh Covid-19 tại tỉnh Hậu Giang',
  recipients: ['BCĐ Quốc gia PC CoVid-19 (để báo cáo);', 'Bộ Y tế (để báo cáo);', 'Lưu VT.BCĐ.'],
  signer_title: 'KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN',
  signer_name: 'Nguyễn Thanh Tùng',
  narrative_titles: ['Tình hình trên thế giới và trong nước', 'Kiến nghị'],
  schedule: [{ time: '09:00', cutoff: '06:30' }, { time: '15:00' }],
};

test(`[${engineName}] period report and review table over HTTP: JSON by default, files by format`, async () => {
  // The week of 10/9/2021 (Monday 6/9 – Sunday 12/9): new cases C3, C4 on 9/9 and C2, C5 on 10/9; six in all.
  const week = (await admin('/api/v1/reports/period?kind=week&date=2021-09-10')).json();
  assert.deepEqual(
    [week.kind, week.from, week.to, week.as_of, week.since],
    ['week', '2021-09-06', '2021-09-12', '2021-09-13T00:00:00+07:00', '2021-09-06T00:00:00+07:00'],
  );
  assert.deepEqual([week.current.cases.total, week.current.cases.new, week.previous.cases.total], [6, 4, 2]);
  assert.deepEqual(
    week.series.map((d: { cases_new: number }) => d.cases_new),
    [0, 0, 0, 2, 2, 0, 0],
  );
  const xlsx = await admin('/api/v1/reports/period?kind=week&date=2021-09-10&format=xlsx');
  assert.equal(xlsx.statusCode, 200);
  assert.match(xlsx.headers['content-type'] as string, /spreadsheetml/);
  assert.match(xlsx.headers['content-disposition'] as string, /bao-cao-week-93-2021-09-06-2021-09-12\.xlsx/);

  // Since the start of the epidemic: E6 from abroad (at home, counted once), E2 from an outbreak area (centralized).
  const review = (await admin('/api/v1/reports/review?to=2021-09-12')).json();
  assert.deepEqual([review.from, review.to, review.table.from], ['2020-01-01', '2021-09-12', '2020-01-01']);
  const row = (g: string) => review.table.rows.find((x: { group: string }) => x.group === g);
  assert.deepEqual([row('abroad').home, row('abroad').total, row('outbreak_area').centralized], [1, 1, 1]);
  const html = await admin('/api/v1/reports/review?to=2021-09-12&format=html');
  assert.match(html.headers['content-type'] as string, /text\/html/);
  assert.ok(html.body.includes('(từ đầu dịch đến hết ngày 12/09/2021)'));
  const docx = await admin('/api/v1/reports/review?from=2021-09-01&to=2021-09-12&format=docx');
  assert.match(docx.headers['content-disposition'] as string, /hoi-nghi-so-ket-93-2021-09-01-2021-09-12\.docx/);
  // Bad periods: 400 naming the field, in Vietnamese.
  for (const [q, field, message] of [
    ['from=2021-09-13&to=2021-09-12', 'from', /^Ngày bắt đầu kỳ báo cáo sau ngày kết thúc/],
    ['from=2021-09-01&to=2021-13-01', 'to', /trường to: Ngày phải có dạng YYYY-MM-DD/],
    ['from=2021-09-01', 'to', /trường to/],
  ] as const) {
    const bad = await admin(`/api/v1/reports/review?${q}`);
    assert.equal(bad.statusCode, 400, q);
    assert.equal(bad.json().field, field, q);
    assert.match(bad.json().message, message, q);
  }
});

test(`[${engineName}] the template: a default per jurisdiction, saved by those who issue, audited`, async () => {
  const def = (await admin('/api/v1/reports/template')).json();
  assert.equal(def.scope_code, '93');
  assert.equal(def.issuing_parent, 'UBND TỈNH HẬU GIANG');
  assert.equal((await d930('/api/v1/reports/template')).json().issuing_parent, 'UBND THÀNH PHỐ VỊ THANH');
  assert.equal((await leader({ method: 'PUT', url: '/api/v1/reports/template', payload: TEMPLATE })).statusCode, 403);
  const bad = await admin({
    method: 'PUT',
    url: '/api/v1/reports/template',
    payload: { ...TEMPLATE, number_pattern: 'BC-BCĐ' },
  });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().field, 'number_pattern');
  const badTime = await admin({
    method: 'PUT',
    url: '/api/v1/reports/template',
    payload: { ...TEMPLATE, schedule: [{ time: '9h' }] },
  });
  assert.equal(badTime.json().field, 'schedule.0.time');
  const put = await admin({ method: 'PUT', url: '/api/v1/reports/template', payload: TEMPLATE });
  assert.equal(put.statusCode, 200);
  assert.deepEqual((await admin('/api/v1/reports/template')).json(), {
    scope_level: 'province',
    scope_code: '93',
    ...TEMPLATE,
  });
  const [a] = await t.db.query<{ actor: string; action: string }>(
    `SELECT actor, action FROM audit_log WHERE entity = 'report_template'`,
  );
  assert.deepEqual(a, { actor: 'tinh', action: 'insert' });
});

test(`[${engineName}] drafts: edited by the officer, issued with a number, then immutable`, async () => {
  const created = await d930({
    method: 'POST',
    url: '/api/v1/reports/drafts',
    payload: { at: '2021-09-10T06:30:00+07:00' },
  });
  assert.equal(created.statusCode, 201);
  const draft = created.json();
  assert.equal(draft.scope_code, '930');
  assert.deepEqual(
    draft.narrative.map((n: { title: string }) => n.title),
    ['Nhận định tình hình', 'Các biện pháp đã triển khai', 'Kiến nghị, đề xuất'],
  );
  // Another district neither lists nor opens it; the province sees every draft.
  assert.equal((await d931(`/api/v1/reports/drafts/${draft.draft_id}`)).statusCode, 404);
  assert.deepEqual((await d931('/api/v1/reports')).json().drafts, []);
  assert.deepEqual(
    (await admin('/api/v1/reports')).json().drafts.map((d: { draft_id: number }) => d.draft_id),
    [draft.draft_id],
  );

  const narrative = [{ title: 'Nhận định tình hình', text: 'Số ca mới giảm so với hôm qua.' }];
  assert.equal(
    (await leader({ method: 'PATCH', url: `/api/v1/reports/drafts/${draft.draft_id}`, payload: { narrative } }))
      .statusCode,
    403,
  );
  assert.equal(
    (await d930({ method: 'PATCH', url: `/api/v1/reports/drafts/${draft.draft_id}`, payload: { narrative } }))
      .statusCode,
    200,
  );
  const view = (await d930(`/api/v1/reports/drafts/${draft.draft_id}`)).json();
  assert.deepEqual(view.narrative, narrative);
  assert.equal(view.report.current.cases.total, 3);

  const issued = await d930({ method: 'POST', url: `/api/v1/reports/drafts/${draft.draft_id}/issue` });
  assert.equal(issued.statusCode, 201);
  const rep = issued.json();
  assert.equal(rep.symbol, '01/BC-BCĐ');
  assert.equal(rep.issued_by, 'vithanh');
  assert.equal(
    (await d930({ method: 'PATCH', url: `/api/v1/reports/drafts/${draft.draft_id}`, payload: { narrative } }))
      .statusCode,
    409,
  );
  assert.equal((await d930({ method: 'POST', url: `/api/v1/reports/drafts/${draft.draft_id}/issue` })).statusCode, 409);

  // The snapshot: JSON, the files, who and when; the issued DOCX carries the number and the date.
  const snap = (await d930(`/api/v1/reports/issued/${rep.report_id}`)).json();
  assert.equal(snap.data.current.cases.total, 3);
  assert.deepEqual(snap.narrative, narrative);
  const docx = await d930(`/api/v1/reports/issued/${rep.report_id}?format=docx`);
  const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('Số: 01/BC-BCĐ'));
  assert.ok(xml.includes('Số ca mới giảm so với hôm qua.'));
  assert.ok(xml.includes('UBND THÀNH PHỐ VỊ THANH'));
  assert.equal((await d931(`/api/v1/reports/issued/${rep.report_id}`)).statusCode, 404);

  // A late record before the cut-off changes a new computation, never what was issued.
  const r = await importFile(
    t.db,
    t.ctx,
    'cases',
    Readable.from(['person_ref,confirmed_at\nE1,2021-09-10T05:00:00+07:00\n']),
  );
  assert.equal(r.inserted, 1);
  assert.equal((await d930(`/api/v1/reports/daily?at=${AT}`)).json().current.cases.total, 4);
  assert.equal((await d930(`/api/v1/reports/issued/${rep.report_id}`)).json().data.current.cases.total, 3);
  const again = await d930(`/api/v1/reports/issued/${rep.report_id}?format=docx`);
  assert.deepEqual(again.rawPayload, docx.rawPayload);

  // The table refuses changes whoever asks.
  await assert.rejects(t.db.query(`UPDATE issued_reports SET symbol = 'x'`), /immutable/);
  await assert.rejects(t.db.query(`DELETE FROM issued_reports`), /immutable/);
  // The application's role may not truncate any table; the owner meets the trigger.
  await assert.rejects(t.db.query(`TRUNCATE issued_reports CASCADE`), /permission denied/);
  await assert.rejects(
    t.db.tx(async (tx) => {
      await tx.exec('SET LOCAL ROLE NONE');
      await tx.exec('TRUNCATE issued_reports CASCADE');
    }),
    /immutable/,
  );
  const [audit] = await t.db.query<{ actor: string }>(
    `SELECT actor FROM audit_log WHERE entity = 'report' AND action = 'issue'`,
  );
  assert.equal(audit.actor, 'vithanh');
});

test(`[${engineName}] numbers run per issuing body and year; a new draft starts from the last issued text`, async () => {
  const issue = async (c: Client, at: string) => {
    const d = (await c({ method: 'POST', url: '/api/v1/reports/drafts', payload: { at } })).json();
    return {
      draft: d,
      issued: (await c({ method: 'POST', url: `/api/v1/reports/drafts/${d.draft_id}/issue` })).json(),
    };
  };
  const p1 = await issue(admin, '2021-09-10T06:30:00+07:00');
  assert.equal(p1.issued.symbol, '01/BC-BCĐ'); // the province's own numbering, apart from the district's
  assert.deepEqual(p1.draft.narrative, [
    { title: 'Tình hình trên thế giới và trong nước', text: '' },
    { title: 'Kiến nghị', text: '' },
  ]);
  const p2 = await issue(admin, '2021-09-10T14:30:00+07:00');
  assert.equal(p2.issued.symbol, '02/BC-BCĐ');
  const d2 = await issue(d930, '2021-09-11T06:30:00+07:00');
  assert.equal(d2.issued.symbol, '02/BC-BCĐ');
  assert.deepEqual(d2.draft.narrative, [{ title: 'Nhận định tình hình', text: 'Số ca mới giảm so với hôm qua.' }]);

  const list = (await admin('/api/v1/reports')).json();
  assert.deepEqual(
    list.issued.map((r: { symbol: string; scope_code: string }) => `${r.scope_code} ${r.symbol}`),
    ['930 02/BC-BCĐ', '93 02/BC-BCĐ', '93 01/BC-BCĐ', '930 01/BC-BCĐ'],
  );
  assert.equal(list.issued[0].as_of, '2021-09-11T06:30:00+07:00');
  // The district lists its own only; a leader (province-wide) lists them all.
  assert.deepEqual(
    (await d930('/api/v1/reports')).json().issued.map((r: { symbol: string }) => r.symbol),
    ['02/BC-BCĐ', '01/BC-BCĐ'],
  );
  assert.equal((await leader('/api/v1/reports')).json().issued.length, 4);
  // A cut-off still to come cannot be issued.
  const future = (
    await admin({ method: 'POST', url: '/api/v1/reports/drafts', payload: { at: '2999-01-01T06:30:00+07:00' } })
  ).json();
  const refused = await admin({ method: 'POST', url: `/api/v1/reports/drafts/${future.draft_id}/issue` });
  assert.equal(refused.statusCode, 400);
  assert.equal(refused.json().field, 'as_of');
});
