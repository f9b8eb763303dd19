// The dashboard map at ward level (issue 27) on the generated demo province (3,000 people, seed 1, with its
// synthetic ward shapes): switched to "Phường/xã" and coloured by "F1 đang theo dõi", a ward's figure in the table
// is the API's, the wards add up to the report's F1 and to their district's figure; without ward shapes the level
// cannot be chosen and the page says why. Screenshots in test-artifacts/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { ensureWebBuild } from '../web/build.ts';
import { loadDemo } from '../app/demo.ts';
import { provinceUnits } from '../geo/reference.ts';
import type { AreaFigures } from './schemas.ts';

let t: TestDb, served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  await ensureWebBuild();
  t = await testDb();
  await loadDemo(t.db, t.ctx, { people: 3000, seed: 1 });
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

async function signIn(page: Page) {
  await page.goto(served.base + '/');
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const units = provinceUnits('93', '2024')!.units;
const nameOf = (code: string) => units.find((u) => u.code === code)!.full_name;
const parentOf = (code: string) => units.find((u) => u.code === code)!.parent_code!;

test(`[${engineName}] dashboard map at ward level: F1 under follow-up per ward, as the API counts it`, async () => {
  const { page, problems } = await openPage(served.browser);
  await signIn(page);
  // Mid-wave in the demo (late July 2021), when several wards have F1s.
  await page.getByLabel('Số liệu đến thời điểm').fill('2021-07-24T23:59');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByTestId('as-of').filter({ hasText: 'Đến 23:59 24/07/2021' }).waitFor();

  const res = await page.request.get(
    served.base + '/api/v1/reports/areas?at=' + encodeURIComponent('2021-07-24T23:59:00+07:00'),
  );
  assert.equal(res.status(), 200);
  const areas = (await res.json()) as AreaFigures;
  const withF1 = areas.wards.filter((w) => w.contacts_f1 > 0).sort((a, b) => b.contacts_f1 - a.contacts_f1);
  assert.ok(withF1.length >= 2, 'the demo has F1s in several wards at this cut-off');
  // The wards' F1s are the report's F1 (the headline: "N (±change)").
  const total = areas.wards.reduce((s, w) => s + w.contacts_f1, 0);
  const headline = await page.locator('.headline [data-figure="contacts.f1"] dd').innerText();
  assert.equal(headline.split(' ')[0], String(total));

  await page.getByRole('radio', { name: 'Phường/xã' }).check();
  await page.getByRole('heading', { name: 'Bản đồ theo xã, phường' }).waitFor();
  await page.getByLabel('Tô màu theo').selectOption({ label: 'F1 đang theo dõi' });
  const table = page.getByTestId('ward-level-table');
  const cell = (name: string) =>
    table
      .locator('tbody tr')
      .filter({ has: page.getByRole('cell', { name, exact: true }) })
      .locator('td.num');
  // Every ward of the province has a demo shape: 75 rows.
  assert.equal(await table.locator('tbody tr').count(), 75);
  const [top, second] = withF1;
  await cell(nameOf(top.ward_code))
    .filter({ hasText: new RegExp(`^${top.contacts_f1}$`) })
    .waitFor();
  assert.equal(await cell(nameOf(second.ward_code)).innerText(), String(second.contacts_f1));
  const none = areas.wards.find((w) => w.contacts_f1 === 0)!;
  assert.equal(await cell(nameOf(none.ward_code)).innerText(), '0');
  await page.getByRole('region', { name: 'Bản đồ theo xã, phường: F1 đang theo dõi' }).waitFor();
  await screenshot(page, 'dashboard-wards-f1');

  // Back at district level, the top ward's district shows the sum of its wards.
  await page.getByRole('radio', { name: 'Huyện' }).check();
  const district = parentOf(top.ward_code);
  const districtF1 = areas.wards
    .filter((w) => parentOf(w.ward_code) === district)
    .reduce((s, w) => s + w.contacts_f1, 0);
  assert.equal(
    await page
      .getByTestId('district-table')
      .locator('tbody tr', { has: page.getByRole('button', { name: nameOf(district), exact: true }) })
      .locator('td.num')
      .innerText(),
    String(districtF1),
  );
  assert.deepEqual(problems, []);

  // At phone width the ward level reads the same (and passes the accessibility rules there too).
  const phone = await openPage(served.browser, { width: 390, height: 844, mobile: true });
  await signIn(phone.page);
  await phone.page.getByLabel('Số liệu đến thời điểm').fill('2021-07-24T23:59');
  await phone.page.getByRole('button', { name: 'Xem' }).click();
  await phone.page.getByTestId('as-of').filter({ hasText: 'Đến 23:59 24/07/2021' }).waitFor();
  await phone.page.getByRole('radio', { name: 'Phường/xã' }).check();
  await phone.page.getByLabel('Tô màu theo').selectOption({ label: 'F1 đang theo dõi' });
  await phone.page
    .getByTestId('ward-level-table')
    .locator('tbody tr')
    .filter({ has: phone.page.getByRole('cell', { name: nameOf(top.ward_code), exact: true }) })
    .locator('td.num')
    .filter({ hasText: new RegExp(`^${top.contacts_f1}$`) })
    .waitFor();
  await screenshot(phone.page, 'dashboard-wards-f1-phone');
  assert.deepEqual(phone.problems, []);
});

test(`[${engineName}] without ward shapes the ward level cannot be chosen, and the page says why`, async () => {
  await t.db.execute('DELETE FROM ward_shapes WHERE province_code = $1', ['93']);
  const { page, problems } = await openPage(served.browser);
  await signIn(page);
  const note = page.getByText('Chưa có ranh giới xã, phường: người được giao tải lên ở trang Cấp độ dịch.');
  await note.waitFor();
  const ward = page.getByRole('radio', { name: 'Phường/xã' });
  assert.equal(await ward.isDisabled(), true);
  assert.equal(await ward.getAttribute('aria-describedby'), await note.getAttribute('id'));
  assert.equal(await page.getByRole('radio', { name: 'Huyện' }).isChecked(), true);
  await page.getByTestId('district-table').waitFor();
  await screenshot(page, 'dashboard-no-ward-shapes');
  assert.deepEqual(problems, []);
});
