// Validation errors in the user's language: the field, a catalogue key, and the schema's limits in the message —
// never zod's or Fastify's English text inside a Vietnamese message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { keyed } from '../shared/messages.ts';
import { registerErrorHandler } from './http.ts';

// zod's and Fastify's own words; a Vietnamese message (field names and patterns aside) contains none of them.
const ENGLISH = /\b(invalid|expected|received|must|too (small|big)|at (least|most)|contain|input|body)\b/i;

let t: TestDb;
let app: FastifyInstance;
let admin: Client;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  admin = await signIn(app, 'admin');
});
after(async () => {
  await app.close();
  await t.close();
});

type Refusal = { field: string; error: string; vi: string; en: string };

/** Sends the request in Vietnamese and in English; both must be refused 400 with the same field and key. */
async function refused(send: (lang: string) => Promise<Awaited<ReturnType<Client>>>, expected: Refusal) {
  const [vi, en] = [await send('vi'), await send('en')];
  for (const r of [vi, en]) assert.equal(r.statusCode, 400, r.body);
  assert.deepEqual(vi.json(), {
    error: expected.error,
    field: expected.field,
    message: `Dữ liệu không hợp lệ ở trường ${expected.field}: ${expected.vi}`,
  });
  assert.deepEqual(en.json(), {
    error: expected.error,
    field: expected.field,
    message: `Invalid input in field ${expected.field}: ${expected.en}`,
  });
  assert.doesNotMatch(expected.vi, ENGLISH);
}

const newUser = {
  username: 'xa.vi.thanh',
  display_name: 'Cán bộ xã',
  role: 'commune_officer',
  scope_level: 'ward',
  scope_code: '31321',
  password: 'mật khẩu đủ dài',
};
const post = (url: string, payload: object) => (lang: string) =>
  admin({ method: 'POST', url, payload, headers: { 'accept-language': lang } });
const put = (url: string, payload: object) => (lang: string) =>
  admin({ method: 'PUT', url, payload, headers: { 'accept-language': lang } });
const get = (url: string) => (lang: string) => admin({ url, headers: { 'accept-language': lang } });

test(`[${engineName}] a new user with a bad body: pattern, empty, enum and missing field named in vi and en`, async () => {
  await refused(post('/api/v1/users', { ...newUser, username: 'ab' }), {
    field: 'username',
    error: 'bad_pattern',
    vi: 'Sai định dạng, phải khớp mẫu /^[a-z0-9._-]{3,50}$/',
    en: 'Wrong format, must match /^[a-z0-9._-]{3,50}$/',
  });
  await refused(post('/api/v1/users', { ...newUser, display_name: '   ' }), {
    field: 'display_name',
    error: 'empty',
    vi: 'Không được để trống',
    en: 'Must not be empty',
  });
  await refused(post('/api/v1/users', { ...newUser, display_name: 'x'.repeat(101) }), {
    field: 'display_name',
    error: 'max_chars',
    vi: 'Tối đa 100 ký tự',
    en: 'At most 100 characters',
  });
  const roles =
    'province_admin, province_officer, district_officer, commune_officer, lab_staff, checkpoint_staff, leader';
  await refused(post('/api/v1/users', { ...newUser, role: 'boss' }), {
    field: 'role',
    error: 'not_allowed',
    vi: `Giá trị không được chấp nhận, chỉ nhận: ${roles}`,
    en: `Value not accepted, allowed: ${roles}`,
  });
  const { password: _, ...noPassword } = newUser;
  await refused(post('/api/v1/users', noPassword), {
    field: 'password',
    error: 'required',
    vi: 'Bắt buộc phải có giá trị',
    en: 'A value is required',
  });
  await refused(post('/api/v1/users', { ...newUser, password: 12345678901 }), {
    field: 'password',
    error: 'expect_string',
    vi: 'Phải là chuỗi ký tự',
    en: 'Must be text',
  });
  assert.equal((await post('/api/v1/users', newUser)('vi')).statusCode, 201, 'the same body, corrected, is accepted');
});

test(`[${engineName}] our refinements speak the user's language: report number pattern, schedule, stock, Ct`, async () => {
  const template = (await admin('/api/v1/reports/template')).json();
  const {
    number_pattern,
    issuing_parent,
    issuing_body,
    place,
    title,
    recipients,
    signer_title,
    signer_name,
    narrative_titles,
    schedule,
  } = template;
  const body = {
    number_pattern,
    issuing_parent,
    issuing_body,
    place,
    title,
    recipients,
    signer_title,
    signer_name,
    narrative_titles,
    schedule,
  };
  await refused(put('/api/v1/reports/template', { ...body, number_pattern: 'BC-BCĐ' }), {
    field: 'number_pattern',
    error: 'must_contain',
    vi: 'Phải chứa "{n}"',
    en: 'Must contain "{n}"',
  });
  await refused(put('/api/v1/reports/template', { ...body, schedule: [{ time: '07:30' }, { time: '24:00' }] }), {
    field: 'schedule.1.time',
    error: 'bad_clock_time',
    vi: 'Giờ phải có dạng HH:MM (00:00–23:59)',
    en: 'A time must be HH:MM (00:00–23:59)',
  });

  const pfizer = {
    name: 'Comirnaty',
    primary_doses: 2,
    min_interval_days: 21,
    max_interval_days: 84,
    booster_doses: 1,
    booster_min_days: 90,
    booster_max_days: 365,
  };
  await refused(put('/api/v1/vaccination/products/pfizer/2021-10-01', { ...pfizer, max_interval_days: 14 }), {
    field: 'max_interval_days',
    error: 'not_less_than_field',
    vi: 'Không được nhỏ hơn min_interval_days',
    en: 'Must not be less than min_interval_days',
  });
  await refused(put('/api/v1/vaccination/products/pfizer/2021-10-01', { ...pfizer, booster_max_days: 60 }), {
    field: 'booster_max_days',
    error: 'not_less_than_field',
    vi: 'Không được nhỏ hơn booster_min_days',
    en: 'Must not be less than booster_min_days',
  });
  await refused(put('/api/v1/vaccination/products/pfizer/2021-10-01', { ...pfizer, primary_doses: 6 }), {
    field: 'primary_doses',
    error: 'max_value',
    vi: 'Không được lớn hơn 5',
    en: 'Must be at most 5',
  });
  await refused(put('/api/v1/vaccination/products/pfizer/2021-13-01', pfizer), {
    field: 'effective_from',
    error: 'bad_iso_date',
    vi: 'Ngày phải có dạng YYYY-MM-DD',
    en: 'A date must be YYYY-MM-DD',
  });

  const receipt = {
    kind: 'receipt',
    moved_on: '2021-08-01',
    site_code: 'KHO',
    product: 'pfizer',
    lot: 'FF0001',
    quantity: 0,
  };
  await refused(post('/api/v1/vaccination/stock/moves', receipt), {
    field: 'quantity',
    error: 'not_zero',
    vi: 'Phải khác 0',
    en: 'Must not be 0',
  });
  await refused(post('/api/v1/vaccination/stock/moves', { ...receipt, quantity: 2.5 }), {
    field: 'quantity',
    error: 'expect_int',
    vi: 'Phải là số nguyên',
    en: 'Must be a whole number',
  });

  await refused(post('/api/v1/testing/samples/S1/result', { result: 'positive', ct_values: { E: 22.1, N: 60 } }), {
    field: 'ct_values.N',
    error: 'ct_range',
    vi: 'Giá trị Ct phải lớn hơn 0 và không quá 50',
    en: 'A Ct value must be above 0 and at most 50',
  });
  // a bad gene name is a bad record key: what is wrong with it comes from the key's own schema
  await refused(post('/api/v1/testing/samples/S1/result', { result: 'positive', ct_values: { '1E': 22.1 } }), {
    field: 'ct_values.1E',
    error: 'bad_pattern',
    vi: 'Sai định dạng, phải khớp mẫu /^[A-Za-z][A-Za-z0-9]{0,15}$/',
    en: 'Wrong format, must match /^[A-Za-z][A-Za-z0-9]{0,15}$/',
  });
});

test(`[${engineName}] query string and path parameters; malformed JSON`, async () => {
  await refused(get('/api/v1/audit?limit=0'), {
    field: 'limit',
    error: 'min_value',
    vi: 'Không được nhỏ hơn 1',
    en: 'Must be at least 1',
  });
  await refused(get('/api/v1/audit?limit=5000'), {
    field: 'limit',
    error: 'max_value',
    vi: 'Không được lớn hơn 1000',
    en: 'Must be at most 1000',
  });
  await refused(get('/api/v1/audit?limit=ten'), {
    field: 'limit',
    error: 'expect_number',
    vi: 'Phải là số',
    en: 'Must be a number',
  });
  await refused(
    (lang) => admin({ method: 'DELETE', url: '/api/v1/auth/tokens/abc', headers: { 'accept-language': lang } }),
    {
      field: 'id',
      error: 'expect_number',
      vi: 'Phải là số',
      en: 'Must be a number',
    },
  );

  const json = (lang: string) =>
    admin({
      method: 'POST',
      url: '/api/v1/persons',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      payload: '{"person_ref":',
    });
  assert.deepEqual((await json('vi')).json(), {
    error: 'bad_json',
    message: 'Nội dung yêu cầu không phải JSON hợp lệ',
  });
  assert.deepEqual((await json('en')).json(), { error: 'bad_json', message: 'The request body is not valid JSON' });
  const xml = await admin({
    method: 'POST',
    url: '/api/v1/persons',
    headers: { 'content-type': 'application/xml' },
    payload: '<person/>',
  });
  assert.equal(xml.statusCode, 415);
  assert.deepEqual(xml.json(), {
    error: 'unsupported_media_type',
    message: 'Không hỗ trợ kiểu nội dung application/xml',
  });
});

test('every zod issue code becomes a catalogue key with its limits (a bare app, no database)', async () => {
  const bare = Fastify();
  bare.setValidatorCompiler(validatorCompiler);
  registerErrorHandler(bare);
  bare.withTypeProvider<ZodTypeProvider>().post(
    '/x',
    {
      schema: {
        querystring: z.object({ on: z.iso.date() }),
        body: z
          .strictObject({
            code: z.string().length(2),
            name: z.string().min(3).max(5),
            tags: z.array(z.string()).min(2).max(3),
            dose: z.number().positive().lt(10),
            step: z.number().multipleOf(5),
            at: z.iso.datetime({ offset: true }),
            ref: z.string().startsWith('QĐ'),
            any: z.union([z.string(), z.number()]),
            ok: z.boolean(),
            ours: z.string().refine(() => false, 'English text of a refinement'),
            keyed: z.number().refine((n) => n !== 0, keyed('not_zero')),
            nested: z.object({ inner: z.number().int().max(7) }),
          })
          .partial(),
      },
    },
    async () => ({ ok: true }),
  );
  const cases: Array<[object, string, string, string, string]> = [
    [{ code: 'VNM' }, 'code', 'exact_chars', 'Phải có đúng 2 ký tự', 'Must have exactly 2 characters'],
    [{ name: 'Hà' }, 'name', 'min_chars', 'Tối thiểu 3 ký tự', 'At least 3 characters'],
    [{ tags: ['a'] }, 'tags', 'min_items', 'Tối thiểu 2 mục', 'At least 2 items'],
    [{ tags: ['a', 'b', 'c', 'd'] }, 'tags', 'max_items', 'Tối đa 3 mục', 'At most 3 items'],
    [{ dose: 0 }, 'dose', 'above_value', 'Phải lớn hơn 0', 'Must be greater than 0'],
    [{ dose: 10 }, 'dose', 'below_value', 'Phải nhỏ hơn 10', 'Must be less than 10'],
    [{ step: 7 }, 'step', 'not_multiple_of', 'Phải là bội số của 5', 'Must be a multiple of 5'],
    [
      { at: '2021-08-01 08:00' },
      'at',
      'bad_iso_datetime',
      'Thời điểm phải theo ISO 8601 có múi giờ, vd. 2021-08-01T08:00:00+07:00',
      'An instant must be ISO 8601 with an offset, e.g. 2021-08-01T08:00:00+07:00',
    ],
    [{ ref: 'CV 12' }, 'ref', 'must_start', 'Phải bắt đầu bằng "QĐ"', 'Must start with "QĐ"'],
    [{ any: true }, 'any', 'bad_value', 'Giá trị không hợp lệ', 'Invalid value'],
    [{ ok: 'yes' }, 'ok', 'expect_boolean', 'Phải là true hoặc false', 'Must be true or false'],
    [{ ours: 'x' }, 'ours', 'bad_value', 'Giá trị không hợp lệ', 'Invalid value'], // an unkeyed text is not shown
    [{ keyed: 0 }, 'keyed', 'not_zero', 'Phải khác 0', 'Must not be 0'],
    [{ nested: { inner: 8 } }, 'nested.inner', 'max_value', 'Không được lớn hơn 7', 'Must be at most 7'],
    [{ nested: 'x' }, 'nested', 'expect_object', 'Phải là đối tượng JSON', 'Must be a JSON object'],
    [{ tags: 'a' }, 'tags', 'expect_array', 'Phải là danh sách (mảng JSON)', 'Must be a list (JSON array)'],
    [{ colour: 'red' }, 'colour', 'unknown_fields', 'Trường không được hỗ trợ: colour', 'Unknown field: colour'],
    [[1], 'body', 'expect_object', 'Phải là đối tượng JSON', 'Must be a JSON object'],
  ];
  for (const [payload, field, error, vi, en] of cases) {
    await refused(
      (lang) => bare.inject({ method: 'POST', url: '/x?on=2021-08-01', payload, headers: { 'accept-language': lang } }),
      { field, error, vi, en },
    );
  }
  await refused(
    (lang) => bare.inject({ method: 'POST', url: '/x', payload: {}, headers: { 'accept-language': lang } }),
    {
      field: 'on',
      error: 'required',
      vi: 'Bắt buộc phải có giá trị',
      en: 'A value is required',
    },
  );
  await bare.close();
});

test('an answer that does not match its declared schema: 500 naming the route and the first zod issue, no stack', async () => {
  const logged: string[] = [];
  const a = Fastify({ logger: { level: 'error', stream: { write: (line: string) => logged.push(line) } } });
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(a);
  a.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/x',
    { schema: { response: { 200: z.object({ rows: z.array(z.object({ year: z.number() })) }) } } },
    async () => ({ rows: [{ year: 2021 }, { year: '1990' }] }) as never,
  );
  const r = await a.inject({ url: '/api/v1/x', headers: { 'accept-language': 'en' } });
  process.env.NODE_ENV = 'production';
  const production = await a.inject({ url: '/api/v1/x' });
  delete process.env.NODE_ENV;
  await a.close();
  assert.deepEqual(Object.keys(production.json()), ['error', 'message'], 'in production the body names nothing');
  assert.equal(r.statusCode, 500);
  const body = r.json();
  assert.equal(body.error, 'internal');
  assert.match(body.detail, /^GET \/api\/v1\/x: answer does not match its schema at rows\.1\.year: .*expected number/);
  assert.doesNotMatch(r.body, /\bat .*\.ts:\d+/); // no stack frames
  assert.equal(logged.length, 2);
  assert.match(JSON.parse(logged[0]).msg, /rows\.1\.year/);
  assert.deepEqual(JSON.parse(logged[0]).issues[0].path, ['rows', 1, 'year']);
});
