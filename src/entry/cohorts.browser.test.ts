// The arrival-cohort page and the residents page in a real browser, reached from the reports page, on the scenarios
// of src/entry/test-cohort.ts and src/residents/test-residents.ts (figures worked by hand there): choosing an origin,
// a day and a time, a refused day named on the page, and the residents list uploaded through the imports page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { loadCohortScenario } from './test-cohort.ts';
import { loadResidentsScenario } from '../residents/test-residents.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  t = await testDb('93');
  await loadCohortScenario(t);
  await loadResidentsScenario(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const rows = (table: Locator) =>
  table
    .locator('tbody tr, tfoot tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );

async function signIn(page: Page, path: string) {
  await page.goto(`${served.base}${path}`);
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user').waitFor();
}

test(`[${engineName}] the cohort page: from Hà Nội since 20/7 at 1/8 18:00, abroad, and a refused day`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1280, height: 900 });
  await signIn(page, '/reports');
  await page.getByRole('link', { name: 'Người về từ vùng dịch, từ nước ngoài' }).click();
  await page.getByRole('heading', { name: 'Người về từ vùng dịch, từ nước ngoài', level: 1 }).waitFor();

  await page.getByLabel('Về từ', { exact: true }).selectOption({ label: 'Hà Nội' });
  await page.getByLabel('Từ ngày', { exact: true }).fill('2021-07-20');
  await page.getByLabel('Đến thời điểm (giờ Việt Nam)').fill('2021-08-01T18:00');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  const card = page.getByTestId('cohort');
  await card.getByRole('heading', { name: 'Về từ Hà Nội từ 20/07/2021 đến 18:00 01/08/2021' }).waitFor();
  assert.deepEqual(await rows(card.getByTestId('cohort-table')), [
    ['Tổng số người về', '5'],
    ['Đang quản lý (cách ly, theo dõi)', '3'],
    ['Cách ly tập trung', '1'],
    ['Cách ly tại nhà', '1'],
    ['Tự theo dõi sức khỏe', '1'],
    ['Đã lấy mẫu xét nghiệm', '2'],
    ['Dương tính', '0'],
    ['Âm tính', '1'],
    ['Chờ kết quả', '1'],
  ]);
  assert.equal(await text(card.locator('[data-figure=arrived] dd')), '5');
  await screenshot(page, 'cohort-page-hanoi');
  // The DOCX link downloads the cohort shown.
  const [cohortDocx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải DOCX' }).click(),
  ]);
  assert.equal(cohortDocx.suggestedFilename(), 'nguoi-ve-93-01-2021-07-20.docx');

  // A minute later P4 has arrived and P1's result is negative.
  await page.getByLabel('Đến thời điểm (giờ Việt Nam)').fill('2021-08-01T18:01');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await card.getByRole('heading', { name: /đến 18:01 01\/08\/2021$/ }).waitFor();
  assert.equal(await text(card.locator('[data-row=arrived] td')), '6');
  assert.equal(await text(card.locator('[data-row=negative] td')), '2');
  assert.equal(await text(card.locator('[data-row=pending] td')), '0');

  // A start day after the time asked for: the server's refusal names it.
  await page.getByLabel('Từ ngày', { exact: true }).fill('2021-08-05');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  assert.match(await text(page.getByTestId('cohort-error')), /since \(2021-08-05\) sau thời điểm at/);

  await page.getByLabel('Từ ngày', { exact: true }).fill('2021-07-20');
  await page.getByLabel('Về từ', { exact: true }).selectOption({ label: 'Nước ngoài' });
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await card.getByRole('heading', { name: /^Về từ Nước ngoài từ 20\/07\/2021/ }).waitFor();
  assert.equal(await text(card.locator('[data-row=arrived] td')), '1');
  await screenshot(page, 'cohort-page-abroad');
  assert.deepEqual(problems, []);
});

test(`[${engineName}] the residents page: abroad by country, held by province, and the list uploaded`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1280, height: 900 });
  await signIn(page, '/reports');
  await page.getByRole('link', { name: 'Người dân ở nước ngoài, cách ly ở tỉnh khác' }).click();
  await page.getByRole('heading', { name: 'Người dân ở nước ngoài, cách ly ở tỉnh khác', level: 1 }).waitFor();
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2021-08-01T18:00');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByTestId('residents-at').filter({ hasText: '18:00 01/08/2021' }).waitFor();

  const abroad = page.getByTestId('residents-abroad');
  assert.equal(await text(abroad.locator('[data-figure=total] dd')), '6');
  assert.equal(await text(abroad.locator('[data-figure=returned] dd')), '2');
  assert.equal(await text(abroad.locator('[data-figure=expected] dd')), '5');
  const expected = abroad.getByTestId('residents-expected');
  assert.deepEqual(
    await expected.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-country'))),
    ['CN', 'KR', 'TW', 'US'],
  );
  assert.deepEqual(
    (await rows(expected)).map((r) => r[1]),
    ['1', '1', '2', '1', '5'],
  );
  assert.deepEqual(await rows(page.getByTestId('residents-held-table')), [
    ['Thái Nguyên', '1', '0'],
    ['Tiền Giang', '1', '1'],
    ['Trà Vinh', '0', '1'],
    ['Tổng cộng', '2', '2'],
  ]);
  await screenshot(page, 'residents-page');
  const xlsx = await page.getByRole('link', { name: 'Tải XLSX' }).getAttribute('href');
  assert.equal(xlsx, `/api/v1/reports/residents?at=${encodeURIComponent('2021-08-01T18:00:00+07:00')}&format=xlsx`);
  const file = await page.request.get(served.base + xlsx);
  assert.match(file.headers()['content-type'], /spreadsheetml/);

  // The import link opens the imports page on the residents_abroad kind; a new resident in Korea, expected back.
  await page.getByRole('link', { name: 'Nhập danh sách người ở nước ngoài (CSV, Excel)' }).click();
  await page.getByRole('heading', { name: 'Nhập dữ liệu từ tệp' }).waitFor();
  // the kinds arrive after the heading: wait for the one the link chose to be selected
  await page
    .getByLabel('Loại dữ liệu')
    .locator('option[value="residents_abroad"]:checked')
    .waitFor({ state: 'attached' });
  assert.equal(await page.getByLabel('Loại dữ liệu').inputValue(), 'residents_abroad');
  await page.getByLabel('Tệp CSV (UTF-8) hoặc Excel (.xlsx)').setInputFiles({
    name: 'nuoc-ngoai.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'resident_ref,full_name,ward_code,country,expected_return_on\nR30,Lý Văn Ba Mươi,31321,KR,2021-09-30\n',
    ),
  });
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  assert.match(await text(page.getByTestId('import-outcome')), /Đã nhập 1 dòng: thêm 1, cập nhật 0\./);
  await page.goBack();
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2021-08-01T18:00');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await abroad.locator('[data-figure=total] dd', { hasText: '7' }).waitFor();
  assert.deepEqual(
    (await rows(expected)).map((r) => r[1]),
    ['1', '2', '2', '1', '6'],
  );
  assert.deepEqual(problems, []);
});
