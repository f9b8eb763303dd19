// The public portal in a browser, without signing in (issue 27): the latest issued report's figures with their
// change, the ward of level 4 on the map's list, the measure in force, a checkpoint's declaration form opened from
// it, a certificate verified, Vietnamese then English, and at phone width; then an administrator sets a hotline and
// the portal shows it. The province is src/reports/fixtures.ts with its report of 10/9/2021 06:30 issued.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { loadScenario, T } from '../reports/fixtures.ts';
import { createDraft, issueDraft } from '../reports/service.ts';
import { createZoningDecision, createZoningMeasure } from '../zoning/service.ts';
import { createSite, type CheckpointInput } from '../entry/sites.ts';
import { loadDemoWardShapes } from '../geo/demo-shapes.ts';
import { issueCertificate } from '../vaccination/certificate.ts';

let t: TestDb, served: Awaited<ReturnType<typeof serveForBrowser>>;
let payload: string;

before(async () => {
  t = await testDb();
  await loadScenario(t);
  await loadDemoWardShapes(t.db, t.ctx);
  const dates = { to_date: null, decision_number: '12/QĐ-UBND' };
  await createZoningDecision(t.db, t.ctx, {
    ...dates,
    unit_code: '31321',
    level: 4,
    from_date: '2021-09-10',
    reason: null,
  });
  await createZoningMeasure(t.db, t.ctx, {
    ...dates,
    unit_code: '930',
    measure: 'ct16',
    from_date: '2021-09-10',
    note: 'Ấp 1, ấp 2',
  });
  await createSite(t.db, t.ctx, 'checkpoint', {
    checkpoint_code: 'CT1',
    name: 'Chốt Cái Tư',
    kind: 'checkpoint',
    ward_code: '31321',
  } as CheckpointInput);
  const draft = await createDraft(t.db, t.ctx, T);
  await issueDraft(t.db, t.ctx, draft!.draft_id);
  payload = (await issueCertificate(t.db, t.ctx, 'E1')).payload;
  await addUser(t, 'admin', 'province_admin', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served.close();
  await t.close();
});

test(`[${engineName}] portal without sign-in: figures, levels, measures, a declaration form, a certificate checked`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1366, height: 768 });
  const api: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) api.push(path);
  });
  await page.goto(served.base + '/cong-khai');
  await page.getByRole('heading', { name: 'Tình hình dịch bệnh' }).waitFor();
  assert.equal(
    await page.getByTestId('portal-report').innerText(),
    'Theo báo cáo số 01/BC-BCĐ, số liệu đến 06:30 10/09/2021; trong ngoặc là thay đổi so với 06:30 09/09/2021.',
  );
  const figure = (f: string) => page.locator(`[data-figure="${f}"] dd`).innerText();
  // worked in src/reports/daily.test.ts: 5 cases at T against 3 at P, 1 discharged, 0,67 % → 1 % of adults
  assert.equal(await figure('cases_total'), '5 (+2)');
  assert.equal(await figure('discharged'), '1 (+1)');
  assert.equal(await figure('quarantine_current'), '5 (+1)');
  assert.equal(await figure('coverage_dose1_18plus_pct'), '1% (+0,33)');
  await page.getByTestId('zoning-map').waitFor();
  assert.equal(
    await page.getByTestId('portal-high-wards').innerText(),
    'Phường III (Thành phố Vị Thanh): Cấp 4 – đỏ (nguy cơ rất cao)',
  );
  assert.equal(
    await page.locator('[data-testid="portal-zoning-counts"] tr[data-level="4"] td').first().innerText(),
    '1',
  );
  assert.deepEqual((await page.getByTestId('portal-measures').locator('tbody td').allInnerTexts()).slice(0, 4), [
    'Thành phố Vị Thanh',
    'Chỉ thị 16',
    '10/09/2021 – khi có quyết định mới',
    '12/QĐ-UBND',
  ]);
  assert.match(await page.getByTestId('portal-hotlines').innerText(), /Đường dây nóng Bộ Y tế: 1900 9095/);
  await screenshot(page, 'portal');

  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByRole('heading', { name: 'Epidemic situation' }).waitFor();
  assert.equal(await page.locator('[data-figure="cases_total"] dt').innerText(), 'Cases in total');
  await screenshot(page, 'portal-en');
  await page.getByLabel('Language').selectOption('vi');

  // A certificate's QR text, verified without signing in.
  await page.getByRole('link', { name: 'Xác minh chứng nhận tiêm chủng' }).first().click();
  await page.getByLabel(/Dán nội dung mã QR/).fill(payload);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  assert.equal(await page.getByTestId('verify-result').locator('h2').innerText(), 'Chứng nhận hợp lệ');
  await screenshot(page, 'portal-verify');

  // The checkpoint's declaration form, from the portal's list.
  await page.getByRole('link', { name: 'Tình hình dịch' }).click();
  await page.getByRole('link', { name: 'Chốt Cái Tư' }).click();
  await page.locator('#form').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Khai báo y tế');
  // The portal asked only the public API: no session was needed or looked for.
  assert.ok(api.length > 0);
  assert.deepEqual(
    api.filter((p) => !p.startsWith('/api/v1/public/') && !p.startsWith('/api/v1/vaccination/certificates/verify')),
    [],
  );
  assert.deepEqual(problems, []);
});

test(`[${engineName}] portal on a phone: no sideways scrolling`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 390, height: 844, mobile: true });
  await page.goto(served.base + '/cong-khai');
  await page.getByRole('heading', { name: 'Tình hình dịch bệnh' }).waitFor();
  await page.getByTestId('zoning-map').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await screenshot(page, 'portal-390');
  assert.deepEqual(problems, []);
});

test(`[${engineName}] an administrator sets the hotlines; a bad number is refused; the portal shows the new one`, async () => {
  const { page, problems } = await openPage(served.browser);
  await page.goto(served.base + '/');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Trang công khai' }).click();
  await page.getByRole('heading', { name: 'Cổng thông tin công khai' }).waitFor();
  await page.getByRole('button', { name: 'Thêm số điện thoại' }).click();
  await page.getByLabel('Đơn vị, nội dung').fill('Sở Y tế Hậu Giang');
  await page.getByLabel('Số điện thoại').fill('gọi ngay');
  await page.getByRole('button', { name: 'Lưu' }).click();
  assert.match(await page.getByRole('alert').innerText(), /hotlines\.0\.phone/);
  assert.equal(await page.getByLabel('Số điện thoại').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Số điện thoại').fill('0293 3878 787');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu').waitFor();
  await screenshot(page, 'portal-settings');
  await page.getByRole('link', { name: 'Mở trang công khai' }).click();
  await page.getByTestId('portal-hotlines').getByText('Sở Y tế Hậu Giang: 0293 3878 787').waitFor();
  assert.deepEqual(problems, []);
});
