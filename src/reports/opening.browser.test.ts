// The pages open at the last day with records when the records end in the past, and say so (issue 27): a demo of
// 2021 shows its epidemic, not a "today" where every change is (0).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { load } from '../test/import.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';

let t: TestDb, served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  t = await testDb();
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await load(t, 'persons', 'person_ref,full_name,ward_code\nA,Người A,31321\nB,Người B,31321\n');
  // The last record is B's case at 23:30 on 10/09/2021 (Viet Nam time), i.e. 16:30 UTC the same day.
  await load(t, 'cases', 'person_ref,confirmed_at\nA,2021-09-09T10:00:00+07:00\nB,2021-09-10T23:30:00+07:00\n');
  served = await serveForBrowser(t);
});
after(async () => {
  await served.close();
  await t.close();
});

test(`[${engineName}] the dashboard and the quarantine page open at 23:59 of the last day with records`, async () => {
  const { page, problems } = await openPage(served.browser);
  await page.goto(served.base + '/');
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('as-of').waitFor();
  assert.equal(
    await page.getByTestId('data-ended').innerText(),
    'Số liệu của tỉnh kết thúc ngày 10/09/2021: các trang mở ở cuối ngày đó, không phải hôm nay. Chọn thời điểm khác trên từng trang.',
  );
  assert.equal(await page.getByLabel('Số liệu đến thời điểm').inputValue(), '2021-09-10T23:59');
  assert.match(await page.getByTestId('as-of').innerText(), /Đến 23:59 10\/09\/2021, so với 23:59 09\/09\/2021/);
  // Two cases by 23:59 on 10/09, one new since 23:59 on 09/09 (B; A came at 10:00 on 09/09, before P).
  assert.equal(await page.locator('.headline [data-figure="cases.total"] dd').innerText(), '2 (+1)');
  await screenshot(page, 'opening-cutoff-dashboard');
  await page.getByRole('link', { name: 'Cách ly' }).click();
  await page.getByLabel('Thời điểm (giờ Việt Nam)').waitFor();
  assert.equal(await page.getByLabel('Thời điểm (giờ Việt Nam)').inputValue(), '2021-09-10T23:59');
  assert.deepEqual(problems, []);
});
