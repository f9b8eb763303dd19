// The vaccination API: who may do what where (roles × jurisdiction), validation naming the field, refusals in the
// reader's language, and the due list as an XLSX download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';

let t: TestDb;
let app: FastifyInstance;
const as: Record<string, Client> = {};

before(async () => {
  t = await testDb();
  await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,birth_year,ward_code\nA,Người A,1980,31321\nB,Người B,1980,31340\nC,Người C,1980,31340\n',
    ]),
  );
  await importFile(
    t.db,
    t.ctx,
    'vaccinations',
    Readable.from([
      'person_ref,dose_number,product,given_on\nA,1,pfizer,2021-07-01\nB,1,pfizer,2021-07-01\nC,1,moderna,2021-08-20\n',
    ]),
  );
  app = await testApp(t);
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  await addUser(t, 'district930', 'district_officer', ['district', '930']);
  await addUser(t, 'commune31340', 'commune_officer', ['ward', '31340']);
  await addUser(t, 'leader', 'leader', ['province', '93']);
  for (const u of ['admin', 'officer', 'district930', 'commune31340', 'leader']) as[u] = await signIn(app, u);
});
after(async () => {
  await app.close();
  await t.close();
});

const put = (who: string, url: string, payload: object) =>
  as[who]({ method: 'PUT', url: `/api/v1/vaccination${url}`, payload });
const post = (who: string, url: string, payload: object, lang = 'vi') =>
  as[who]({ method: 'POST', url: `/api/v1/vaccination${url}`, payload, headers: { 'accept-language': lang } });

test(`[${engineName}] roles: reading needs vaccination.read, stock management vaccination.manage, schedules rules.manage`, async () => {
  assert.equal((await as.leader({ url: '/api/v1/vaccination/coverage' })).json().error, 'forbidden');
  assert.equal((await app.inject({ url: '/api/v1/vaccination/supply' })).statusCode, 401);
  const site = { name: 'Trạm Y tế Ngã Bảy', kind: 'site', ward_code: '31340' };
  assert.equal((await put('commune31340', '/sites/TYT2', site)).json().error, 'forbidden');
  assert.equal((await put('officer', '/sites/TYT2', site)).statusCode, 200);
  assert.equal(
    (await put('officer', '/sites/KHO', { name: 'Kho tỉnh', kind: 'store', ward_code: '31321' })).statusCode,
    200,
  );
  const schedule = {
    name: 'Pfizer',
    primary_doses: 2,
    min_interval_days: 21,
    max_interval_days: 42,
    booster_doses: 1,
    booster_min_days: 90,
    booster_max_days: 180,
    mix_with: ['moderna'],
    boost_with: ['pfizer', 'moderna'],
  };
  assert.equal((await put('officer', '/products/pfizer/2021-10-01', schedule)).json().error, 'forbidden');
  const bad = await put('admin', '/products/pfizer/2021-10-01', { ...schedule, max_interval_days: 7 });
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'max_interval_days']);
  assert.equal((await put('admin', '/products/pfizer/2021-10-01', schedule)).statusCode, 200);
  const inForce = (await as.commune31340({ url: '/api/v1/vaccination/products?on=2021-10-01' })).json();
  assert.equal(inForce.find((s: { product: string }) => s.product === 'pfizer').max_interval_days, 42);
});

test(`[${engineName}] jurisdiction: doses of one's own persons, stock at one's own sites`, async () => {
  const dose = { product: 'pfizer', given_on: '2021-07-22' };
  assert.equal((await put('commune31340', '/persons/A/doses/2', dose)).json().error, 'out_of_scope');
  const r = await put('commune31340', '/persons/B/doses/2', dose);
  assert.deepEqual([r.statusCode, r.json().interval_days, r.json().flags], [200, 21, []]);
  const early = await put('commune31340', '/persons/C/doses/2', { product: 'moderna', given_on: '2021-09-01' });
  assert.deepEqual(
    early.json().flags.map((f: { code: string }) => f.code),
    ['early'],
  );
  assert.equal(
    (await put('commune31340', '/persons/B/doses/3', { ...dose, round_code: 'NOPE' })).json().field,
    'round_code',
  );

  const receipt = {
    kind: 'receipt',
    moved_on: '2021-07-05',
    site_code: 'TYT2',
    product: 'pfizer',
    lot: 'PF1',
    expires_on: '2021-10-31',
    quantity: 10,
  };
  assert.equal((await post('district930', '/stock/moves', receipt)).json().error, 'out_of_scope');
  assert.equal((await post('commune31340', '/stock/moves', receipt)).statusCode, 201);
  const refused = await post('commune31340', '/stock/moves', {
    ...receipt,
    kind: 'wastage',
    quantity: 11,
    expires_on: undefined,
    reason: 'vỡ',
  });
  assert.deepEqual(
    [refused.statusCode, refused.json().error, refused.json().field],
    [409, 'stock_negative', 'quantity'],
  );
  assert.match(refused.json().message, /lô PF1 \(pfizer\) tại TYT2 sẽ còn -1 liều vào ngày 2021-07-05/);
  const en = await post(
    'commune31340',
    '/stock/moves',
    { ...receipt, kind: 'wastage', quantity: 11, expires_on: undefined, reason: 'x' },
    'en',
  );
  assert.match(en.json().message, /Not enough stock: lot PF1/);
  assert.equal(
    (await post('commune31340', '/stock/moves', { ...receipt, site_code: 'NOWHERE' })).json().field,
    'site_code',
  );
  // The province store is outside the commune: neither its stock nor transfers from it.
  assert.equal(
    (
      await post('commune31340', '/stock/moves', {
        ...receipt,
        kind: 'transfer',
        site_code: 'KHO',
        to_site_code: 'TYT2',
        expires_on: undefined,
      })
    ).json().error,
    'out_of_scope',
  );
  const stock = (await as.commune31340({ url: '/api/v1/vaccination/stock?on=2021-07-31' })).json();
  assert.deepEqual(
    stock.map((s: { site_code: string; balance: number }) => [s.site_code, s.balance]),
    [['TYT2', 10]],
  );
  assert.equal(
    (
      await post('commune31340', '/allocations', {
        decision_number: 'QĐ 1',
        decided_on: '2021-07-01',
        product: 'pfizer',
        quantity: 10,
        target_level: 'province',
      })
    ).json().error,
    'forbidden',
  );
  const alloc = await post('officer', '/allocations', {
    decision_number: 'QĐ 1',
    decided_on: '2021-07-01',
    product: 'pfizer',
    quantity: 10,
    target_level: 'district',
    target_code: '999',
  });
  assert.deepEqual(
    [alloc.statusCode, alloc.json().error, alloc.json().field],
    [400, 'unknown_district', 'target_code'],
  );
});

test(`[${engineName}] the due list as XLSX for a commune officer holds their ward only`, async () => {
  // On 15/9 only A is due: B and C have their dose 2, and their boosters come later.
  // A: Pfizer 01/7 → dose 2 from 22/7, overdue after 29/7 (the 2021-01-01 schedule is in force on 15/9: 21–28 days).
  const all = (await as.officer({ url: '/api/v1/vaccination/due?on=2021-09-15' })).json();
  assert.deepEqual(
    all.map((d: { person_ref: string; status: string }) => [d.person_ref, d.status]),
    [['A', 'overdue']],
  );
  const r = await as.commune31340({ url: '/api/v1/vaccination/due.xlsx?on=2021-12-01' });
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /spreadsheetml/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  // On 1/12: B's booster (dose 2 on 22/7 + 90 = 20/10) is due; C's (01/9 + 90 = 30/11) too.
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['31340 Ngã Bảy'],
  );
  const rows = wb.worksheets[0]
    .getSheetValues()
    .slice(2)
    .map((row) => (row as unknown[]).slice(1, 2).concat((row as unknown[]).slice(10, 14)));
  assert.deepEqual(rows, [
    ['B', 3, '20/10/2021', '18/01/2022', 'Đến hạn'],
    ['C', 3, '30/11/2021', '28/02/2022', 'Đến hạn'],
  ]);
  assert.equal(
    (await as.commune31340({ url: '/api/v1/vaccination/due.xlsx?ward_code=31321' })).json().error,
    'out_of_scope',
  );
});

test(`[${engineName}] every read and write answers in its documented shape`, async () => {
  // The records so far: A, B, C born 1980; doses A1 pfizer 1/7, B1 pfizer 1/7, B2 pfizer 22/7, C1 moderna 20/8,
  // C2 moderna 1/9 (early); sites KHO (store, 31321) and TYT2 (site, 31340) with 10 doses of lot PF1 received.
  const get = (url: string) => as.officer({ url: `/api/v1/vaccination${url}` });
  assert.deepEqual((await get('/sites')).json(), [
    { site_code: 'KHO', name: 'Kho tỉnh', kind: 'store', ward_code: '31321' },
    { site_code: 'TYT2', name: 'Trạm Y tế Ngã Bảy', kind: 'site', ward_code: '31340' },
  ]);

  const decision = {
    decision_number: 'QĐ 2',
    decided_on: '2021-07-01',
    product: 'pfizer',
    quantity: 100,
    target_level: 'province',
  };
  const alloc = await post('officer', '/allocations', decision);
  assert.equal(alloc.statusCode, 201);
  const { allocation_id, ...rest } = alloc.json();
  assert.equal(typeof allocation_id, 'number');
  assert.deepEqual(rest, { ...decision, target_code: '93', round_code: null, note: null });
  const again = await post('officer', '/allocations', decision);
  assert.deepEqual([again.statusCode, again.json().field], [409, 'decision_number']);
  assert.deepEqual(
    (await get('/allocations')).json().map((a: { allocation_id: number }) => a.allocation_id),
    [allocation_id],
  );

  const round = { name: 'Đợt 1', starts_on: '2021-07-01', site_codes: ['TYT2'] };
  const r = await put('officer', '/rounds/D1', round);
  assert.equal(r.statusCode, 200);
  const d1 = { round_code: 'D1', ...round, ends_on: null, target_groups: [], note: null };
  assert.deepEqual(r.json(), d1);
  assert.deepEqual((await get('/rounds')).json(), [d1]);

  const at = encodeURIComponent('2021-09-10T06:30:00+07:00');
  // No population is loaded in this province: no coverage.
  assert.deepEqual((await get(`/figures?at=${at}`)).json(), {
    doses: 5,
    persons_dose1: 3,
    persons_dose2: 2,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: null,
  });
  assert.deepEqual((await get(`/figures?at=${at}&product=moderna`)).json(), {
    doses: 2,
    persons_dose1: 1,
    persons_dose2: 1,
    persons_dose3: 0,
    coverage_dose1_18plus_pct: null,
  });
  const coverage = (await get(`/coverage?at=${at}&level=province`)).json();
  assert.deepEqual(
    coverage.map((c: Record<string, unknown>) => [c.unit_code, c.persons_dose1, c.persons_dose2, c.dose1_pct]),
    [['93', 3, 2, null]],
  );

  const flagged = (await get('/doses/flagged')).json();
  assert.deepEqual(
    flagged.map((d: { person_ref: string; dose_number: number; interval_days: number; flags: { code: string }[] }) => [
      d.person_ref,
      d.dose_number,
      d.interval_days,
      d.flags.map((f) => f.code),
    ]),
    [['C', 2, 12, ['early']]],
  );
  // After Moderna dose 2 on 1/9: the booster 90–180 days later, 30/11/2021 to 28/02/2022.
  const c = (await get('/persons/C/doses?on=2021-09-10')).json();
  assert.deepEqual(c.person, { person_ref: 'C', full_name: 'Người C', birth_year: 1980, ward_code: '31340' });
  assert.deepEqual(
    c.doses.map((d: { dose_number: number; product: string }) => [d.dose_number, d.product]),
    [
      [1, 'moderna'],
      [2, 'moderna'],
    ],
  );
  assert.deepEqual(
    [c.next.next_dose, c.next.due_from, c.next.overdue_after, c.next.status],
    [3, '2021-11-30', '2022-02-28', 'not_yet_due'],
  );
  assert.equal((await get('/persons/NOBODY/doses')).statusCode, 404);

  // Supply on 10/9: 100 allocated to the province, 10 received, 5 given (3 first doses, 2 second) = 50% of received.
  const supply = (await get('/supply?on=2021-09-10')).json();
  assert.deepEqual(supply.total, {
    allocated: 100,
    received: 10,
    administered: 5,
    wasted: 0,
    dose1: 3,
    dose2: 2,
    dose3_plus: 0,
    administered_pct_of_received: 50,
  });
  assert.deepEqual(
    supply.by_product.map((p: { product: string; administered: number }) => [p.product, p.administered]),
    [
      ['moderna', 2],
      ['pfizer', 3],
    ],
  );
});
