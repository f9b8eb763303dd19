// The entry-control page in a real browser on the demo province's entry records (src/entry/demo.ts, Hậu Giang,
// data ending 12/10/2021): checkpoints with their staff, crossings by mode and day, declarations by checkpoint and
// origin, incidents, violations, and a crossing recorded through the form. Fails when chromium is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { loadEntryDemo } from './demo.ts';
import { createZoningDecision } from '../zoning/service.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  t = await testDb('93');
  assert.deepEqual(await loadEntryDemo(t.db, t.ctx, '2021-10-13T00:00:00+07:00'), {
    checkpoints: 3,
    crossings: 84,
    declarations: 49,
  });
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  // Phường III (Vị Thanh) at level 4 by decision since 1/10/2021, still in force today.
  await createZoningDecision(t.db, t.ctx, {
    unit_code: '31321',
    level: 4,
    from_date: '2021-10-01',
    to_date: null,
    decision_number: '12/QĐ-UBND',
    reason: 'Ổ dịch chợ Vị Thanh',
  });
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** Each body row of a table as its header cell and data cells' text. */
const rows = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );

async function signIn(page: Page) {
  await page.goto(`${served.base}/entry`);
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user').waitFor();
}

test(`[${engineName}] entry control: the demo week, one day's figures, and a crossing recorded through the form`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1366, height: 768 });
  await signIn(page);
  await page.getByRole('link', { name: 'Ra vào tỉnh' }).click();
  await page.getByRole('heading', { name: 'Kiểm soát người ra vào tỉnh' }).waitFor();

  // Opens on the 7 days up to the last crossing (12/10/2021), not on today's empty week.
  assert.match(await text(page.getByTestId('entry-period')), /Số liệu từ 06\/10\/2021 đến 12\/10\/2021\./);

  // Registry: names, kinds and wards in words; staff per day 3 police + 2 health (day) + 2 militia (night) = 7,
  // 3 shifts a day over 7 days = 21 shifts and 49 person-shifts.
  const registry = page.getByTestId('entry-checkpoints');
  await registry.locator('[data-staff=CK03]').waitFor();
  const cp = await rows(registry.locator('table'));
  assert.equal(cp.length, 3);
  assert.deepEqual(cp[0].slice(0, 4), ['Chốt kiểm soát Phường I (CK01)', 'Chốt kiểm soát', 'Đường bộ', 'Phường I']);
  assert.equal(await text(registry.locator('[data-staff=CK01] summary')), '21 ca trực, 49 lượt người');
  assert.equal(cp[2][0], 'Chốt đường thủy Thị trấn Một Ngàn (CK03)');
  assert.equal(cp[2][2], 'Đường thủy');
  await registry.locator('[data-staff=CK01] summary').click();
  assert.deepEqual(await registry.locator('[data-staff=CK01] li').allTextContents(), [
    'Công an: 21',
    'Dân quân: 14',
    'Y tế: 14',
  ]);
  // The public declaration form of a checkpoint opens from its row.
  const formHref = await registry.locator('[data-checkpoint=CK01] a', { hasText: 'Mở biểu mẫu' }).getAttribute('href');
  assert.match(formHref ?? '', /^\/khai-bao\/CK01\?t=.+/);

  // The week's incident (3 people crossing by boat on 10/10) and two fines: 7.500.000 + 2.000.000 đ.
  const incidents = await rows(page.getByTestId('entry-incidents').locator('table'));
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0][0], '22:30 10/10/2021');
  assert.equal(incidents[0][1], 'Nhập cảnh, vào tỉnh trái phép');
  assert.equal(incidents[0][2], '3');
  assert.match(incidents[0][4], /^Đưa đi cách ly/);
  assert.equal(await text(page.getByTestId('entry-fines')), '9.500.000 đ');
  await page.getByTestId('entry-by-day').waitFor();
  await screenshot(page, 'entry-page-week');

  // One day, 12/10: seqs 180–182 (CK01), 190–193 (CK02), 200–204 (CK03); from HCMC when seq % 4 = 0 (180, 192,
  // 200, 204), of those turned back when seq % 3 = 0 too (180, 192, 204) else quarantined (200); the last of each
  // checkpoint leaves (182, 193, 204).
  await page.fill('#entry-from', '2021-10-12');
  await page.fill('#entry-to', '2021-10-12');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByTestId('entry-period').filter({ hasText: 'từ 12/10/2021 đến 12/10/2021' }).waitFor();
  const figures = page.getByTestId('entry-figures');
  await figures.locator('[data-day="2021-10-12"]').waitFor();
  //                     Vào  Ra  Cho qua  Cách ly  Quay đầu  Test nhanh
  assert.deepEqual(await rows(figures.getByTestId('entry-by-day')), [['12/10/2021', '9', '3', '8', '1', '3', '4']]);
  assert.deepEqual(await rows(figures.getByTestId('entry-by-mode')), [
    ['Đường bộ', '5', '2', '5', '0', '2', '2'],
    ['Đường thủy', '4', '1', '3', '1', '1', '2'],
  ]);
  // Declarations (even k): CK01 180 HCMC, 182 Sóc Trăng; CK02 190 Sóc Trăng, 192 HCMC; CK03 200, 204 HCMC, 202 Sóc Trăng.
  const decl = page.getByTestId('entry-declarations').locator('table');
  assert.deepEqual(await rows(decl), [
    ['Chốt đường thủy Thị trấn Một Ngàn', 'Hồ Chí Minh', '2', '2'],
    ['Chốt đường thủy Thị trấn Một Ngàn', 'Sóc Trăng', '1', '0'],
    ['Chốt kiểm soát Phường I', 'Hồ Chí Minh', '1', '1'],
    ['Chốt kiểm soát Phường I', 'Sóc Trăng', '1', '0'],
    ['Chốt kiểm soát Phường Ngã Bảy', 'Hồ Chí Minh', '1', '1'],
    ['Chốt kiểm soát Phường Ngã Bảy', 'Sóc Trăng', '1', '0'],
  ]);
  assert.deepEqual(await decl.locator('tfoot th, tfoot td').allTextContents(), ['Tổng cộng', '', '7', '4']);

  // Record a crossing at CK02: a bad phone is refused under its field, then the corrected crossing is counted.
  const form = page.getByTestId('entry-record');
  await form.getByLabel('Chốt').selectOption('CK02');
  await form.getByLabel('Thời điểm').fill('2021-10-12T20:00');
  await form.getByLabel('Họ và tên').fill('Lâm Văn Tài');
  await form.getByLabel('Năm sinh').fill('1988');
  await form.getByLabel('Số điện thoại').fill('12345');
  await form.getByLabel('Nơi đi').selectOption({ label: 'Cần Thơ' });
  await form.getByLabel('Mục đích').selectOption({ label: 'Công tác, làm việc' });
  await form.getByRole('button', { name: 'Ghi lượt qua chốt' }).click();
  assert.match(await text(form.locator('small[data-for=phone]')), /Số điện thoại không hợp lệ/);
  await form.getByLabel('Số điện thoại').fill('0912 345 679');
  await form.getByRole('button', { name: 'Ghi lượt qua chốt' }).click();
  const saved = await text(form.getByTestId('entry-saved'));
  assert.match(saved, /^Đã ghi: Lâm Văn Tài qua Chốt kiểm soát Phường Ngã Bảy lúc 20:00 12\/10\/2021, Cho qua\.$/);
  // The day now has 10 entries, 9 allowed; the crossing heads the latest list, its origin in words.
  await figures.locator('[data-day="2021-10-12"] td', { hasText: '10' }).first().waitFor();
  assert.deepEqual(await rows(figures.getByTestId('entry-by-day')), [['12/10/2021', '10', '3', '9', '1', '3', '4']]);
  const latest = (await rows(page.getByTestId('entry-crossings').locator('table')))[0];
  assert.equal(latest[0], '20:00 12/10/2021');
  assert.match(latest[2], /^Lâm Văn Tài \(1988\)/);
  assert.equal(latest[3], 'Cần Thơ');
  assert.equal(latest[4], 'Công tác, làm việc');
  const [row] = await t.db.query(
    `SELECT checkpoint_code, full_name, phone, from_province, direction, decision FROM crossings WHERE full_name = 'Lâm Văn Tài'`,
  );
  assert.deepEqual(row, {
    checkpoint_code: 'CK02',
    full_name: 'Lâm Văn Tài',
    phone: '0912345679',
    from_province: '92',
    direction: 'in',
    decision: 'allowed',
  });
  await screenshot(page, 'entry-page-day-recorded');
  assert.deepEqual(problems, []);
});

test(`[${engineName}] a traveller from a ward of the province at level 4 declares; the page flags it with the zoning judgement`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1366, height: 768 });
  await signIn(page);
  await page.getByRole('link', { name: 'Ra vào tỉnh' }).click();
  await page.getByRole('heading', { name: 'Kiểm soát người ra vào tỉnh' }).waitFor();

  // The checkpoint's public form, opened from its row, in a new tab: from Phường III of Hậu Giang itself.
  const registry = page.getByTestId('entry-checkpoints');
  const [form] = await Promise.all([
    page.context().waitForEvent('page'),
    registry.locator('[data-checkpoint=CK01] a', { hasText: 'Mở biểu mẫu' }).click(),
  ]);
  await form.locator('#form').waitFor();
  await form.fill('input[name=full_name]', 'Trần Văn Hậu');
  await form.fill('input[name=birth_year]', '1979');
  await form.check('input[name=sex][value=M]');
  await form.fill('input[name=phone]', '0939 123 456');
  await form.selectOption('select[name=from_province]', '93');
  await form.selectOption('select[name=from_district]', '930');
  await form.selectOption('select[name=from_ward]', '31321');
  await form.selectOption('select[name=to_ward_code]', '31318');
  await form.check('input[name=pledge]');
  await form.click('#submit');
  await form.locator('#receipt').waitFor();
  assert.match(await text(form.locator('#outbreak')), /^Bạn đi từ vùng dịch \(Phường III, cấp độ dịch 4\)\./);
  const ref = await text(form.locator('#ref'));
  await form.close();

  // The day of the declaration (today; read back, in case the test runs across midnight in Viet Nam): CK01, from Hậu
  // Giang, 1 of 1 from an outbreak area; the count opens the list.
  const [{ today }] = await t.db.query<{ today: string }>(
    `SELECT to_char(declared_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS today FROM declarations WHERE declaration_ref = $1`,
    [ref],
  );
  await page.fill('#entry-from', today);
  await page.fill('#entry-to', today);
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  const decl = page.getByTestId('entry-declarations');
  await decl.locator('tbody tr').first().waitFor();
  assert.deepEqual(await rows(decl.locator('table').first()), [['Chốt kiểm soát Phường I', 'Hậu Giang', '1', '1']]);
  await decl.getByRole('button', { name: 'Xem 1 tờ khai từ vùng dịch' }).click();
  const list = decl.getByTestId('entry-outbreak-list');
  assert.equal(await text(list.locator('caption')), 'Tờ khai từ vùng dịch: Chốt kiểm soát Phường I, nơi đi Hậu Giang');
  const [row] = await rows(list);
  assert.deepEqual(row.slice(1), [
    ref,
    'Trần Văn Hậu (1979)',
    'Phường III, Thành phố Vị Thanh, Tỉnh Hậu Giang',
    'Từ vùng dịch trong tỉnh: Phường III, cấp độ dịch 4 (nguy cơ rất cao) theo 12/QĐ-UBND.',
  ]);
  await screenshot(page, 'entry-declaration-outbreak-inside');

  // The hand-kept list says it is for areas outside the province, and refuses one of its wards under the field.
  const areas = page.getByTestId('entry-areas');
  assert.match(await text(areas.getByTestId('entry-areas-note')), /^Danh sách này chỉ dành cho vùng ngoài tỉnh/);
  await areas.getByLabel('Cấp hành chính').selectOption('ward');
  await areas.getByLabel('Mã (GSO, hoặc mã quốc gia)').fill('31321');
  await areas.getByRole('button', { name: 'Thêm vùng dịch ngoài tỉnh' }).click();
  assert.match(
    await text(areas.locator('small[data-for=area_code]')),
    /^Phường III là đơn vị trong tỉnh: vùng dịch trong tỉnh lấy theo cấp độ dịch/,
  );
  assert.deepEqual(problems, []);
});
