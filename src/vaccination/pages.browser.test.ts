// The vaccination page in a real browser, on records this test loads: three people of Phường III (population 10,
// 8 adults), two first doses of AstraZeneca, a provincial store that received 100 doses and sent 40 to a site, and
// a round ending 10/09/2021. It records a second dose, issues the certificate and verifies it. Fails without chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { Locator } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { importFile } from '../app/imports.ts';
import { putSite, recordMove } from './supply.ts';
import { putRound } from './rounds.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

async function load(kind: string, csv: string) {
  assert.deepEqual((await importFile(t.db, t.ctx, kind, Readable.from([csv]))).rejected, [], kind);
}

before(async () => {
  t = await testDb('93');
  await load('population', 'ward_code,population,population_18plus\n31321,10,8\n');
  await load(
    'persons',
    'person_ref,full_name,birth_year,phone,ward_code\n' +
      'V1,Nguyễn Văn An,1985,0912345678,31321\n' +
      'V2,Trần Thị Bình,1990,,31321\n' +
      'V3,Lê Văn Cường,2010,,31321\n',
  );
  await putSite(t.db, t.ctx, { site_code: 'KHO', name: 'Kho vắc xin tỉnh', kind: 'store', ward_code: '31321' });
  await putSite(t.db, t.ctx, { site_code: 'DT1', name: 'Trạm Y tế Phường III', kind: 'site', ward_code: '31321' });
  const move = { product: 'astrazeneca' as const, lot: 'AZ1' };
  await recordMove(t.db, t.ctx, {
    ...move,
    kind: 'receipt',
    moved_on: '2021-06-25',
    site_code: 'KHO',
    expires_on: '2021-12-31',
    quantity: 100,
  });
  await recordMove(t.db, t.ctx, {
    ...move,
    kind: 'transfer',
    moved_on: '2021-06-28',
    site_code: 'KHO',
    to_site_code: 'DT1',
    quantity: 40,
  });
  await load(
    'vaccinations',
    'person_ref,dose_number,product,given_on,lot,site\n' +
      'V1,1,astrazeneca,2021-07-01,AZ1,DT1\n' +
      'V2,1,astrazeneca,2021-09-02,AZ1,DT1\n',
  );
  await putRound(t.db, t.ctx, {
    round_code: 'D1',
    name: 'Đợt 1',
    starts_on: '2021-09-01',
    ends_on: '2021-09-10',
    target_groups: ['Người từ 18 tuổi'],
    site_codes: [],
  });
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const cells = (row: Locator) =>
  row.locator('th, td').evaluateAll((cs) => cs.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
const figure = (page: import('playwright-core').Page, k: string) =>
  text(page.getByTestId('vaccination-figures').locator(`[data-figure=${k}] dd`));

test(`[${engineName}] vaccination: figures, coverage, stock, due list; a dose recorded; the certificate verified`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1366, height: 768 });
  await page.goto(`${served.base}/vaccination`);
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tiêm chủng vắc xin COVID-19' }).waitFor();

  // Opens at the last day of the latest round, 10/09/2021.
  assert.match(await text(page.getByTestId('vaccination-day')), /^Số liệu đến hết ngày 10\/09\/2021\./);
  // Two doses, two people with dose 1; adults with dose 1: 2 of 8 = 25 %.
  await page.getByTestId('vaccination-figures').locator('[data-figure=doses] dd').waitFor();
  assert.equal(await figure(page, 'doses'), '2');
  assert.equal(await figure(page, 'dose1'), '2');
  assert.equal(await figure(page, 'dose2'), '0');
  assert.equal(await figure(page, 'coverage18'), '25%');

  // Coverage of Phường III: 2 of 10 = 20 % for everyone; 2 of 8 = 25 % for adults.
  const coverage = page.getByTestId('vaccination-coverage');
  const ward = coverage.locator('tr[data-ward="31321"]');
  await ward.waitFor();
  assert.deepEqual(await cells(ward), ['Phường III', '10', '2', '0', '0', '20%', '0%', '0%']);
  await coverage.getByLabel('Nhóm tuổi').selectOption({ label: 'Từ 18 tuổi' });
  assert.deepEqual(await cells(ward), ['Phường III', '8', '2', '0', '0', '25%', '0%', '0%']);

  // Stock: the store kept 60 of 100; the site received 40 and gave 2, 38 left.
  const stock = page.getByTestId('vaccination-stock');
  await stock.locator('tr[data-stock="DT1/AZ1"]').waitFor();
  const store = await cells(stock.locator('tr[data-stock="KHO/AZ1"]'));
  assert.equal(store[0], 'Kho');
  assert.match(store[1], /^Kho vắc xin tỉnh/);
  assert.deepEqual(store.slice(2), ['AstraZeneca', 'AZ1', '31/12/2021', '100', '0', '0', '60']);
  assert.deepEqual((await cells(stock.locator('tr[data-stock="DT1/AZ1"]'))).slice(5), ['40', '2', '0', '38']);
  // Supply: 100 received into the province, 2 given = 2 %.
  assert.deepEqual(await cells(stock.locator('tr[data-product=astrazeneca]')), [
    'AstraZeneca',
    '0',
    '100',
    '2',
    '0',
    '2%',
  ]);

  // The round, and the due list: V1 (dose 1 on 01/07, AstraZeneca 56–84 days) is due 26/08–23/09; V2 not yet.
  assert.deepEqual(await cells(page.getByTestId('vaccination-rounds').locator('tr[data-round=D1]')), [
    'Đợt 1',
    '01/09/2021–10/09/2021',
    'Người từ 18 tuổi',
  ]);
  const due = page.getByTestId('vaccination-due');
  await due.locator('tr[data-person=V1]').waitFor();
  assert.equal(await due.locator('tbody tr').count(), 1);
  assert.deepEqual((await cells(due.locator('tr[data-person=V1]'))).slice(1), [
    'Phường III',
    'Mũi 1: AstraZeneca, 01/07/2021',
    'Mũi 2',
    '26/08/2021–23/09/2021',
    'Đến hạn',
  ]);
  await screenshot(page, 'vaccination-page');

  // V1's second dose at the site, lot AZ1, on 10/09: the figures, the stock and the due list follow.
  const person = page.getByTestId('vaccination-person');
  await person.getByLabel('Mã người').fill('V1');
  await person.getByRole('button', { name: 'Xem' }).click();
  await person.getByTestId('vaccination-next').waitFor();
  assert.equal(
    await text(person.getByTestId('vaccination-next')),
    'Mũi 2: tiêm từ 26/08/2021 đến 23/09/2021 (Đến hạn).',
  );
  const form = person.getByRole('form', { name: 'Ghi mũi tiêm' });
  assert.equal(await form.getByLabel('Mũi', { exact: true }).inputValue(), '2');
  await form.getByLabel('Số lô').fill('AZ1');
  await form.getByLabel('Nơi tiêm, kho').fill('DT1');
  await form.getByRole('button', { name: 'Ghi mũi tiêm' }).click();
  await person.locator('tr[data-dose="2"]').waitFor();
  assert.deepEqual(await cells(person.locator('tr[data-dose="2"]')), [
    'Mũi 2',
    'AstraZeneca',
    '10/09/2021cách mũi trước 71 ngày',
    'AZ1',
    'DT1',
    'Hợp lệ',
  ]);
  await page.getByTestId('vaccination-figures').locator('[data-figure=dose2] dd', { hasText: '1' }).waitFor();
  assert.equal(await figure(page, 'doses'), '3');
  await stock.locator('tr[data-stock="DT1/AZ1"] td', { hasText: '37' }).waitFor();
  await due.getByText('Không có.').waitFor();

  // The certificate, then its QR text checked on the verification page.
  await person.getByRole('button', { name: 'Cấp chứng nhận tiêm chủng' }).click();
  const cert = person.getByTestId('vaccination-certificate');
  await cert.waitFor();
  assert.equal(await text(cert.locator('p')), 'Chứng nhận của Nguyễn Văn An: 2 mũi.');
  assert.equal(await cert.locator('svg').count(), 1);
  const payload = await cert.locator('textarea').inputValue();
  assert.match(payload, /^PDVC1\./);
  await screenshot(page, 'vaccination-page-recorded');

  await page.getByRole('link', { name: 'Kiểm tra chứng nhận tiêm chủng' }).click();
  await page.getByLabel(/Dán nội dung mã QR/).fill(payload);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  assert.equal(await text(result.locator('h2')), 'Chứng nhận hợp lệ');
  assert.deepEqual((await result.locator('dd').allTextContents()).slice(0, 2), ['Nguyễn Văn An', '1985']);
  assert.deepEqual(await result.locator('li').allTextContents(), [
    'Mũi 1: AstraZeneca, 01/07/2021 · Số lô AZ1',
    'Mũi 2: AstraZeneca, 10/09/2021 · Số lô AZ1',
  ]);
  // A tampered code is refused.
  await page.getByLabel(/Dán nội dung mã QR/).fill(payload.slice(0, -4) + 'AAAA');
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('Chứng nhận không hợp lệ:').waitFor();
  await screenshot(page, 'vaccination-verify');
  assert.deepEqual(problems, []);
});
