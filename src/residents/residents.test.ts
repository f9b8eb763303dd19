// Residents abroad and residents held in other provinces (docs/contracts/period-report.md): the import kind
// residents_abroad (refusals by line and column, idempotent, a district's own wards only) and the report at T, the
// figures worked by hand in test-residents.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';
import { residentsReport } from './service.ts';
import { loadResidentsScenario, RESIDENTS_AT, RESIDENTS_CSV } from './test-residents.ts';

let t: TestDb, app: FastifyInstance, officer: Client, vithanh: Client;

before(async () => {
  t = await testDb();
  await loadResidentsScenario(t);
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
  [officer, vithanh] = [await signIn(app, 'tinh'), await signIn(app, 'vithanh')];
});
after(async () => {
  await app?.close();
  await t?.close();
});

const atT = new Date(RESIDENTS_AT);

test(`[${engineName}] the residents report at 1/8/2021 18:00`, async () => {
  // Abroad: R1, R2, R3, R4, R6 (back only on 2/8), R8 = 6; returned: R5 (on T's day), R7 = 2; expected back, of the
  // 6: R8 CN, R4 KR, R1 and R2 TW, R6 US. Held: 19 — H4 completed (H5 ended otherwise); 82 — H1 completed at exactly
  // T, H2 current; 84 — H3 current; 20 — H6 starts after T.
  assert.deepEqual(await residentsReport(t.db, t.ctx, atT), {
    at: '2021-08-01T18:00:00+07:00',
    abroad: {
      total: 6,
      returned: 2,
      expected_by_country: [
        { country: 'CN', count: 1 },
        { country: 'KR', count: 1 },
        { country: 'TW', count: 2 },
        { country: 'US', count: 1 },
      ],
    },
    held_elsewhere: [
      { province_code: '19', completed: 1, current: 0 },
      { province_code: '82', completed: 1, current: 1 },
      { province_code: '84', completed: 0, current: 1 },
    ],
  });
  // A minute before T, H1 is still held in 82; the day before T, R5 had not returned.
  const minute = await residentsReport(t.db, t.ctx, new Date('2021-08-01T17:59:00+07:00'));
  assert.deepEqual(minute.held_elsewhere[1], { province_code: '82', completed: 0, current: 2 });
  assert.deepEqual(minute.abroad.returned, 2);
  const dayBefore = await residentsReport(t.db, t.ctx, new Date('2021-07-31T23:59:59+07:00'));
  assert.deepEqual([dayBefore.abroad.total, dayBefore.abroad.returned], [7, 1]);
  assert.deepEqual(
    dayBefore.abroad.expected_by_country.map((c) => c.country),
    ['CN', 'JP', 'KR', 'TW', 'US'],
  );
  // On 2/8 R6 is back and H6 is held in Lạng Sơn (20).
  const next = await residentsReport(t.db, t.ctx, new Date('2021-08-02T09:00:00+07:00'));
  assert.deepEqual([next.abroad.total, next.abroad.returned], [5, 3]);
  assert.deepEqual(
    next.held_elsewhere.map((h) => h.province_code),
    ['19', '20', '82', '84'],
  );
  assert.deepEqual(next.held_elsewhere[1], { province_code: '20', completed: 0, current: 1 });
});

test(`[${engineName}] GET /reports/residents: the report over your wards; a missing or bad at named`, async () => {
  const url = `/api/v1/reports/residents?at=${encodeURIComponent(RESIDENTS_AT)}`;
  const all = await officer(url);
  assert.equal(all.statusCode, 200, all.body);
  assert.deepEqual(all.json(), await residentsReport(t.db, t.ctx, atT));
  const docx = await officer(`${url}&format=docx`);
  assert.equal(docx.statusCode, 200);
  assert.match(docx.headers['content-type'] as string, /wordprocessingml/);
  assert.match(docx.headers['content-disposition'] as string, /filename="nguoi-dan-o-nuoc-ngoai-93-.*\.docx"/);
  // Vị Thanh (930, ward 31321): R1, R2, R3, R6, R8 abroad, R7 returned; H1, H2, H4, H5 held (H3 lives in 31340).
  const mine = (await vithanh(url)).json();
  assert.deepEqual([mine.abroad.total, mine.abroad.returned], [5, 1]);
  assert.deepEqual(
    mine.abroad.expected_by_country.map((c: { country: string; count: number }) => `${c.country} ${c.count}`),
    ['CN 1', 'TW 2', 'US 1'],
  );
  assert.deepEqual(mine.held_elsewhere, [
    { province_code: '19', completed: 1, current: 0 },
    { province_code: '82', completed: 1, current: 1 },
  ]);
  for (const [query, message, en] of [
    ['', /^Thiếu tham số at$/, /^Missing parameter at$/],
    ['?at=2021-13-01T00:00:00%2B07:00', /^at: thời điểm không hợp lệ/, /^at: invalid instant/],
  ] as const) {
    const r = await officer(`/api/v1/reports/residents${query}`);
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().field, 'at');
    assert.match(r.json().message, message);
    const e = await officer({ url: `/api/v1/reports/residents${query}`, headers: { 'accept-language': 'en' } });
    assert.match(e.json().message, en);
  }
});

test(`[${engineName}] residents_abroad: idempotent; bad rows refused by line and column, nothing written`, async () => {
  const again = await importFile(t.db, t.ctx, 'residents_abroad', Readable.from([RESIDENTS_CSV]));
  assert.deepEqual([again.rows, again.inserted, again.updated, again.rejected], [8, 0, 0, []]);
  const bad =
    'resident_ref,full_name,ward_code,country,left_on,expected_return_on,returned_on,person_ref\n' +
    'R9,Người Chín,31321,Taiwan,,,,\n' + // line 2: not ISO alpha-2
    'R10,Người Mười,99999,KR,,,,\n' + // line 3: no such ward
    'R11,Người Mười Một,31321,KR,2021-05-01,,2021-04-01,\n' + // line 4: back before leaving
    'R12,Người Mười Hai,31321,KR,,,,NOBODY\n' + // line 5: no such person
    'R13,,31321,KR,,,,\n' + // line 6: name required
    'R1,Nguyễn Văn Một,31321,TW,2019-05-01,2021-09-01,2021-07-30,\n'; // line 7: valid (an update), not written
  const r = await importFile(t.db, t.ctx, 'residents_abroad', Readable.from([bad]));
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'country'],
      [3, 'ward_code'],
      [4, 'returned_on'],
      [5, 'person_ref'],
      [6, 'full_name'],
    ],
  );
  assert.match(r.rejected[0].reason, /2 chữ cái ISO 3166.*Taiwan/);
  assert.equal(r.inserted + r.updated, 0);
  const [{ n, back }] = await t.db.query<{ n: number; back: number }>(
    `SELECT count(*)::int AS n, count(returned_on)::int AS back FROM residents_abroad`,
  );
  assert.deepEqual([n, back], [8, 3]);

  // A change is an update, audited with before and after.
  const changed = RESIDENTS_CSV.replace(
    'R3,Lê Văn Ba,31321,KR,2018-01-01,,,',
    'R3,Lê Văn Ba,31321,KR,2018-01-01,2021-09-09,,',
  );
  const u = await importFile(t.db, t.ctx, 'residents_abroad', Readable.from([changed]));
  assert.deepEqual([u.inserted, u.updated, u.rejected], [0, 1, []]);
  const [a] = await t.db.query<{ before: { expected_return_on: null }; after: { expected_return_on: string } }>(
    `SELECT before, after FROM audit_log WHERE entity = 'resident_abroad' AND entity_key = 'R3' AND action = 'update'`,
  );
  assert.equal(a.before.expected_return_on, null);
  assert.equal(a.after.expected_return_on, '2021-09-09');
});

test(`[${engineName}] residents_abroad over HTTP: a district imports its own wards only`, async () => {
  const post = (c: Client, csv: string) =>
    c({
      method: 'POST',
      url: '/api/v1/imports/residents_abroad',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
  const header = 'resident_ref,full_name,ward_code,country\n';
  // 31340 is Ngã Bảy's; R4 is registered there, so Vị Thanh cannot move it either.
  const r = await post(
    vithanh,
    header + 'R20,Người Hai Mươi,31321,KR\nR21,Người Hai Mốt,31340,KR\nR4,Phạm Thị Bốn,31321,KR\n',
  );
  assert.equal(r.statusCode, 422, r.body);
  assert.deepEqual(
    r.json().rejected.map((x: { line: number; column: string }) => [x.line, x.column]),
    [
      [3, 'ward_code'],
      [4, 'resident_ref'],
    ],
  );
  const ok = await post(vithanh, header + 'R20,Người Hai Mươi,31321,KR\n');
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().inserted, 1);
});
