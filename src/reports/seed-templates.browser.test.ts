// A seed template from the reports page (issue 23): the officer picks seed 001's situation report, the cut-off and
// the instant to compare with, drafts it, writes a part, issues it and downloads the DOCX — on the province of
// fixtures.ts (T = 10/9/2021 06:30, C = 9/9/2021 06:30).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { ensureWebBuild } from '../web/build.ts';
import { loadScenario } from './fixtures.ts';

let t: TestDb, served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  await ensureWebBuild();
  t = await testDb();
  await loadScenario(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served.close();
  await t.close();
});

test(`[${engineName}] reports page: a seed template drafted against C, written, issued, its DOCX downloaded`, async () => {
  const { page, problems } = await openPage(served.browser);
  await page.goto(served.base + '/');
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();

  await page.getByLabel('Mẫu báo cáo', { exact: true }).selectOption('situation');
  await page.getByLabel('Thời điểm chốt số liệu (giờ Việt Nam)').fill('2021-09-10T06:30');
  // C after T: the server's refusal, naming the comparison instant.
  await page.getByLabel('So sánh với thời điểm (giờ Việt Nam)').fill('2021-09-11T06:30');
  await page.getByRole('button', { name: 'Lập báo cáo nháp' }).click();
  assert.match(await page.getByRole('alert').innerText(), /Thời điểm so sánh .* sau thời điểm chốt số liệu/);
  await page.getByLabel('So sánh với thời điểm (giờ Việt Nam)').fill('2021-09-09T06:30');
  await screenshot(page, 'reports-seed-template-form');
  await page.getByRole('button', { name: 'Lập báo cáo nháp' }).click();

  await page.getByRole('heading', { name: /Báo cáo nháp đến/ }).waitFor();
  assert.equal(
    await page.getByTestId('draft-layout').innerText(),
    'Báo cáo tình hình thực hiện công tác phòng, chống dịch (mẫu Kiên Giang) — So sánh với 06:30 09/09/2021',
  );
  // The seed's own headings to write under; the figure tables compare T with C: 5 cases (+2).
  assert.equal(await page.getByLabel('Tiêu đề mục 1').inputValue(), 'Trong nước');
  assert.equal(
    await page.getByLabel('Tiêu đề mục 6').inputValue(),
    'NHIỆM VỤ TRỌNG TÂM PHÒNG, CHỐNG DỊCH TRONG THỜI GIAN TỚI',
  );
  assert.equal(
    await page.locator('[data-testid="figures-cases"] [data-figure="cases.total"] td').innerText(),
    '5 (+2)',
  );
  await page.getByLabel('Nội dung mục 1').fill('Cả nước ghi nhận thêm nhiều ca mắc mới.');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await page.getByText('Đã lưu nội dung.').waitFor();
  await screenshot(page, 'reports-seed-template-draft');

  await page.getByRole('button', { name: 'Ban hành' }).click();
  await page.getByText(/Đã ban hành báo cáo số 01\/BC-BCĐ/).waitFor();
  const href = await page.getByRole('link', { name: 'Tải DOCX' }).getAttribute('href');
  const docx = await page.request.get(served.base + href);
  assert.equal(docx.status(), 200);
  const xml = await (await JSZip.loadAsync(await docx.body())).file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  assert.match(text, /Cả nước ghi nhận thêm nhiều ca mắc mới\./);
  assert.match(
    text,
    /Tính đến 06 giờ 30 ngày 10\/09\/2021 có tổng số 5 ca mắc COVID-19 \(so với 06 giờ 30 ngày 09\/09\/2021 tăng 2 ca\)/,
  );

  await page.getByRole('link', { name: '← Danh sách báo cáo' }).click();
  const issued = page.getByTestId('issued');
  await issued.waitFor();
  assert.match(await issued.innerText(), /01\/BC-BCĐ.*mẫu Kiên Giang/s);
  await screenshot(page, 'reports-seed-template-issued');
  assert.deepEqual(problems, []);
});
