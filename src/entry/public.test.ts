// The public QR form of a checkpoint and the guest report of an accommodation: validation, abuse limits, the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { createSite, updateSite } from './sites.ts';
import { tuanGiao } from './fixtures.ts';
import { LIMITS } from './public.ts';

let t: TestDb;
let app: FastifyInstance;
let token: string, hostToken: string;
const as: Record<string, Client> = {};

before(async () => {
  t = await testDb('11');
  ({ token, hostToken } = await tuanGiao(t));
  app = await testApp(t);
  await addUser(t, 'cp099', 'checkpoint_staff', ['district', '099']);
  await addUser(t, 'cp094', 'checkpoint_staff', ['district', '094']);
  await addUser(t, 'leader', 'leader', ['province', '11']);
  for (const u of ['cp099', 'cp094', 'leader']) as[u] = await signIn(app, u);
});
after(async () => {
  await app.close();
  await t.close();
});

let ip = 0;
/** Each call from its own address, so the per-IP limit is only met where a test means to meet it. */
const post = (payload: Record<string, unknown>, opts: { lang?: string; ip?: string; url?: string } = {}) =>
  app.inject({
    method: 'POST',
    url: opts.url ?? '/api/v1/public/entry/declarations',
    payload,
    remoteAddress: opts.ip ?? `10.1.${++ip >> 8}.${ip & 255}`,
    headers: opts.lang ? { 'accept-language': opts.lang } : {},
  });
const valid = (over: Record<string, unknown> = {}) => ({
  checkpoint_code: 'TG',
  t: token,
  full_name: 'Lò Văn Pành',
  birth_year: 1990,
  sex: 'M',
  phone: '+84 912 345 678',
  id_number: '011090001234',
  from_country: 'VN',
  from_ward: '00001',
  to_ward_code: '03259',
  to_place: 'Bản Phình',
  ...over,
});
const count = async (table = 'declarations') =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

test(`[${engineName}] the form of a checkpoint opens only with its QR token`, async () => {
  const ok = await app.inject({ url: `/api/v1/public/entry/forms/checkpoint/TG?t=${token}` });
  assert.equal(ok.statusCode, 200);
  const form = ok.json();
  assert.equal(form.site.name, 'Chốt Tuần Giáo');
  assert.equal(form.site.ward_name, 'Thị trấn Tuần Giáo');
  assert.ok(form.destinations.some((w: { code: string }) => w.code === '03259'));
  for (const url of [
    `/api/v1/public/entry/forms/checkpoint/TG?t=wrong`,
    `/api/v1/public/entry/forms/checkpoint/XX?t=${token}`,
  ]) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 404, url);
    assert.equal(r.json().error, 'form_not_found');
  }
  const units = await app.inject({ url: '/api/v1/public/entry/units?parent=001' });
  assert.deepEqual(units.json()[0], { code: '00001', name: 'Phường Phúc Xá' });
});

test(`[${engineName}] a declaration is stored normalised, matched to its origin area, with a receipt code`, async () => {
  const r = await post(valid());
  assert.equal(r.statusCode, 201, r.body);
  const body = r.json();
  assert.match(body.declaration_ref, /^QR-[2-9A-HJKMNP-TV-Z]{8}$/);
  assert.equal(body.outbreak_area, 'Hà Nội');
  const [d] = await t.db.query(`SELECT * FROM declarations WHERE declaration_ref = $1`, [body.declaration_ref]);
  assert.equal(d.phone, '0912345678');
  assert.equal(d.channel, 'qr');
  assert.equal(d.checkpoint_code, 'TG');
  // The ward given alone brings its district and province.
  assert.deepEqual([d.from_province, d.from_district, d.from_ward], ['01', '001', '00001']);
  assert.equal(d.recorded_by, 'qr:TG');
  const tasks = await t.db.query(
    `SELECT kind, ward_code FROM entry_followups WHERE declaration_id = $1 ORDER BY kind`,
    [d.declaration_id],
  );
  assert.deepEqual(
    tasks.map((x) => [x.kind, x.ward_code]),
    [
      ['quarantine', '03259'],
      ['test', '03259'],
    ],
  );
  // Audited in the declarations' own audit table (who, where), not in the officers' audit_log.
  const a = await t.db.query(`SELECT actor, site_kind, site_code FROM declaration_audit WHERE declaration_ref = $1`, [
    body.declaration_ref,
  ]);
  assert.deepEqual(a, [{ actor: 'qr:TG', site_kind: 'checkpoint', site_code: 'TG' }]);
  assert.deepEqual(
    await t.db.query(`SELECT 1 FROM audit_log WHERE entity = 'declaration' AND entity_key = $1`, [
      body.declaration_ref,
    ]),
    [],
  );
});

test(`[${engineName}] phone, CCCD, required fields and origin are validated, naming the field, in Vietnamese or English`, async () => {
  const before = await count();
  const cases: [Record<string, unknown>, string, string, RegExp][] = [
    [{ phone: '12345' }, 'phone', 'bad_phone', /Số điện thoại không hợp lệ/],
    [{ id_number: '01109000123' }, 'id_number', 'bad_id_number', /CCCD/],
    [{ id_number: '011095001234' }, 'id_number', 'bad_cccd_birth', /không khớp/], // the CCCD says 1995
    [{ id_number: '099090001234' }, 'id_number', 'bad_cccd_province', /Mã tỉnh/], // no province 99
    [{ birth_year: undefined }, 'birth_year', 'required', /Bắt buộc/],
    [{ phone: '' }, 'phone', 'required', /Bắt buộc/],
    [{ from_ward: undefined, from_province: undefined }, 'from_province', 'required', /Bắt buộc/],
    [{ from_district: '002' }, 'from_ward', 'origin_mismatch', /không thuộc/], // Phúc Xá is in Ba Đình (001)
    [{ from_ward: '99999' }, 'from_ward', 'unknown_unit', /99999/],
    [
      { from_country: 'LA', from_ward: undefined, from_province: '01' },
      'from_province',
      'origin_abroad_unit',
      /nước ngoài/,
    ],
    [{ to_ward_code: '00001' }, 'to_ward_code', 'unknown_ward', /00001/], // not a ward of Điện Biên
  ];
  for (const [over, field, error, message] of cases) {
    const r = await post(valid(over));
    assert.equal(r.statusCode, 400, `${JSON.stringify(over)} → ${r.body}`);
    assert.deepEqual([r.json().field, r.json().error], [field, error], JSON.stringify(over));
    assert.match(r.json().message, message);
  }
  const en = await post(valid({ phone: '12345' }), { lang: 'en' });
  assert.equal(en.json().message, 'Invalid phone number: 12345');
  const shape = await post(valid({ sex: 'X' }));
  assert.deepEqual([shape.statusCode, shape.json().field], [400, 'sex']);
  assert.equal(await count(), before, 'nothing stored');
});

test(`[${engineName}] abuse: wrong token, closed checkpoint, honeypot, big bodies, double submission, per-IP limit`, async () => {
  const before = await count();
  const wrong = await post(valid({ t: 'not-the-token' }));
  assert.deepEqual([wrong.statusCode, wrong.json().error, wrong.json().field], [404, 'form_not_found', 't']);

  const bot = await post(valid({ website: 'http://spam.example', phone: '0987000111' }));
  assert.equal(bot.statusCode, 201);
  assert.match(bot.json().declaration_ref, /^QR-/);
  assert.equal(await count(), before, 'a filled honeypot stores nothing');

  const big = await post({ ...valid(), padding: 'x'.repeat(10_000) });
  assert.equal(big.statusCode, 413);

  const first = await post(valid({ full_name: 'Quàng Thị Xuân', phone: '0987000222', id_number: undefined }));
  const again = await post(valid({ full_name: 'QUÀNG THỊ XUÂN', phone: '0987 000 222', id_number: undefined }));
  assert.equal(first.statusCode, 201);
  assert.deepEqual(
    [again.statusCode, again.json().duplicate, again.json().declaration_ref],
    [200, true, first.json().declaration_ref],
  );
  const family = await post(valid({ full_name: 'Quàng Văn Minh', phone: '0987000222', id_number: undefined }));
  assert.equal(family.statusCode, 201, 'another person on the same phone is a new declaration');
  assert.equal(await count(), before + 2);

  // Every request counts, valid or not: the limit+1-th from one address within the window is refused.
  const codes: number[] = [];
  for (let i = 0; i <= LIMITS.declare.max; i++)
    codes.push((await post(valid({ phone: 'bad' }), { ip: '10.200.0.1' })).statusCode);
  assert.deepEqual(codes.slice(0, LIMITS.declare.max), Array(LIMITS.declare.max).fill(400));
  const limited = await post(valid({ phone: 'bad' }), { ip: '10.200.0.1' });
  assert.equal(limited.statusCode, 429);
  assert.match(limited.json().message, /Quá nhiều yêu cầu/);
  assert.equal(
    (await post(valid({ phone: 'bad' }), { ip: '10.200.0.2' })).statusCode,
    400,
    'other addresses are not affected',
  );
});

test(`[${engineName}] a rotated token or a closed checkpoint retires the printed QR code`, async () => {
  await createSite(t.db, t.ctx, 'checkpoint', {
    checkpoint_code: 'OLD',
    name: 'Chốt cũ',
    kind: 'checkpoint',
    ward_code: '03253',
    active_from: '2021-01-30',
    active_to: '2021-03-20',
  });
  const [old] = await t.db.query<{ form_token: string }>(
    `SELECT form_token FROM checkpoints WHERE checkpoint_code = 'OLD'`,
  );
  assert.equal((await post(valid({ checkpoint_code: 'OLD', t: old.form_token }))).statusCode, 404);

  const rotated = await as.cp099({
    method: 'PATCH',
    url: '/api/v1/entry/checkpoints/TG',
    payload: { rotate_token: true },
  });
  assert.equal(rotated.statusCode, 403, 'checkpoint staff may not manage checkpoints');
  const row = await updateSite(t.db, t.ctx, 'checkpoint', 'TG', { rotate_token: true });
  assert.notEqual(row.form_token, token);
  assert.equal((await post(valid({ phone: '0987000333' }))).statusCode, 404);
  token = row.form_token as string;
  assert.equal((await post(valid({ phone: '0987000333' }))).statusCode, 201);
});

test(`[${engineName}] a host reports guests with its link: one by one or as a CSV, idempotent`, async () => {
  const url = `/api/v1/public/entry/accommodations/NN1/guests?t=${hostToken}`;
  const one = await post(
    {
      full_name: 'Nguyễn Thị Hoa',
      id_number: '024190001111',
      birth_year: 1990,
      from_province: '24',
      declared_at: '2021-07-25T14:00:00+07:00',
      room: '101',
    },
    { url },
  );
  assert.equal(one.statusCode, 201, one.body);
  const [g] = await t.db.query(
    `SELECT channel, accommodation_code, to_ward_code, room, sex FROM declarations WHERE declaration_ref = $1`,
    [one.json().declaration_ref],
  );
  assert.deepEqual(g, {
    channel: 'accommodation',
    accommodation_code: 'NN1',
    to_ward_code: '03127',
    room: '101',
    sex: 'F',
  });
  const noId = await post({ full_name: 'Khách', from_province: '24' }, { url });
  assert.deepEqual([noId.statusCode, noId.json().field], [400, 'id_number']);
  assert.equal(
    (
      await post(
        { full_name: 'Khách', id_number: '024190001112', from_province: '24' },
        { url: url.replace(hostToken, 'x') },
      )
    ).statusCode,
    404,
  );

  const csv =
    'full_name,birth_year,id_number,from_province,declared_at,room\n' +
    'Trần Văn Bắc,1985,024085000001,24,2021-07-26 20:00,102\nHoàng Thị Giang,,024195000002,24,2021-07-26 20:05,102\n';
  const upload = () =>
    app.inject({
      method: 'POST',
      url: `/api/v1/public/entry/accommodations/NN1/guests.csv?t=${hostToken}`,
      payload: csv,
      headers: { 'content-type': 'text/csv' },
    });
  const first = await upload();
  assert.equal(first.statusCode, 200, first.body);
  assert.deepEqual([first.json().inserted, first.json().updated], [2, 0]);
  const second = await upload();
  assert.deepEqual([second.json().inserted, second.json().updated], [0, 0]);
  const [{ n }] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM declarations WHERE accommodation_code = 'NN1' AND birth_year = 1995`,
  );
  assert.equal(n, 1, 'the birth year comes from the CCCD');
  const bad = await app.inject({
    method: 'POST',
    url: `/api/v1/public/entry/accommodations/NN1/guests.csv?t=${hostToken}`,
    headers: { 'content-type': 'text/csv' },
    payload: 'full_name,id_number,declared_at\nA,123,2021-07-26 20:00\n',
  });
  assert.equal(bad.statusCode, 422);
  assert.deepEqual(
    bad.json().rejected.map((x: { line: number; column: string }) => [x.line, x.column]),
    [[2, 'id_number']],
  );
});

test(`[${engineName}] the page is served with a strict CSP, and staff print the QR code of their checkpoint`, async () => {
  const page = await app.inject({ url: `/khai-bao/TG?t=${token}` });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<script type="module" src="\/khai-bao-assets\/form.js"><\/script>/);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  assert.doesNotMatch(page.body, /<script>(?!<)/, 'no inline script');
  assert.equal(
    (await app.inject({ url: '/khai-bao-assets/form.js' })).headers['content-type'],
    'text/javascript; charset=utf-8',
  );
  assert.equal((await app.inject({ url: '/khai-bao-assets/secret.txt' })).statusCode, 404);
  // The form's texts: its catalogues in both languages, as the module form.js imports.
  const text = await app.inject({ url: '/khai-bao-assets/text.js' });
  assert.equal(text.headers['content-type'], 'text/javascript; charset=utf-8');
  const { TEXT } = await import(`data:text/javascript;base64,${Buffer.from(text.body).toString('base64')}`);
  assert.equal(TEXT.vi.submit, 'Gửi khai báo');
  assert.equal(TEXT.en.submit, 'Submit declaration');
  assert.equal(TEXT.en.country.KR, 'South Korea');

  const qr = await as.cp099('/api/v1/entry/checkpoints/TG/qr.svg');
  assert.equal(qr.statusCode, 200);
  assert.match(qr.body, /^<svg/);
  assert.equal(qr.headers['x-form-url'], `http://localhost:80/khai-bao/TG?t=${token}`);
  assert.equal((await as.cp094('/api/v1/entry/checkpoints/TG/qr.svg')).json().error, 'out_of_scope');
  assert.equal((await as.leader('/api/v1/entry/declarations')).statusCode, 403);
  assert.equal((await as.cp099('/api/v1/entry/checkpoints/TG/qr.png')).headers['content-type'], 'image/png');
});

test(`[${engineName}] checkpoint staff enter paper declarations, find them by receipt or phone, record incidents and violations`, async () => {
  const paper = await as.cp099({
    method: 'POST',
    url: '/api/v1/entry/declarations',
    payload: {
      checkpoint_code: 'TG',
      full_name: 'Giàng A Lử',
      birth_year: 1970,
      phone: '0977000111',
      from_province: '24',
      to_ward_code: '03259',
    },
  });
  assert.equal(paper.statusCode, 201, paper.body);
  const ref = paper.json().declaration_ref as string;
  assert.match(ref, /^KB-/);
  const byPhone = (await as.cp099('/api/v1/entry/declarations?q=%2B84977000111')).json();
  assert.deepEqual(
    byPhone.map((d: { declaration_ref: string; channel: string; recorded_by: string }) => [
      d.declaration_ref,
      d.channel,
      d.recorded_by,
    ]),
    [[ref, 'paper', 'cp099']],
  );
  assert.equal(
    (await as.cp099(`/api/v1/entry/declarations?q=${ref.toLowerCase()}`)).json().length,
    1,
    'a receipt typed in lower case',
  );
  assert.equal((await as.cp099(`/api/v1/entry/declarations/${ref}`)).json().full_name, 'Giàng A Lử');
  assert.equal((await as.cp094(`/api/v1/entry/declarations/${ref}`)).json().error, 'out_of_scope');
  assert.deepEqual((await as.cp094('/api/v1/entry/declarations?q=0977000111')).json(), []);
  const elsewhere = await as.cp094({
    method: 'POST',
    url: '/api/v1/entry/declarations',
    payload: { checkpoint_code: 'TG', full_name: 'X', from_province: '24' },
  });
  assert.equal(elsewhere.json().error, 'out_of_scope');

  const incident = await as.cp099({
    method: 'POST',
    url: '/api/v1/entry/incidents',
    payload: {
      kind: 'illegal_entry',
      occurred_at: '2021-07-10T02:00:00+07:00',
      people: 4,
      border: 'la',
      place: 'Lối mở bản Huổi Lóng',
      checkpoint_code: 'TG',
      handling: 'quarantine',
    },
  });
  assert.equal(incident.statusCode, 201, incident.body);
  assert.deepEqual([incident.json().ward_code, incident.json().border], ['03253', 'LA']);
  const violation = await as.cp099({
    method: 'POST',
    url: '/api/v1/entry/violations',
    payload: {
      kind: 'false_declaration',
      occurred_at: '2021-07-11T10:00:00+07:00',
      offender_name: 'Giàng A Lử',
      ward_code: '03253',
      fine_vnd: 1_500_000,
      declaration_ref: ref,
    },
  });
  assert.equal(violation.statusCode, 201, violation.body);
  const listed = (await as.cp099('/api/v1/entry/violations')).json();
  assert.deepEqual(
    listed.map((v: { kind: string; declaration_ref: string; fine_vnd: number }) => [
      v.kind,
      v.declaration_ref,
      v.fine_vnd,
    ]),
    [['false_declaration', ref, 1_500_000]],
  );
  assert.equal((await as.cp094('/api/v1/entry/violations')).json().length, 0);
  const noRef = await as.cp099({
    method: 'POST',
    url: '/api/v1/entry/violations',
    payload: {
      kind: 'no_mask',
      occurred_at: '2021-07-11T10:00:00+07:00',
      ward_code: '03253',
      declaration_ref: 'NOPE',
      offender_name: 'Y',
    },
  });
  assert.deepEqual([noRef.statusCode, noRef.json().field], [400, 'declaration_ref']);
  const counts = await as.leader('/api/v1/entry/counts?at=2021-08-01T18:00:00%2B07:00');
  assert.equal(counts.statusCode, 200);
  assert.deepEqual(counts.json().incidents.illegal_entry, {
    cases: 1,
    people: 4,
    by_border: { LA: { cases: 1, people: 4 } },
  });
  assert.deepEqual(counts.json().violations.false_declaration, { count: 1, fined: 1, fines_vnd: 1_500_000 });
});

test(`[${engineName}] declarations arriving together are stored in one batch, each with its own answer`, async () => {
  const before = await count();
  const phones = Array.from({ length: 10 }, (_, i) => `09870000${String(i).padStart(2, '0')}`);
  // Ten travellers, one of them twice (a double tap), and one with a destination outside the province.
  const sent = [
    ...phones.map((phone) => valid({ phone, id_number: undefined })),
    valid({ phone: phones[3], id_number: undefined }),
    valid({ phone: '0987000099', id_number: undefined, to_ward_code: '00001' }),
  ];
  const replies = await Promise.all(sent.map((p) => post(p)));
  assert.deepEqual(
    replies.map((r) => r.statusCode),
    [...phones.map(() => 201), 200, 400],
  );
  assert.equal(
    replies[10].json().declaration_ref,
    replies[3].json().declaration_ref,
    'the double tap gets the first receipt',
  );
  assert.equal(replies[11].json().field, 'to_ward_code');
  assert.equal(new Set(replies.slice(0, 10).map((r) => r.json().declaration_ref)).size, 10);
  assert.equal(await count(), before + 10);
});
