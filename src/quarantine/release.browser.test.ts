// In a real browser: an F2 released from home quarantine by their F1's negative result is explained on their person
// page (the F1 and the sample, linked), and the quarantine page shows seed 000's splits at a cut-off. Fixture of
// March 2020: case C0, F1 A (sample A1 negative at 15:00 11/3), F2 X at home working at Minh Phú (industrial zone),
// F2 Y at home still (another F1, B, awaits B1), N1 in TTYT Ngã Bảy (a health centre). Fails without chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { load as loadCsv } from '../test/import.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);

before(async () => {
  t = await testDb('93');
  await load(
    'persons',
    'person_ref,full_name,ward_code\nC0,Nguyễn Văn Nguồn,31321\nA,Trần Văn An,31321\nB,Lê Thị Bé,31321\n' +
      'X,Phạm Văn Xuân,31321\nY,Võ Thị Yến,31321\nN1,Đỗ Văn Năm,31321\n',
  );
  await load('cases', 'person_ref,confirmed_at\nC0,2020-03-10 08:00\n');
  await load(
    'exposures',
    'source_ref,contact_ref,exposed_on\nC0,A,2020-03-08\nC0,B,2020-03-08\nA,X,2020-03-09\nB,Y,2020-03-09\n',
  );
  await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds,site_type\nTTYT-NB,TTYT Ngã Bảy,both,31321,20,health_centre\n',
  );
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,workplace,workplace_type\n' +
      'X,home,2020-03-10 10:00,,Công ty Minh Phú,industrial_zone\nY,home,2020-03-10 10:00,,,\n' +
      'N1,centralized,2020-03-10 10:00,TTYT-NB,,\n',
  );
  await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,result,result_at\n' +
      'A1,A,2020-03-10 09:00,pcr,negative,2020-03-11 15:00\nB1,B,2020-03-10 09:00,pcr,pending,\n',
  );
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

test(`[${engineName}] F2 released by the F1's negative result, on the person page; the quarantine splits`, async () => {
  const { page, problems } = await openPage(served.browser);
  await page.goto(`${served.base}/people/X`);
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const released = page.getByTestId('timeline').locator('li[data-kind="episode_released"]');
  await released.waitFor();
  assert.equal(
    text(await released.textContent()),
    '15:00 11/03/2020 Kết thúc cách ly: F1 nguồn âm tính (người A, mẫu A1 ngày 15:00 11/03/2020) — mở A',
  );
  assert.equal(await released.getByRole('link', { name: 'mở A' }).getAttribute('href'), '/people/A');
  await screenshot(page, 'person-f2-released');

  // Y's F1 B still awaits B1: Y is at home; X left at 15:00.
  await page.goto(`${served.base}/quarantine`);
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2020-03-11T16:00');
  await page.getByRole('button', { name: 'Xem' }).click();
  const splits = page.getByTestId('quarantine-splits');
  await splits.getByText('TTYT Ngã Bảy: 1').waitFor();
  const rows = await splits
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  assert.deepEqual(rows, [
    ['Tập trung: tại các Trung tâm Y tế, Trạm Y tế', '1', 'TTYT Ngã Bảy: 1'],
    ['Tập trung: tại các khu cách ly tập trung khác', '0', ''],
    ['Tại nhà: công ty trong khu công nghiệp', '0', ''],
    ['Tại nhà: người lao động ngoài khu công nghiệp', '0', ''],
    ['Tại nhà: không ghi nơi làm việc', '1', ''],
  ]);
  // Before the release X still counts at Minh Phú.
  await page.getByLabel('Thời điểm (giờ Việt Nam)').fill('2020-03-11T14:00');
  await page.getByRole('button', { name: 'Xem' }).click();
  await splits.getByText('Công ty Minh Phú: 1').waitFor();
  await screenshot(page, 'quarantine-splits');
  assert.deepEqual(problems, []);
});
