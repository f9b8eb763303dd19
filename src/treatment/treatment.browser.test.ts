// Browser test of the treatment pages (issue 21): an officer admits a case to a field hospital, records its severity,
// transfers it to the provincial hospital, reads the board and the home-treatment lists, ends the treatment on
// recovery (the case's outcome is proposed), and works out the capacity scenario of 10.000 cases. Screenshots go to
// test-artifacts/screenshots/treatment-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { Locator, Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { importFile } from '../app/imports.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

async function load(kind: string, csv: string) {
  assert.deepEqual((await importFile(t.db, t.ctx, kind, Readable.from([csv]))).rejected, [], kind);
}

before(async () => {
  t = await testDb();
  await load(
    'persons',
    `person_ref,full_name,ward_code,birth_year,phone
P1,Trần Văn Điều,31321,1960,
P2,Lê Thị Nhà,31321,1985,0911000002
P3,Phạm Văn Ba,31340,1990,
`,
  );
  // BV1 holds 2 beds and is open from 1/9/2021; BV3 is the tier-3 hospital; FH is the field hospital in the plan.
  await load(
    'facilities',
    `facility_code,name,kind,ward_code,beds,icu_beds,tier,oxygen_beds,ventilators,status,active_from,active_to
BV1,Bệnh viện dã chiến số 1,treatment,31321,2,0,1,1,0,active,2021-09-01,
BV3,Bệnh viện Đa khoa tỉnh,treatment,31321,10,4,3,6,3,,,
FH,Bệnh viện dã chiến 2.000 giường,treatment,31340,2000,,1,,,planned,,
Q,Khu cách ly Trường Quân sự,quarantine,31321,80,,,,,,,
`,
  );
  await load(
    'cases',
    `person_ref,confirmed_at,severity
P1,2021-09-08 10:00,mild
P2,2021-09-08 08:00,mild
P3,2021-09-08 08:00,asymptomatic
`,
  );
  // P2 and P3 are treated at home; P2's last check found them moderate (to be moved), P3's found them mild.
  await load(
    'care',
    `person_ref,setting,facility_code,start_at,end_at,end_reason,tier
P2,home,,2021-09-08 09:00,,,
P3,home,,2021-09-08 09:00,,,
`,
  );
  await load(
    'severity',
    `person_ref,observed_at,severity,oxygen
P2,2021-09-09 08:00,moderate,none
P3,2021-09-09 09:00,mild,none
`,
  );
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

async function signedIn(path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(served.browser);
  const { page } = opened;
  await page.goto(served.base + path);
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user').waitFor();
  return opened;
}

const rows = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );

/** Fills a placement form (admit or transfer) for a facility and submits it. */
async function place(form: Locator, facility: string, at: string, button: string) {
  await form.getByLabel('Hình thức').selectOption('facility');
  await form.getByLabel('Mã cơ sở điều trị').fill(facility);
  await form.getByLabel(/^(Bắt đầu|Thời điểm chuyển)$/).fill(at);
  await form.getByRole('button', { name: button }).click();
}

test(`[${engineName}] treatment: admit → severity → transfer → board and home lists → recover (outcome proposed)`, async () => {
  const { page, problems } = await signedIn('/people/P1');
  const card = page.getByTestId('person-treatment');
  await card.getByText('Chưa có đợt điều trị nào.').waitFor();

  // Admission to BV1 (a field hospital with 2 beds, none taken) at 12:00 8/9/2021.
  await place(card.locator('[data-form=admit]'), 'BV1', '2021-09-08T12:00', 'Tiếp nhận điều trị');
  const episodes = card.getByTestId('care-episodes');
  await episodes.locator('tr[data-open=true]').waitFor();
  assert.deepEqual(await rows(episodes), [
    ['Bệnh viện dã chiến số 1 (BV1)', 'Tầng 1', '12:00 08/09/2021', 'đang điều trị'],
  ]);

  // Severity: severe on high-flow oxygen at 08:00 9/9; the person's history shows it, flagged.
  const sev = card.locator('[data-form=severity]');
  await sev.getByLabel('Mức độ').selectOption('severe');
  await sev.getByLabel('Hỗ trợ hô hấp').selectOption('hfnc');
  await sev.getByLabel('Thời điểm đánh giá').fill('2021-09-09T08:00');
  await sev.getByRole('button', { name: 'Ghi nhận mức độ' }).click();
  await card.getByTestId('severity-list').waitFor();
  assert.deepEqual(await card.getByTestId('severity-list').locator('li').allInnerTexts(), [
    '08:00 09/09/2021: Nặng · Oxy dòng cao (HFNC)',
  ]);
  const event = page.getByTestId('timeline').locator('li[data-kind=severity]');
  await event.waitFor();
  assert.match(await event.innerText(), /08:00 09\/09\/2021.*Đánh giá mức độ: Nặng \(Oxy dòng cao \(HFNC\)\)/);
  assert.equal(await event.getAttribute('class'), 'warn-event');

  // Transfer to the provincial hospital (tier 3) at 09:00 9/9: the first episode ends "transferred", the next opens
  // (episodes newest first).
  await place(card.locator('[data-form=transfer]'), 'BV3', '2021-09-09T09:00', 'Chuyển cơ sở, chuyển tầng');
  await episodes.locator('tr', { hasText: 'BV3' }).waitFor();
  assert.deepEqual(await rows(episodes), [
    ['Bệnh viện Đa khoa tỉnh (BV3)', 'Tầng 3', '09:00 09/09/2021', 'đang điều trị'],
    ['Bệnh viện dã chiến số 1 (BV1)', 'Tầng 1', '12:00 08/09/2021', '09:00 09/09/2021 — chuyển cơ sở'],
  ]);
  await screenshot(page, 'treatment-person');

  // The board at 06:30 10/9/2021, reached from the menu: P1 in BV3, severe (so counted against its ICU beds), on
  // oxygen but not on a ventilator; P2 and P3 at home. The planned field hospital and the quarantine site are absent.
  await page.getByRole('link', { name: 'Điều trị', exact: true }).click();
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2021-09-10T06:30');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await page.getByText('Tại thời điểm 06:30 10/09/2021').waitFor();
  assert.deepEqual(await page.getByTestId('treatment-totals').locator('dd').allInnerTexts(), ['1', '2', '1', '0']);
  // facility, tier, patients, beds, ICU in use, ICU beds, on ventilator, ventilators, oxygen beds
  assert.deepEqual(await rows(page.getByTestId('treatment-facilities')), [
    ['Bệnh viện dã chiến số 1 (BV1)', 'Tầng 1', '0', '2', '0', '0', '0', '0', '1'],
    ['Bệnh viện Đa khoa tỉnh (BV3)', 'Tầng 3', '1', '10', '1', '4', '0', '3', '6'],
  ]);
  assert.deepEqual(await rows(page.getByTestId('treatment-tiers')), [
    ['Tầng 1', '0', '2'],
    ['Tầng 2', '0', '0'],
    ['Tầng 3', '1', '10'],
  ]);
  // The chart covers the 30 days ending on the cut-off's day: 12/8 to 10/9/2021.
  await page
    .getByRole('heading', { name: 'Ca đang điều trị theo mức độ (12/08/2021 – 10/09/2021, cuối mỗi ngày)' })
    .waitFor();
  await page.locator('section[aria-labelledby=t-chart-title] canvas').waitFor();
  // Home lists: each checked on 9/9, due again on 10/9 (one day between checks); P2, moderate, is to be moved.
  const due = page.locator('[data-home=due]');
  const move = page.locator('[data-home=move]');
  assert.match(await due.locator('caption').innerText(), /Đến hạn kiểm tra hôm nay — 2$/);
  assert.deepEqual(
    (await rows(due)).map((r) => [r[0], r[3], r[5]]),
    [
      ['Lê Thị Nhà (P2)', 'Trung bình', '10/09/2021'],
      ['Phạm Văn Ba (P3)', 'Nhẹ', '10/09/2021'],
    ],
  );
  assert.deepEqual(
    (await rows(move)).map((r) => r[0]),
    ['Lê Thị Nhà (P2)'],
  );
  await screenshot(page, 'treatment-board');

  // Back on P1's page: recovery at 10:00 12/9 ends the episode and proposes the
  // case's outcome, which the history then shows.
  await page.goto(served.base + '/people/P1');
  const end = page.getByTestId('person-treatment').locator('[data-form=end]');
  await end.getByLabel('Lý do kết thúc').selectOption('recovered');
  await end.getByLabel('Kết thúc', { exact: true }).fill('2021-09-12T10:00');
  await end.getByRole('button', { name: 'Kết thúc điều trị' }).click();
  await page.getByTestId('proposed-outcome').waitFor();
  assert.equal(await page.getByTestId('proposed-outcome').innerText(), 'Đã ghi kết cục ca bệnh: khỏi, ra viện');
  const last = page.getByTestId('care-episodes').locator('tbody tr').first();
  await last.filter({ hasText: 'khỏi bệnh' }).waitFor();
  assert.equal((await rows(page.getByTestId('care-episodes')))[0][3], '10:00 12/09/2021 — khỏi bệnh');
  await page.getByTestId('timeline').locator('li[data-kind=outcome]').waitFor();
  assert.match(await page.getByTestId('timeline').locator('li[data-kind=outcome]').innerText(), /10:00 12\/09\/2021/);
  // No form to end or transfer an ended treatment; a new admission is possible.
  assert.equal(await page.locator('[data-form=end], [data-form=transfer]').count(), 0);
  await page.locator('[data-form=admit]').waitFor();
  await screenshot(page, 'treatment-recovered');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] capacity page: 10.000 cases at 06:30 10/9/2021 against the active and planned beds per tier`, async () => {
  const { page, problems } = await signedIn('/treatment');
  await page.getByRole('link', { name: /Phương án thu dung/ }).click();
  await page.getByRole('heading', { name: 'Phương án thu dung, điều trị' }).waitFor();
  await page.getByLabel('Số ca mắc cùng lúc').fill('10.000');
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2021-09-10T06:30');
  await page.getByRole('button', { name: 'Tính', exact: true }).click();
  await page
    .getByRole('heading', { name: /Khi có 10\.000 ca mắc cùng lúc, với số giường tại 06:30 10\/09\/2021/ })
    .waitFor();
  // National mix 80/15/5 %, nobody of tier 1 at home: 8.000, 1.500 and 500 beds needed. Active on 10/9: BV1's 2 beds
  // (tier 1) and BV3's 10 (tier 3); FH's 2.000 planned (tier 1). Shortfall = needed − active.
  assert.deepEqual(await rows(page.getByTestId('capacity')), [
    ['Tầng 1 (không triệu chứng, nhẹ)', '8.000', '2', '2.000', '7.998'],
    ['Tầng 2 (trung bình)', '1.500', '0', '0', '1.500'],
    ['Tầng 3 (nặng, nguy kịch)', '500', '10', '0', '490'],
  ]);
  await screenshot(page, 'treatment-capacity');

  // The plan's scenario buttons keep the cut-off: 1.000 cases → 800 / 150 / 50.
  await page.getByRole('button', { name: 'Khi có 1.000 ca' }).click();
  await page
    .getByRole('heading', { name: /Khi có 1\.000 ca mắc cùng lúc, với số giường tại 06:30 10\/09\/2021/ })
    .waitFor();
  assert.deepEqual(
    (await rows(page.getByTestId('capacity'))).map((r) => [r[1], r[4]]),
    [
      ['800', '798'],
      ['150', '150'],
      ['50', '40'],
    ],
  );
  // A count that is not a whole number is refused on the page, the last answer stays.
  await page.getByLabel('Số ca mắc cùng lúc').fill('1,5k');
  await page.getByText('Nhập số ca là số nguyên không âm, ví dụ 10.000.').waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});
