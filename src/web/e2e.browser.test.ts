// Browser tests of the web app: Debian's chromium (playwright-core) against the real server on a test database.
// They build the app if its build is stale, and save screenshots to test-artifacts/screenshots/ (a CI artifact).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { importFile } from '../app/imports.ts';
import { declareCluster } from '../tracing/clusters.ts';
import { figureValue, isPercent, SECTIONS, type DailyReport } from '../../web/src/reports/daily-report.ts';
import { formatWithChange } from '../reports/format.ts';
import JSZip from 'jszip';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;
let base: string;

before(async () => {
  t = await testDb();
  // Two wards of Hậu Giang: 31321 Phường III (Thành phố Vị Thanh, 930) and 31340 Phường Ngã Bảy (Thành phố Ngã Bảy, 931).
  await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,birth_year,phone,ward_code\n' +
        'VT1,Nguyễn Văn An,1985,0912345678,31321\n' +
        'NB1,Nguyễn Thị Ánh,1990,0987654321,31340\n' +
        'NB2,Trần Văn Bình,1977,,31340\n' +
        'NB3,Lê Văn Cường,1969,,31340\n',
    ]),
  );
  // Cases and a contact around the cut-off 06:30 10/9/2021 (P = 06:30 9/9): NB1 before P, NB2 and VT1 in the period;
  // NB3 met NB2 on 9/9, so NB3 is F1 at T (NB2 is a case by then) and nobody's contact at P.
  await importFile(
    t.db,
    t.ctx,
    'cases',
    Readable.from(['person_ref,confirmed_at\n' + 'NB1,2021-09-08 10:00\nNB2,2021-09-09 12:00\nVT1,2021-09-10 05:00\n']),
  );
  await importFile(
    t.db,
    t.ctx,
    'exposures',
    Readable.from(['source_ref,contact_ref,exposed_on\nNB2,NB3,2021-09-09\n']),
  );
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'huyen', 'district_officer', ['district', '931']);
  served = await serveForBrowser(t);
  base = served.base;
});
after(async () => {
  await served?.close();
  await t?.close();
});

/** Loads records of a kind straight into the test database; every row must be taken. */
async function load(kind: string, csv: string) {
  assert.deepEqual((await importFile(t.db, t.ctx, kind, Readable.from([csv]))).rejected, [], kind);
}

/** The cells' text of each body row of a table. */
const tableRows = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));

/** Script errors and console errors (CSP refusals among them) of each page: every test ends expecting none. */
const problems = new WeakMap<Page, string[]>();

async function newPage(width = 1280, height = 900): Promise<Page> {
  const { page, problems: seen } = await openPage(served.browser, { width, height });
  problems.set(page, seen);
  return page;
}

async function done(page: Page) {
  assert.deepEqual(problems.get(page), []);
  await page.context().close();
}

/**
 * Each user signs in through the form once; later pages reuse that session's cookie. The server allows 10 login
 * attempts a minute from one address, and this file opens more pages than that within a minute (the person-page
 * test, the 11th sign-in, used to meet "too many requests" on the login form and never see its page).
 */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['cookies']>>>();

async function signIn(page: Page, username: string, password = PASSWORD, path = '/people') {
  const saved = password === PASSWORD ? sessions.get(username) : undefined;
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto(base + path);
    return;
  }
  await page.goto(base + path);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  if (password !== PASSWORD) return;
  await page.getByTestId('user').waitFor();
  sessions.set(username, await page.context().cookies());
}

test(`[${engineName}] login: a wrong password is refused in Vietnamese; the user and their jurisdiction are shown; logout`, async () => {
  const page = await newPage();
  await signIn(page, 'huyen', 'not the password');
  await page.getByRole('alert').filter({ hasText: 'Sai tên đăng nhập hoặc mật khẩu' }).waitFor();
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('jurisdiction').filter({ hasText: 'Ngã Bảy' }).waitFor();
  assert.equal(await page.getByTestId('jurisdiction').innerText(), 'Phạm vi: Thành phố Ngã Bảy, Tỉnh Hậu Giang');
  assert.match(await page.getByTestId('user').innerText(), /huyen · Cán bộ huyện/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  await screenshot(page, 'login-signed-in');

  // English on request; the server's messages follow.
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await page.getByRole('link', { name: 'People' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByLabel('Language').selectOption('vi');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').waitFor();
  const me = await page.request.get(`${base}/api/v1/auth/me`);
  assert.equal(me.status(), 401);
  await done(page);
});

test(`[${engineName}] search: a name typed without diacritics finds the person, only within the user's district`, async () => {
  const page = await newPage();
  await signIn(page, 'huyen');
  await page.getByLabel('Tìm theo họ tên').fill('nguyen thi anh');
  await page.getByRole('link', { name: 'Nguyễn Thị Ánh' }).waitFor();
  const names = await page.locator('table tbody tr td:first-child').allInnerTexts();
  assert.deepEqual(names, ['Nguyễn Thị Ánh']);
  // "nguyen" alone: Nguyễn Văn An lives in Vị Thanh, outside this user's district, so only one row, as the API says.
  await page.getByLabel('Tìm theo họ tên').fill('nguyen');
  await page.waitForURL(/q=nguyen$/);
  await page.getByText('số người tìm thấy: 1').waitFor();
  const api = await (await page.request.get(`${base}/api/v1/persons?q=nguyen`)).json();
  assert.deepEqual(
    api.map((p: { full_name: string }) => p.full_name),
    ['Nguyễn Thị Ánh'],
  );
  await screenshot(page, 'people-search');

  await page.getByRole('link', { name: 'Nguyễn Thị Ánh' }).click();
  await page.getByRole('heading', { name: 'Nguyễn Thị Ánh' }).waitFor();
  const field = (label: string) =>
    page
      .locator('dl.fields div')
      .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
      .locator('dd')
      .innerText();
  assert.equal(await field('Mã người'), 'NB1');
  assert.equal(await field('Năm sinh'), '1990');
  assert.equal(await field('Điện thoại'), '0987654321');
  await page.locator('dl.fields dd', { hasText: 'Tỉnh Hậu Giang' }).waitFor(); // names of units, once loaded
  assert.equal(await field('Xã, phường'), 'Phường Ngã Bảy, Thành phố Ngã Bảy, Tỉnh Hậu Giang');
  await screenshot(page, 'person-page');

  // A person outside the jurisdiction cannot be opened by URL either.
  await page.goto(`${base}/people/VT1`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /VT1/);
  await done(page);
});

test(`[${engineName}] import with errors: the rejected rows in a table, nothing written; then the valid rows on request`, async () => {
  const page = await newPage();
  await signIn(page, 'tinh', PASSWORD, '/imports');
  await page.getByLabel('Loại dữ liệu').selectOption('persons');

  // The template is the kind's header row.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải tệp mẫu (CSV)' }).click(),
  ]);
  const template = await (await download.createReadStream()).toArray();
  const header = Buffer.concat(template).toString('utf8');
  assert.equal(header, await (await page.request.get(`${base}/api/v1/imports/persons/template.csv`)).text());
  assert.match(header, /^\uFEFFperson_ref,full_name,/);

  const file = {
    name: 'nguoi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'person_ref,full_name,phone,ward_code\n' +
        'IM1,Lê Thị Cúc,0911222333,31321\n' +
        'IM2,Phạm Văn Dũng,0911222444,77777\n' +
        'IM3,Võ Thị Em,123,31321\n',
    ),
  };
  await page.getByLabel('Tệp CSV (UTF-8) hoặc Excel (.xlsx)').setInputFiles(file);
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await page.getByTestId('import-errors').waitFor();
  assert.equal(
    await page.getByTestId('import-outcome').innerText(),
    '2 dòng lỗi: không ghi dòng nào. Sửa tệp rồi nhập lại, hoặc chọn ghi các dòng hợp lệ.',
  );
  assert.deepEqual(await tableRows(page.getByTestId('import-errors')), [
    ['3', 'ward_code', 'Mã xã/phường không tồn tại trong tỉnh: 77777'],
    ['4', 'phone', 'Số điện thoại không hợp lệ: 123'],
  ]);
  await screenshot(page, 'import-errors');
  const written = async () => (await (await page.request.get(`${base}/api/v1/persons?q=le%20thi%20cuc`)).json()).length;
  assert.equal(await written(), 0, 'all or nothing: the valid row was not written');

  await page.getByLabel('Ghi các dòng hợp lệ dù có dòng lỗi').check();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await page.getByTestId('import-outcome').filter({ hasText: 'bỏ qua' }).waitFor();
  assert.equal(
    await page.getByTestId('import-outcome').innerText(),
    '2 dòng lỗi đã bị bỏ qua; các dòng hợp lệ đã được ghi: thêm 1, cập nhật 0.',
  );
  assert.equal(await written(), 1);

  // A larger file on a slow line: the progress bar moves while the file is sent; only the first 500 errors are drawn.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 40 * 1024,
  });
  const big =
    'person_ref,full_name,ward_code\n' +
    Array.from({ length: 2000 }, (_, i) => `BIG${i},Người Thứ ${i},77777\n`).join('');
  await page.getByLabel('Ghi các dòng hợp lệ dù có dòng lỗi').uncheck();
  await page
    .getByLabel('Tệp CSV (UTF-8) hoặc Excel (.xlsx)')
    .setInputFiles({ name: 'lon.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  const bar = page.locator('progress#upload-progress');
  await page.waitForFunction(() => {
    const p = document.querySelector<HTMLProgressElement>('progress#upload-progress');
    return !!p && p.value > 0 && p.value < p.max;
  });
  assert.equal(Number(await bar.getAttribute('max')), Buffer.byteLength(big));
  await screenshot(page, 'import-progress');
  await page.getByTestId('import-errors').waitFor();
  assert.match(await page.getByTestId('import-outcome').innerText(), /^2\.000 dòng lỗi: không ghi dòng nào/);
  assert.equal(await page.getByTestId('import-errors').locator('caption').innerText(), 'Các dòng lỗi — 500/2.000');
  assert.equal(await page.getByTestId('import-errors').locator('tbody tr').count(), 500);
  await done(page);
});

test(`[${engineName}] dashboard: the daily report's figures and changes match the API; the map within the jurisdiction`, async () => {
  const page = await newPage();
  await signIn(page, 'tinh', PASSWORD, '/');
  await page.getByLabel('Số liệu đến thời điểm').fill('2021-09-10T06:30');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByTestId('as-of').filter({ hasText: 'Đến 06:30 10/09/2021, so với 06:30 09/09/2021' }).waitFor();
  const card = (path: string) => page.locator(`.headline [data-figure="${path}"] dd`).innerText();
  // Worked by hand: 3 cases at T against 1 at P; 2 new in the period against 1 in the period before; 1 F1 (NB3).
  assert.equal(await card('cases.total'), '3 (+2)');
  assert.equal(await card('cases.new'), '2 (+1)');
  assert.equal(await card('cases.active'), '3 (+2)');
  assert.equal(await card('contacts.f1'), '1 (+1)');
  assert.equal(await card('vaccination.coverage_dose1_18plus_pct'), '—'); // no population loaded

  // Every figure on the page is the API's, with its change.
  const api: DailyReport = await (
    await page.request.get(`${base}/api/v1/reports/daily?at=${encodeURIComponent('2021-09-10T06:30:00+07:00')}`)
  ).json();
  const shown = await page
    .locator('.figure-grid tr[data-figure]')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-figure')!, tr.querySelector('td')!.textContent!]));
  assert.equal(shown.length, Object.values(SECTIONS).flat().length);
  for (const [path, text] of shown) {
    assert.equal(
      text,
      formatWithChange(
        figureValue(api.current, path),
        figureValue(api.previous, path),
        'vi',
        isPercent(path) ? '%' : '',
      ),
      path,
    );
  }
  await page.waitForFunction(() => document.querySelectorAll('.charts canvas').length === 2);

  // The map's table lists the 8 districts of the shipped GeoJSON; a ward list opens from a district.
  assert.equal(await page.getByTestId('district-table').locator('tbody tr').count(), 8);
  // By keyboard: focus goes to the ward list's close button, and back to the district's button on closing.
  await page.getByRole('button', { name: 'Thành phố Ngã Bảy' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('ward-table').getByText('Phường Ngã Bảy').waitFor();
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  assert.equal(await focused(), 'Đóng danh sách xã');
  await page.keyboard.press('Enter');
  await page.getByTestId('district-table').waitFor();
  assert.equal(await focused(), 'Thành phố Ngã Bảy');
  // The map's controls and the charts' descriptions speak the page's language.
  await page.getByRole('button', { name: 'Phóng to' }).waitFor();
  assert.equal(await page.locator('.charts .chart').first().getAttribute('aria-label'), 'Ca mới và mẫu xét nghiệm mới');
  await page.getByRole('button', { name: 'Thành phố Ngã Bảy' }).click();
  await page.getByTestId('ward-table').getByText('Phường Ngã Bảy').waitFor();
  // Coloured by the daily report's area figures at the cut-off: Ngã Bảy has NB1 and NB2, only NB2 new in the period.
  const cell = (table: string, name: string) =>
    page.getByTestId(table).locator('tbody tr', { hasText: name }).locator('td.num');
  await page.getByLabel('Tô màu theo').selectOption({ label: 'Tổng số ca' });
  await cell('ward-table', 'Phường Ngã Bảy').filter({ hasText: /^2$/ }).waitFor();
  await page.getByLabel('Tô màu theo').selectOption({ label: 'Ca mới trong 24 giờ' });
  assert.equal(await cell('ward-table', 'Phường Ngã Bảy').innerText(), '1');
  await page.getByRole('button', { name: 'Đóng danh sách xã' }).click();
  assert.equal(await cell('district-table', 'Thành phố Ngã Bảy').innerText(), '1');
  assert.equal(await cell('district-table', 'Thành phố Vị Thanh').innerText(), '1');
  assert.equal(await cell('district-table', 'Huyện Châu Thành A').innerText(), '0');
  // No results in the period: no positivity.
  await page.getByLabel('Tô màu theo').selectOption({ label: 'Tỷ lệ dương tính trong 24 giờ (%)' });
  assert.equal(await cell('district-table', 'Thành phố Ngã Bảy').innerText(), '—');
  await page.getByLabel('Tô màu theo').selectOption({ label: 'Ca mới trong 24 giờ' });
  await page.getByRole('button', { name: 'Thành phố Ngã Bảy' }).click();
  await screenshot(page, 'dashboard');
  await done(page);

  // A district officer's dashboard covers their district only (NB1, NB2), with it marked on the map; phone width.
  const phone = await newPage(390, 844);
  await signIn(phone, 'huyen', PASSWORD, '/');
  await phone.getByLabel('Số liệu đến thời điểm').fill('2021-09-10T06:30');
  await phone.getByRole('button', { name: 'Xem' }).click();
  await phone.getByTestId('as-of').filter({ hasText: 'Đến 06:30 10/09/2021' }).waitFor();
  assert.equal(await phone.locator('.headline [data-figure="cases.total"] dd').innerText(), '2 (+1)');
  assert.equal(await phone.locator('.headline [data-figure="cases.new"] dd').innerText(), '1 (0)');
  const mine = phone.getByTestId('district-table').locator('tr', { hasText: 'trong phạm vi của bạn' });
  assert.match(await mine.innerText(), /Thành phố Ngã Bảy/);
  assert.equal(await phone.getByTestId('district-table').getByText('trong phạm vi của bạn').count(), 1);
  // The map's figures cover the district's own wards: new cases in Ngã Bảy, none known elsewhere.
  const phoneCell = (name: string) =>
    phone.getByTestId('district-table').locator('tbody tr', { hasText: name }).locator('td.num');
  await phoneCell('Thành phố Ngã Bảy').filter({ hasText: /^1$/ }).waitFor();
  assert.equal(await phoneCell('Thành phố Vị Thanh').innerText(), '—');
  await screenshot(phone, 'dashboard-phone');
  await done(phone);
});

/** The text of a DOCX table row whose text contains `label`, tags stripped ("Tổng số ca mắc3 (+2)"). */
function docxRow(xml: string, label: string): string | undefined {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((m) => m[0].replace(/<[^>]+>/g, ''))
    .find((r) => r.startsWith(label));
}

test(`[${engineName}] reports: draft at a cut-off, edit the narrative, issue, download the DOCX with the figures and text`, async () => {
  const page = await newPage();
  await signIn(page, 'tinh', PASSWORD, '/reports');
  await page.getByRole('heading', { name: 'Báo cáo ngày' }).waitFor();
  await page.getByLabel('Thời điểm chốt số liệu (giờ Việt Nam)').fill('2021-09-10T06:30');
  await page.getByRole('button', { name: 'Lập báo cáo nháp' }).click();
  await page.getByRole('heading', { name: 'Báo cáo nháp đến 06:30 10/09/2021' }).waitFor();
  // The preview is the daily report's figures (hand-worked above: 3 cases, +2 on the day before).
  assert.equal(await page.locator('.figure-grid tr[data-figure="cases.total"] td').innerText(), '3 (+2)');

  // The narrative starts from the template's headings; the officer writes under the first and saves.
  const title1 = await page.getByLabel('Tiêu đề mục 1').inputValue();
  assert.ok(title1.length > 0, 'a heading from the template');
  await page.getByLabel('Nội dung mục 1').fill('Ghi nhận 2 ca mới tại Thành phố Ngã Bảy và Vị Thanh.');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await page.getByTestId('report-status').filter({ hasText: 'Đã lưu nội dung.' }).waitFor();
  await screenshot(page, 'report-draft');

  await page.getByRole('button', { name: 'Ban hành' }).click();
  await page.getByTestId('report-status').filter({ hasText: 'Đã ban hành báo cáo số' }).waitFor();
  const symbol = (await page.getByTestId('report-status').innerText()).match(/số (.+)\.$/)![1];
  assert.equal(await page.getByLabel('Nội dung mục 1').isDisabled(), true, 'an issued report no longer changes');

  // The list: the draft has left the drafts, the issued report is there with its files.
  await page.getByRole('link', { name: '← Danh sách báo cáo' }).click();
  const row = page.getByTestId('issued').locator('tbody tr', { hasText: symbol });
  await row.waitFor();
  assert.equal(await page.getByTestId('drafts').count(), 0);
  assert.match(await row.innerText(), /06:30 10\/09\/2021/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Tải tệp DOCX của báo cáo ${symbol}` }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  const body = Buffer.concat(await (await download.createReadStream()).toArray());
  assert.equal(body.subarray(0, 2).toString('latin1'), 'PK', 'a zip');
  const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
  assert.equal(docxRow(xml, 'Tổng số ca mắc'), 'Tổng số ca mắc3 (+2)');
  assert.equal(docxRow(xml, 'Ca mắc mới trong kỳ'), 'Ca mắc mới trong kỳ2 (+1)');
  assert.ok(xml.includes('Ghi nhận 2 ca mới tại Thành phố Ngã Bảy và Vị Thanh.'), 'the narrative as written');
  assert.ok(xml.includes(symbol), 'the number given on issue');
  await screenshot(page, 'reports-list');
  await done(page);

  // At phone width the list stays usable: the file links of the issued report are reachable by keyboard.
  const phone = await newPage(390, 844);
  await signIn(phone, 'tinh', PASSWORD, '/reports');
  const link = phone.getByRole('link', { name: `Tải tệp XLSX của báo cáo ${symbol}` });
  await link.focus();
  assert.equal(await link.evaluate((a) => a === document.activeElement), true);
  const xlsx = await phone.request.get(base + (await link.getAttribute('href'))!);
  assert.equal(xlsx.status(), 200);
  assert.match(xlsx.headers()['content-type'], /spreadsheetml/);
  await screenshot(phone, 'reports-phone');
  await done(phone);
});

test(`[${engineName}] quarantine board: beds, persons present and free beds at a cut-off; the day's due lists and their workbook`, async () => {
  await load(
    'persons',
    'person_ref,full_name,ward_code\nQ1,Phạm Thị Hoa,31321\nQ2,Đỗ Văn Hải,31321\nQ3,Hồ Thị Lan,31340\n',
  );
  await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds\nQA,Ký túc xá Vị Thanh,quarantine,31321,3\nQB,Trường Ngã Bảy,both,31340,2\n',
  );
  // 5599/BYT-MT (from 14/7/2021): centralized 14 days, tests on days 1, 7 and 14. On 10/9: Q1's day 7, Q2's day 1.
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code\n' +
      'Q1,centralized,2021-09-04 08:00,QA\nQ2,centralized,2021-09-10 08:00,QA\nQ3,centralized,2021-09-09 08:00,QB\n',
  );

  const page = await newPage();
  await signIn(page, 'tinh', PASSWORD, '/quarantine');
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2021-09-10T12:00');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByTestId('facilities-at').filter({ hasText: '12:00 10/09/2021' }).waitFor();
  const cells = (code: string) =>
    page.locator(`[data-testid="quarantine-facilities"] tr[data-facility="${code}"] td`).allInnerTexts();
  // QA: 3 beds, Q1 and Q2 present, 1 free, 66,7%; QB: 2 beds, Q3, 1 free, 50%; together 5 beds, 3 present, 2 free.
  assert.deepEqual(await cells('QA'), ['Đang hoạt động', '3', '2', '1', '66,7%']);
  assert.deepEqual(await cells('QB'), ['Đang hoạt động', '2', '1', '1', '50%']);
  assert.deepEqual((await cells('total')).filter(Boolean), ['5', '3', '2']);

  await page.getByRole('heading', { name: 'Việc đến hạn ngày 10/09/2021' }).waitFor();
  const persons = (key: string) =>
    page.locator(`[data-due="${key}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-person')));
  await page.locator('[data-due="tests_due"] tbody tr').first().waitFor();
  assert.deepEqual(await persons('tests_due'), ['Q1', 'Q2']);
  const q1 = await page.locator('[data-due="tests_due"] tr[data-person="Q1"] td').allInnerTexts();
  assert.deepEqual(q1.slice(0, 2), ['Q1', 'Phạm Thị Hoa']);
  assert.deepEqual(q1.slice(4), ['Tập trung', 'QA', '7', 'Chưa']);
  // NB3 met NB2 (a case since 9/9) and is in no quarantine.
  assert.deepEqual(await persons('f1_without_episode'), ['NB3']);
  // The lists are the API's.
  const api = await (await page.request.get(`${base}/api/v1/quarantine/due?date=2021-09-10`)).json();
  for (const s of api.sections)
    assert.equal(await page.locator(`[data-due="${s.key}"] tbody tr`).count(), s.count, s.key);
  await screenshot(page, 'quarantine-board');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải danh sách (XLSX)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'quarantine-due-2021-09-10.xlsx');
  const body = Buffer.concat(await (await download.createReadStream()).toArray());
  assert.equal(body.subarray(0, 2).toString('latin1'), 'PK');

  // A person's reference opens their page.
  await page.getByRole('link', { name: 'Q1', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Phạm Thị Hoa' }).waitFor();
  await done(page);

  // The district officer of Ngã Bảy sees only QB, at phone width.
  const phone = await newPage(390, 844);
  await signIn(phone, 'huyen', PASSWORD, '/quarantine');
  await phone.getByLabel('Thời điểm (giờ Việt Nam)').fill('2021-09-10T12:00');
  await phone.getByRole('button', { name: 'Xem' }).click();
  await phone.getByTestId('facilities-at').filter({ hasText: '12:00 10/09/2021' }).waitFor();
  assert.deepEqual(
    await phone
      .locator('[data-testid="quarantine-facilities"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-facility'))),
    ['QB'],
  );
  await screenshot(phone, 'quarantine-phone');
  await done(phone);
});

/** Pairs of node labels of the page's network graph whose boxes overlap (cytoscape keeps its instance on its box). */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    const box = document.querySelector('[data-testid="contact-graph"]') as unknown as {
      _cyreg: { cy: { nodes(): { id(): string; boundingBox(o: object): Box }[] } };
    };
    const labels = box._cyreg.cy.nodes().map((n) => ({
      id: n.id(),
      b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
    }));
    const hits: string[] = [];
    for (const [i, a] of labels.entries())
      for (const c of labels.slice(i + 1))
        if (a.b.x1 < c.b.x2 && c.b.x1 < a.b.x2 && a.b.y1 < c.b.y2 && c.b.y1 < a.b.y2) hits.push(`${a.id}/${c.id}`);
    return hits;
  });
}

test(`[${engineName}] person page: F-level with its explanation, and one history from tracing, quarantine, testing and vaccination`, async () => {
  // Dated around today (the F-level is computed now): TL1 confirmed yesterday, TL2 met TL1 the day before.
  const OTHERS = ['TL3', 'TL4', 'TL5', 'TL6', 'TL7'];
  const day = (n: number) => new Date(Date.now() + 7 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
  await load(
    'persons',
    'person_ref,full_name,ward_code,birth_date,nationality\nTL1,Mai Văn Tâm,31340,,\nTL2,Mai Thị Thu,31340,1990-03-07,LA\n' +
      OTHERS.map((r, i) => `${r},Nguyễn Thị Hồng Nhung Số ${i + 3},31340,,\n`).join(''),
  );
  await load('cases', `person_ref,confirmed_at\nTL1,${day(1)} 08:00\n`);
  // TL1 also met five others that day: one level of six long names under TL1 in TL2's network.
  await load(
    'exposures',
    `source_ref,contact_ref,exposed_on\nTL1,TL2,${day(2)}\n` + OTHERS.map((r) => `TL1,${r},${day(2)}\n`).join(''),
  );
  await load('quarantine', `person_ref,kind,start_at\nTL2,home,${day(1)} 09:00\n`);
  await load(
    'samples',
    `sample_ref,person_ref,taken_at,method,result,result_at\nS-TL2,TL2,${day(1)} 10:00,pcr,negative,${day(1)} 20:00\n`,
  );
  await load('vaccinations', `person_ref,dose_number,product,given_on\nTL2,1,astrazeneca,${day(60)}\n`);

  const page = await newPage();
  await signIn(page, 'huyen', PASSWORD, '/people/TL2');
  await page.getByRole('heading', { name: 'Mai Thị Thu' }).waitFor();
  // Words and Vietnamese dates, never codes: the birth date as dd/mm/yyyy, the nationality by its name.
  const field = (label: string) => page.locator('dl.fields div', { hasText: label }).locator('dd').innerText();
  assert.equal(await field('Ngày sinh'), '07/03/1990');
  assert.equal(await field('Quốc tịch'), 'Lào');
  await page.getByTestId('f-level').waitFor();
  assert.equal(await page.getByTestId('f-level').locator('.badge').innerText(), 'F1');
  const explanation = await page.getByTestId('explanation').innerText();
  assert.match(explanation, /TL1/);
  assert.equal(explanation, (await (await page.request.get(`${base}/api/v1/persons/TL2/tracing`)).json()).explanation);
  await page.getByTestId('timeline').locator('li[data-kind="dose"]').waitFor();
  // Oldest first: the dose 60 days ago, the contact 2 days ago, quarantine and the sample yesterday.
  assert.deepEqual(
    await page
      .getByTestId('timeline')
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind'))),
    ['dose', 'exposure', 'episode_start', 'sample'],
  );
  assert.match(
    await page.locator('li[data-kind="exposure"]').innerText(),
    /^\d\d\/\d\d\/\d{4} Tiếp xúc với Mai Văn Tâm \(người tiếp xúc nguồn\) — mở TL1$/,
  );
  assert.match(
    await page.locator('li[data-kind="episode_start"]').innerText(),
    /^09:00 \d\d\/\d\d\/\d{4} Bắt đầu cách ly: tại nhà/,
  );
  assert.match(await page.locator('li[data-kind="sample"]').innerText(), /Lấy mẫu S-TL2 \(RT-PCR\): âm tính/);
  assert.match(await page.locator('li[data-kind="dose"]').innerText(), /Tiêm mũi 1: AstraZeneca/);
  assert.equal(await page.getByTestId('unavailable').count(), 0);
  // The contact network: TL1 (F0) → TL2 (F1) and TL1's five other contacts, drawn on a canvas with names beside
  // refs, no two labels overlapping, and listed in a table for the keyboard.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="contact-graph"] canvas').length > 0);
  assert.equal(
    await page.getByTestId('contact-graph').getAttribute('aria-label'),
    'Sơ đồ mạng tiếp xúc: 7 người, 6 lần tiếp xúc; xem bảng bên dưới',
  );
  assert.deepEqual(await overlappingLabels(page), []);
  await page.getByText('Các lần tiếp xúc (dạng bảng)').click();
  const edges = await tableRows(page.getByTestId('graph-edges'));
  assert.equal(edges.length, 6);
  assert.deepEqual(
    edges.find((r) => r[1] === 'Mai Thị Thu (TL2)'),
    ['Mai Văn Tâm (TL1)', 'Mai Thị Thu (TL2)', day(2).split('-').reverse().join('/')],
  );
  assert.ok(edges.some((r) => r[1] === 'Nguyễn Thị Hồng Nhung Số 7 (TL7)'));
  await screenshot(page, 'person-timeline');
  // As of noon three days ago, before TL2 met TL1: not an F then, and no contact in the window yet; back to now.
  await page.getByLabel('Xem phân loại F và mạng tiếp xúc lúc (giờ Việt Nam)').fill(`${day(3)}T12:00`);
  await page.getByTestId('as-of-form').getByRole('button', { name: 'Xem' }).click();
  await page.getByTestId('f-level').locator('.badge', { hasText: 'không thuộc diện F' }).waitFor();
  assert.match(
    await page.getByTestId('f-level').locator('h2').innerText(),
    new RegExp(`^Phân loại F lúc 12:00 ${day(3).split('-').reverse().join('/')}`),
  );
  await page.getByText('Chưa ghi nhận tiếp xúc nào.').waitFor();
  await page.getByTestId('as-of-form').getByRole('button', { name: 'Hiện tại' }).click();
  await page.getByTestId('f-level').locator('.badge', { hasText: 'F1' }).waitFor();
  await done(page);

  // A module that does not answer (here the vaccination endpoint, made to fail) is named; the rest still shows.
  const phone = await newPage(390, 844);
  await phone.route('**/api/v1/vaccination/persons/*/doses', (route) =>
    route.fulfill({ status: 404, contentType: 'application/json', body: '{"message":"Route not found"}' }),
  );
  await signIn(phone, 'huyen', PASSWORD, '/people/TL2');
  await phone.getByTestId('unavailable').waitFor();
  assert.equal(await phone.getByTestId('unavailable').innerText(), 'Tiêm chủng: chưa xem được (Route not found)');
  await phone.getByTestId('timeline').locator('li[data-kind="sample"]').waitFor();
  assert.equal(await phone.getByTestId('timeline').locator('li[data-kind="dose"]').count(), 0);
  // Six long names side by side on a phone: the layout spaces them by their labels, the graph is fitted smaller.
  await phone.waitForFunction(() => document.querySelectorAll('[data-testid="contact-graph"] canvas').length > 0);
  assert.deepEqual(await overlappingLabels(phone), []);
  await screenshot(phone, 'person-timeline-phone');
  await done(phone);
});

test(`[${engineName}] clusters: the list with size, first and last case and status; a cluster's transmission graph as the API has it`, async () => {
  // CL1 (case 1/10) met CL2 on 30/9, CL2 met CL3 (case 4/10) on 2/10, CL3 met CL4 on 3/10: one chain of 2 cases and
  // 4 persons, all in Phường Ngã Bảy; an officer also declared the market cluster with CL1 and CL3.
  await load(
    'persons',
    'person_ref,full_name,ward_code\nCL1,Châu Văn Một,31340\nCL2,Châu Thị Hai,31340\nCL3,Châu Văn Ba,31340\nCL4,Châu Thị Bốn,31340\n',
  );
  await load('cases', 'person_ref,confirmed_at\nCL1,2021-10-01 08:00\nCL3,2021-10-04 09:00\n');
  await load(
    'exposures',
    'source_ref,contact_ref,exposed_on\nCL1,CL2,2021-09-30\nCL2,CL3,2021-10-02\nCL3,CL4,2021-10-03\n',
  );
  const declared = await declareCluster(t.db, t.ctx, {
    name: 'Chợ Ngã Bảy',
    place: 'Chợ Ngã Bảy, khu vực 1',
    ward_code: '31340',
    started_on: '2021-10-01',
    case_refs: ['CL1', 'CL3'],
  });

  const page = await newPage();
  await signIn(page, 'huyen');
  await page.getByRole('link', { name: 'Ổ dịch', exact: true }).click();
  await page.getByLabel('Ngày', { exact: true }).fill('2021-10-05');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByRole('heading', { name: 'Ổ dịch ngày 05/10/2021 (2)' }).waitFor();
  const row = (key: string) => page.locator(`[data-testid="clusters"] tr[data-cluster="${key}"]`);
  const cells = await row('linked:CL1').locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 2), ['2', '4']);
  assert.match(cells[2], /^CL1 08:00 01\/10\/2021$/);
  assert.match(cells[3], /^CL3 09:00 04\/10\/2021$/);
  assert.equal(cells[4], 'Phường Ngã Bảy');
  assert.match(cells[5], /^Đang hoạt động/);
  assert.match(await row(`declared:${declared.cluster_id}`).locator('th').innerText(), /Chợ Ngã Bảy/);
  // The list is the API's (clusters of 2 cases or more).
  const api = await (await page.request.get(`${base}/api/v1/clusters?on=2021-10-05&min_cases=2`)).json();
  assert.deepEqual(api.map((c: { kind: string; id: string }) => `${c.kind}:${c.id}`).sort(), [
    'declared:' + declared.cluster_id,
    'linked:CL1',
  ]);

  await page.getByRole('button', { name: 'Xem sơ đồ lây truyền của Chuỗi lây từ ca CL1' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="cluster-graph"] canvas').length > 0);
  const graph = await (await page.request.get(`${base}/api/v1/clusters/linked/CL1/graph?on=2021-10-05`)).json();
  assert.equal(graph.nodes.length, 4);
  assert.equal(
    await page.getByTestId('cluster-graph-size').innerText(),
    `${graph.nodes.length} người, ${graph.edges.length} lần tiếp xúc`,
  );
  assert.equal(graph.edges.length, 3);
  await page.getByTestId('cluster-graph').getByText('Các lần tiếp xúc (dạng bảng)').click();
  assert.deepEqual(await tableRows(page.getByTestId('graph-edges')), [
    ['Châu Văn Một (CL1)', 'Châu Thị Hai (CL2)', '30/09/2021'],
    ['Châu Thị Hai (CL2)', 'Châu Văn Ba (CL3)', '02/10/2021'],
    ['Châu Văn Ba (CL3)', 'Châu Thị Bốn (CL4)', '03/10/2021'],
  ]);
  assert.deepEqual(await overlappingLabels(page), []);
  await screenshot(page, 'clusters');

  // By keyboard, the declared cluster: its cases and every exposure touching them; the choice is kept in the URL.
  const declaredButton = page.getByRole('button', { name: 'Xem sơ đồ lây truyền của Chợ Ngã Bảy' });
  await declaredButton.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Sơ đồ lây truyền: Chợ Ngã Bảy' }).waitFor();
  const dg = await (
    await page.request.get(`${base}/api/v1/clusters/declared/${declared.cluster_id}/graph?on=2021-10-05`)
  ).json();
  await page
    .getByTestId('cluster-graph-size')
    .filter({ hasText: `${dg.nodes.length} người` })
    .waitFor();
  assert.equal(await declaredButton.getAttribute('aria-pressed'), 'true');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole('heading', { name: 'Sơ đồ lây truyền: Chợ Ngã Bảy' }).waitFor();
  await page
    .getByTestId('cluster-graph-size')
    .filter({ hasText: `${dg.nodes.length} người` })
    .waitFor();
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    true,
    'no sideways scrolling',
  );
  await screenshot(page, 'clusters-phone');
  await done(page);
});

test(`[${engineName}] report template: errors shown at the field named by the server; a new signer saved, kept and printed in the draft`, async () => {
  const page = await newPage();
  await signIn(page, 'tinh', PASSWORD, '/reports');
  const open = async () => {
    await page.getByText('Mẫu báo cáo: tiêu đề, nơi nhận, người ký, lịch lập nháp').click();
    await page.getByLabel('Họ tên người ký', { exact: true }).waitFor();
  };
  await open();
  const pattern = page.getByLabel('Số, ký hiệu', { exact: true });
  assert.equal(await pattern.inputValue(), '{n}/BC-BCĐ');
  assert.equal(
    await page.getByLabel('Nơi nhận', { exact: true }).inputValue(),
    (await (await page.request.get(`${base}/api/v1/reports/template`)).json()).recipients.join('\n'),
  );

  // A number pattern without {n} is refused by the server, which names the field: the message is shown there.
  await pattern.fill('BC-BCĐ');
  await page.getByRole('button', { name: 'Lưu mẫu báo cáo' }).click();
  await page.getByTestId('template-error').waitFor();
  assert.equal(
    await page.getByTestId('template-error').innerText(),
    'Chưa lưu mẫu báo cáo: xem lỗi ở mục “Số, ký hiệu”.',
  );
  assert.equal(await pattern.getAttribute('aria-invalid'), 'true');
  assert.match(
    await page.locator('#tpl-number_pattern-error').innerText(),
    /^Dữ liệu không hợp lệ ở trường number_pattern/,
  );
  assert.equal(await pattern.evaluate((el) => el === document.activeElement), true, 'the field at fault has the focus');
  assert.equal(
    (await (await page.request.get(`${base}/api/v1/reports/template`)).json()).number_pattern,
    '{n}/BC-BCĐ',
    'nothing saved',
  );
  await screenshot(page, 'report-template-error');

  await pattern.fill('{n}/BC-BCĐ');
  await page.getByLabel('Họ tên người ký', { exact: true }).fill('Trần Văn Ký');
  // The 9 o'clock draft with figures to 06:30.
  await page.getByRole('button', { name: 'Thêm giờ lập nháp' }).click();
  await page.getByLabel('Giờ lập nháp 1').fill('09:00');
  await page.getByLabel('Giờ chốt số liệu 1').fill('06:30');
  await page.getByRole('button', { name: 'Lưu mẫu báo cáo' }).click();
  await page.getByTestId('template-status').filter({ hasText: 'Đã lưu mẫu báo cáo.' }).waitFor();
  assert.equal(await page.getByTestId('template-error').count(), 0);
  const stored = await (await page.request.get(`${base}/api/v1/reports/template`)).json();
  assert.deepEqual(
    [stored.signer_name, stored.number_pattern, stored.schedule],
    ['Trần Văn Ký', '{n}/BC-BCĐ', [{ time: '09:00', cutoff: '06:30' }]],
  );

  await page.reload();
  await open();
  assert.equal(await page.getByLabel('Họ tên người ký', { exact: true }).inputValue(), 'Trần Văn Ký');
  assert.equal(await page.getByLabel('Giờ chốt số liệu 1').inputValue(), '06:30');

  // A draft made now carries the new signer in its files.
  await page.getByLabel('Thời điểm chốt số liệu (giờ Việt Nam)').fill('2021-09-11T06:30');
  await page.getByRole('button', { name: 'Lập báo cáo nháp' }).click();
  await page.getByRole('heading', { name: 'Báo cáo nháp đến 06:30 11/09/2021' }).waitFor();
  const html = await (
    await page.request.get(base + (await page.getByRole('link', { name: 'Tải HTML' }).getAttribute('href'))!)
  ).text();
  assert.match(html, /<div class="name">Trần Văn Ký<\/div>/);
  await done(page);

  // At phone width the form stays usable.
  const phone = await newPage(390, 844);
  await signIn(phone, 'tinh', PASSWORD, '/reports');
  await phone.getByText('Mẫu báo cáo: tiêu đề, nơi nhận, người ký, lịch lập nháp').click();
  await phone.getByLabel('Họ tên người ký', { exact: true }).waitFor();
  assert.equal(
    await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    true,
    'no sideways scrolling',
  );
  await screenshot(phone, 'report-template-phone');
  await done(phone);
});

/** A one-sheet workbook, as a clerk saves it from Excel (numbers stay numbers). */
async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test(`[${engineName}] import an Excel workbook: a bad row named by row and column, nothing written; then a good one`, async () => {
  const page = await newPage();
  await signIn(page, 'tinh', PASSWORD, '/imports');
  await page.getByLabel('Loại dữ liệu').selectOption('persons');
  const header = ['person_ref', 'full_name', 'birth_year', 'phone', 'ward_code'];
  const bad = await workbook([
    header,
    ['XL1', 'Đặng Thị Xuân', 1988, '0911333444', 31340],
    ['XL2', 'Bùi Văn Yên', 1975, null, 99999],
  ]);
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/api/v1/imports/persons'));
  await page
    .getByLabel('Tệp CSV (UTF-8) hoặc Excel (.xlsx)')
    .setInputFiles({ name: 'nguoi.xlsx', mimeType: 'application/octet-stream', buffer: bad });
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  const headers = (await sent).headers();
  assert.equal(
    headers['content-type'],
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'typed by its name',
  );
  assert.equal(headers.accept, 'application/x-ndjson');
  await page.getByTestId('import-errors').waitFor();
  assert.equal(
    await page.getByTestId('import-outcome').innerText(),
    '1 dòng lỗi: không ghi dòng nào. Sửa tệp rồi nhập lại, hoặc chọn ghi các dòng hợp lệ.',
  );
  assert.deepEqual(await tableRows(page.getByTestId('import-errors')), [
    ['3', 'ward_code', 'Mã xã/phường không tồn tại trong tỉnh: 99999'],
  ]);
  const found = async (q: string) =>
    (await (await page.request.get(`${base}/api/v1/persons?q=${encodeURIComponent(q)}`)).json()).length;
  assert.equal(await found('dang thi xuan'), 0, 'all or nothing: the good row was not written');
  await screenshot(page, 'import-xlsx-errors');

  const good = await workbook([
    header,
    ['XL1', 'Đặng Thị Xuân', 1988, '0911333444', 31340],
    ['XL2', 'Bùi Văn Yên', 1975, null, 31340],
  ]);
  await page.getByLabel('Tệp CSV (UTF-8) hoặc Excel (.xlsx)').setInputFiles({
    name: 'nguoi.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: good,
  });
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await page.getByTestId('import-outcome').filter({ hasText: 'Đã nhập' }).waitFor();
  assert.equal(await page.getByTestId('import-outcome').innerText(), 'Đã nhập 2 dòng: thêm 2, cập nhật 0.');
  assert.equal(await page.getByTestId('import-errors').count(), 0);
  assert.equal(await found('dang thi xuan'), 1);
  const xl2 = await (await page.request.get(`${base}/api/v1/persons/XL2`)).json();
  assert.deepEqual([xl2.full_name, xl2.birth_year, xl2.ward_code], ['Bùi Văn Yên', 1975, '31340']);
  await done(page);
});
