// The testing page in a real browser, on records this test loads: a positive pool of three, a pending PCR sample,
// a negative rapid test, a registered lab and a screening round. It finds the pool's members to re-sample, records
// the pending sample's result and sees the figures and the round's positivity follow. Fails without chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { Locator } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { importFile } from '../app/imports.ts';
import { putLab } from './labs.ts';
import { putRound } from './screening.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

async function load(kind: string, csv: string) {
  assert.deepEqual((await importFile(t.db, t.ctx, kind, Readable.from([csv]))).rejected, [], kind);
}

before(async () => {
  t = await testDb('93');
  // Hậu Giang: 31321 Phường III (Vị Thanh), 31340 Phường Ngã Bảy.
  await load(
    'persons',
    'person_ref,full_name,birth_year,phone,ward_code\n' +
      'P1,Nguyễn Văn An,1985,0912345678,31321\n' +
      'P2,Trần Thị Bình,1990,,31321\n' +
      'P3,Lê Văn Cường,1969,,31321\n' +
      'P4,Phạm Thị Dung,1975,,31321\n' +
      'P5,Võ Văn Em,2001,,31340\n',
  );
  await putLab(t.db, t.ctx, 'LAB1', { name: 'CDC Hậu Giang', methods: ['pcr'], capacity_per_day: 2000 });
  await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,pool_ref,result,result_at,lab\n' +
      'S1,P1,2021-09-09 08:00,pcr,GM1,,,LAB1\n' +
      'S2,P2,2021-09-09 08:00,pcr,GM1,,,LAB1\n' +
      'S3,P3,2021-09-09 08:00,pcr,GM1,,,LAB1\n' +
      'S4,P4,2021-09-09 09:00,pcr,,pending,,LAB1\n' +
      'S5,P5,2021-09-09 10:00,rapid_antigen,,negative,2021-09-09 10:20,\n',
  );
  await load('pool_results', 'pool_ref,result,result_at\nGM1,positive,2021-09-09 20:00\n');
  await putRound(t.db, t.ctx, 'SL1', {
    campaign: 'Sàng lọc Phường III',
    round_no: 1,
    starts_on: '2021-09-09',
    ends_on: '2021-09-09',
    target_population: 10,
    method: 'pcr',
    areas: [{ ward_code: '31321' }],
  });
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const cells = (row: Locator) =>
  row.locator('th, td').evaluateAll((cs) => cs.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

test(`[${engineName}] testing: figures, labs, a positive pool's re-samples, a result recorded, the round's positivity`, async () => {
  const { page, problems } = await openPage(served.browser, { width: 1366, height: 768 });
  await page.goto(`${served.base}/testing`);
  await page.getByLabel('Tên đăng nhập').fill('tinh');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Xét nghiệm', exact: true }).waitFor();
  assert.ok(await page.getByRole('link', { name: 'Xét nghiệm' }).isVisible(), 'in the menu');

  // Opens at the end of the latest sample's day (09/09/2021), not at today's empty figures.
  assert.match(await text(page.getByTestId('testing-at')), /^Số liệu tính đến 23:59 09\/09\/2021\./);

  // 4 PCR samples (3 pooled + S4), none decided: the positive pool decides nobody; 1 rapid test, negative.
  const figures = page.getByTestId('testing-figures');
  await figures.locator('tr[data-method=pcr]').waitFor();
  //                                          Đã lấy  24 giờ  Âm  Dương  KXĐ  Chờ
  assert.deepEqual(await cells(figures.locator('tr[data-method=pcr]')), ['RT-PCR', '4', '4', '0', '0', '0', '4']);
  assert.deepEqual(await cells(figures.locator('tr[data-method=rapid_antigen]')), [
    'Test nhanh kháng nguyên',
    '1',
    '1',
    '1',
    '0',
    '0',
    '0',
  ]);
  assert.match(
    await text(figures.getByTestId('testing-pooled')),
    /3 mẫu trong 1 mẫu gộp; 1 mẫu gộp đã có kết quả, 1 dương tính/,
  );

  // The lab with its capacity, by name.
  const lab = page.getByTestId('testing-labs').locator('tr[data-lab=LAB1]');
  assert.equal((await cells(lab))[0], 'CDC Hậu Giang');
  assert.equal((await cells(lab))[2], '2.000');

  // The positive pool's three members are to be re-sampled alone, with their names and ward.
  const resamples = page.getByTestId('testing-resamples');
  await resamples.locator('tr[data-resample]').first().waitFor();
  assert.deepEqual(await resamples.locator('tbody th').allTextContents(), [
    'Nguyễn Văn An (P1)0912345678',
    'Trần Thị Bình (P2)',
    'Lê Văn Cường (P3)',
  ]);
  assert.equal((await cells(resamples.locator('tr[data-resample=S1]')))[3], 'Chưa lấy lại');

  // The round: 4 people of Phường III sampled by PCR on 09/09 of a target of 10 (40 %), none positive yet.
  const round = page.getByTestId('testing-rounds').locator('tr[data-round=SL1]');
  assert.deepEqual((await cells(round)).slice(0, 7), [
    'Sàng lọc Phường III — đợt 1',
    '09/09/2021–09/09/2021',
    '10',
    '4',
    '40%',
    '0',
    '0%',
  ]);

  // The pool opens from a member's row: three members, positive, nobody decided.
  const samples = page.getByTestId('testing-samples');
  await samples.locator('tr[data-sample=S1]').getByRole('button', { name: 'GM1' }).click();
  const pool = page.getByTestId('testing-pool');
  await pool.getByTestId('testing-pool-summary').waitFor();
  assert.match(
    await text(pool.getByTestId('testing-pool-summary')),
    /^3 mẫu \(tối đa \d+\), kết quả: Dương tính \(20:00 09\/09\/2021\)/,
  );
  assert.deepEqual(await pool.locator('tbody tr td:last-child').allTextContents(), [
    'Chưa kết luận',
    'Chưa kết luận',
    'Chưa kết luận',
  ]);
  await screenshot(page, 'testing-page');

  // Record S4 positive (Ct 22,5): the figures and the round follow — 1 positive of 4 sampled, 25 %.
  const s4 = samples.locator('tr[data-sample=S4]');
  assert.equal((await cells(s4))[5], 'CDC Hậu Giang', 'the lab by its name');
  await s4.getByRole('button', { name: 'Ghi kết quả' }).click();
  const form = samples.getByRole('form', { name: 'Ghi kết quả cho mẫu S4' });
  await form.getByLabel('Kết quả', { exact: true }).selectOption({ label: 'Dương tính' });
  await form.getByLabel('Thời điểm có kết quả').fill('2021-09-09T18:00');
  await form.getByLabel('Giá trị Ct').fill('22,5');
  await form.getByRole('button', { name: 'Lưu kết quả' }).click();
  await s4.locator('td.error', { hasText: 'Dương tính' }).waitFor();
  await figures.locator('tr[data-method=pcr] td', { hasText: '3' }).first().waitFor();
  assert.deepEqual(await cells(figures.locator('tr[data-method=pcr]')), ['RT-PCR', '4', '4', '0', '1', '0', '3']);
  await page.reload();
  await round.waitFor();
  assert.deepEqual((await cells(round)).slice(3, 7), ['4', '40%', '1', '25%']);
  const [row] = await t.db.query(
    `SELECT s.result, s.ct_values FROM samples s WHERE s.sample_ref = 'S4' AND s.province_code = '93'`,
  );
  assert.deepEqual(row, { result: 'positive', ct_values: { Ct: 22.5 } });
  await screenshot(page, 'testing-page-recorded');
  assert.deepEqual(problems, []);
});
