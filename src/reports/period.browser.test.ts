// The period report page (issue 23): the officer picks the cut-off T and the instant C to compare with, reads each
// figure with its change since C, the new cases by district, and downloads the DOCX — on the province of fixtures.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { loadScenario } from './fixtures.ts';

let t: TestDb, served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  t = await testDb();
  await loadScenario(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served.close();
  await t.close();
});

test(`[${engineName}] period report page: T and C chosen, figures with their change, new cases by district`, async () => {
  const { page, problems } = await openPage(served.browser);
  await page.goto(served.base + '/');
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await page.getByRole('link', { name: /Báo cáo giai đoạn/ }).click();
  await page.getByRole('heading', { name: 'Báo cáo giai đoạn: so sánh với một thời điểm trước' }).waitFor();

  await page.getByLabel('Số liệu đến (giờ Việt Nam)', { exact: true }).fill('2021-09-10T06:30');
  await page.getByLabel('So với thời điểm', { exact: true }).fill('2021-09-01T06:30');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByText('Đến 06:30 10/09/2021, so với 06:30 01/09/2021').waitFor();
  assert.equal(
    await page.getByTestId('period-as-of').innerText(),
    'Đến 06:30 10/09/2021, so với 06:30 01/09/2021; ca mắc mới tính từ 06:30 01/09/2021',
  );
  // At T: C1, C2 (exactly at T), C3, C4, C6; at C only C6 (C1 came at 08:00 on 01/09).
  assert.equal(await page.locator('.headline [data-figure="cases.total"] dd').innerText(), '5 (+4)');
  assert.equal(
    await page.locator('[data-testid="figures-cases"] [data-figure="cases.total"] td').innerText(),
    '5 (+4)',
  );
  // New in (01/09 06:30, 10/09 06:30]: C1 and C2 in Vị Thanh (C2 detected in quarantine), C3 and C4 in Ngã Bảy.
  const district = async (code: string) =>
    (await page.locator(`[data-testid="period-districts"] tr[data-district="${code}"]`).innerText()).split('\t');
  assert.deepEqual(await district('930'), ['Thành phố Vị Thanh', '2', '1']);
  assert.deepEqual(await district('931'), ['Thành phố Ngã Bảy', '2', '2']);
  assert.deepEqual(await district('936'), ['Huyện Long Mỹ', '0', '0']);
  assert.equal(await page.locator('[data-testid="period-districts"] tbody tr').count(), 8);
  assert.equal(await page.locator('[data-testid="period-new"] [data-figure="new"] dd').innerText(), '4');
  assert.equal(
    await page.locator('[data-testid="period-new"] [data-figure="detected_in.quarantine"] dd').innerText(),
    '1',
  );
  assert.equal(
    await page.locator('[data-testid="period-new"] [data-figure="days_since_last_case"] dd').innerText(),
    '0',
  );
  await screenshot(page, 'period-report');

  // The DOCX link downloads the same report.
  const href = await page.getByRole('link', { name: 'Tải DOCX' }).getAttribute('href');
  assert.match(href!, /^\/api\/v1\/reports\/period\?to=.*&compare=.*&format=docx$/);
  const docx = await page.request.get(served.base + href);
  assert.equal(docx.status(), 200);
  assert.match(docx.headers()['content-type'], /wordprocessingml/);

  // C after T: the server's refusal, in the user's language.
  await page.getByLabel('So với thời điểm', { exact: true }).fill('2021-09-11T06:30');
  await page.getByRole('button', { name: 'Xem' }).click();
  assert.match(await page.getByRole('alert').innerText(), /Thời điểm so sánh .* sau thời điểm chốt số liệu/);
  assert.deepEqual(problems, []);
});
