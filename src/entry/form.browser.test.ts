// The public declaration form in a real browser (Debian's chromium) at phone width: checks in the page, errors
// from the server under their field, the English switch, the receipt. Fails when chromium is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { tuanGiao } from './fixtures.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;
let token: string, hostToken: string;

before(async () => {
  t = await testDb('11');
  ({ token, hostToken } = await tuanGiao(t));
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

/** A phone: 390 × 844 CSS pixels, touch; script errors and CSP refusals are collected. */
const phone = () => openPage(served.browser, { width: 390, height: 844, mobile: true });
const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM declarations'))[0].n;
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test(`[${engineName}] a traveller declares on a phone, in Vietnamese then English, and gets a receipt`, async () => {
  const { page, problems } = await phone();
  await page.goto(`${served.base}/khai-bao/TG?t=${token}`);
  await page.locator('#form').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Khai báo y tế');
  assert.match((await page.locator('#site').textContent()) ?? '', /Chốt Tuần Giáo · Thị trấn Tuần Giáo · Điện Biên/);
  assert.ok(await fitsWidth(page), 'no horizontal scrolling at 390 px');

  await page.fill('input[name=full_name]', 'Lò Văn Pành');
  await page.fill('input[name=birth_year]', '1990');
  await page.check('input[name=sex][value=M]');
  await page.fill('input[name=phone]', '12345');
  await page.fill('input[name=id_number]', '011095001234'); // 12 digits, but the CCCD says born 1995
  await page.selectOption('select[name=from_province]', '01');
  await page.selectOption('select[name=from_district]', '001'); // options load after the province
  await page.selectOption('select[name=from_ward]', '00001');
  await page.selectOption('select[name=to_ward_code]', '03259');
  await page.check('input[name=symptoms][value=cough]');
  await page.click('#submit');
  // Checked in the page: phone and pledge; nothing sent.
  assert.match((await page.locator('small[data-for=phone]').textContent()) ?? '', /Số điện thoại không hợp lệ/);
  assert.match((await page.locator('small[data-for=pledge]').textContent()) ?? '', /cam kết/);
  assert.equal(await count(), 0);

  await page.click('#lang');
  assert.equal(await page.locator('h1').textContent(), 'Health declaration');
  assert.equal(await page.locator('button#submit').textContent(), 'Submit declaration');
  await page.fill('input[name=phone]', '0912 345 678');
  await page.check('input[name=pledge]');
  await page.click('#submit');
  // The server's check, in English, under its field.
  await page.locator('small[data-for=id_number]').waitFor();
  assert.match(
    (await page.locator('small[data-for=id_number]').textContent()) ?? '',
    /Birth year in CCCD \(011095001234\) does not match birth year 1990/,
  );
  assert.equal(await count(), 0);

  await page.fill('input[name=id_number]', '011090001234');
  await page.click('#submit');
  await page.locator('#receipt').waitFor();
  const ref = (await page.locator('#ref').textContent()) ?? '';
  assert.match(ref, /^QR-[A-Z0-9]{8}$/);
  assert.match((await page.locator('#outbreak').textContent()) ?? '', /You come from an outbreak area \(Hà Nội\)/);
  assert.ok(await fitsWidth(page));
  await screenshot(page, 'entry-declaration-receipt-390');
  const [d] = await t.db.query(
    `SELECT full_name, phone, from_ward, to_ward_code, symptoms, lang FROM declarations WHERE declaration_ref = $1`,
    [ref],
  );
  assert.deepEqual(d, {
    full_name: 'Lò Văn Pành',
    phone: '0912345678',
    from_ward: '00001',
    to_ward_code: '03259',
    symptoms: ['cough'],
    lang: 'en',
  });

  // The next member of the party: the journey is kept, personal fields are empty.
  await page.click('#again');
  assert.equal(await page.inputValue('input[name=full_name]'), '');
  assert.equal(await page.inputValue('select[name=from_ward]'), '00001');
  assert.deepEqual(problems, []);
});

test(`[${engineName}] a wrong QR code says so; a host's link opens the guest report`, async () => {
  const { page, problems } = await phone();
  await page.goto(`${served.base}/khai-bao/TG?t=wrong`);
  await page.locator('#fatal').waitFor();
  assert.match((await page.locator('#fatal').textContent()) ?? '', /Không tìm thấy biểu mẫu/);
  assert.ok(await page.locator('#form').isHidden());

  await page.goto(`${served.base}/luu-tru/NN1?t=${hostToken}`);
  await page.locator('#form').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Báo cáo khách lưu trú');
  assert.ok(await page.locator('#upload').isVisible());
  assert.ok(await page.locator('select[name=to_ward_code]').isHidden());
  assert.ok(await fitsWidth(page));
  await screenshot(page, 'entry-guest-report-390');
  assert.deepEqual(problems, []);
});
