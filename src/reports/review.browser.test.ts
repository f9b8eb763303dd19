// The review-conference report page (issue 23, seed 003): the officer picks the period, reads its figures and the
// table subject group × handling, and downloads the DOCX, opened again here — on the province of fixtures.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { readDocx } from '../test/docx.ts';
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

test(`[${engineName}] review report page: a period picked, its figures and table, the DOCX downloaded`, async () => {
  const { page, problems } = await openPage(served.browser);
  await page.goto(served.base + '/');
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await page.getByRole('link', { name: /Báo cáo hội nghị sơ kết/ }).click();
  await page.getByRole('heading', { name: 'Báo cáo hội nghị sơ kết (Kế hoạch 67/KH-BCĐ)' }).waitFor();

  // The week 6/9–12/9/2021: (6/9 00:00, 13/9 00:00].
  await page.getByLabel('Từ ngày (để trống: từ đầu dịch)').fill('2021-09-06');
  await page.getByLabel('Đến hết ngày').fill('2021-09-12');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByText('Số liệu từ 06/09/2021 đến hết ngày 12/09/2021').waitFor();
  // C2, C3, C4, C5 confirmed in the week; C1 and C6 before it.
  assert.equal(await page.locator('.headline [data-figure="cases.total"] dd').innerText(), '6 (+4)');
  assert.equal(
    await page.locator('[data-testid="review-new"] [data-figure="detected_in.community"] dd').innerText(),
    '3',
  );
  // E6 back from abroad at home; E2 from an outbreak area in centralized quarantine.
  const row = async (g: string) =>
    (await page.locator(`[data-testid="review-table"] tr[data-group="${g}"]`).innerText()).split('\t');
  assert.deepEqual(await row('abroad'), ['Trở về từ nước ngoài', '0', '1', '0', '1']);
  assert.deepEqual((await row('outbreak_area')).slice(1), ['1', '0', '0', '1']);
  await screenshot(page, 'review-report');

  // The DOCX link downloads the report; its table and figures are the page's.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải DOCX' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'hoi-nghi-so-ket-93-2021-09-06-2021-09-12.docx');
  const { paragraphs, tables } = await readDocx(Buffer.concat(await (await download.createReadStream()).toArray()));
  assert.ok(paragraphs.includes('(Mốc số liệu: từ ngày 06/09/2021 đến hết ngày 12/09/2021.)'));
  const cells = tables.flat();
  assert.deepEqual(
    cells.find((r) => r[1] === 'Trở về từ nước ngoài'),
    ['1', 'Trở về từ nước ngoài', '0', '1', '0', '1'],
  );
  assert.equal(cells.find((r) => r[0] === 'Tổng số ca mắc')?.[1], '6 (+4)');

  // A period that ends before it starts: the server's refusal, naming the field.
  await page.getByLabel('Từ ngày (để trống: từ đầu dịch)').fill('2021-09-13');
  await page.getByRole('button', { name: 'Xem' }).click();
  assert.match(await page.getByRole('alert').innerText(), /Ngày bắt đầu kỳ báo cáo sau ngày kết thúc/);
  assert.deepEqual(problems, []);
});
