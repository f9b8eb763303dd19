// The command pages in a real browser (Debian's chromium) over the hand-worked fixture (fixtures.ts, T = 06:30
// 10/9/2021): tasks (a district officer sees only its district's; the meeting's conclusions typed as lines and
// assigned; a status change recorded), supplies (stock by store at T; an issue beyond the stock refused with the
// figure shown; a good one recorded), support progress by programme and district, and the directives registry
// (search without diacritics, a PDF attached and offered for download). Screenshots in test-artifacts/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { loadCommandFixture } from './fixtures.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

before(async () => {
  t = await testDb();
  await loadCommandFixture(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '93']);
  await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
  served = await serveForBrowser(t);
});
after(async () => {
  await served?.close();
  await t?.close();
});

async function signIn(username: string, path: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(served.browser);
  await opened.page.goto(served.base + path);
  await opened.page.getByLabel('Tên đăng nhập').fill(username);
  await opened.page.getByLabel('Mật khẩu').fill(PASSWORD);
  await opened.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await opened.page.getByTestId('user').waitFor();
  return opened;
}

/** The cells' text of each body row of a table. */
const rows = (table: Locator) =>
  table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));

const taskRefs = async (page: Page) =>
  (
    await page
      .locator('[data-testid=tasks] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-task')))
  )
    .filter(Boolean)
    .sort();

test(`[${engineName}] tasks: a district sees its own; conclusions typed as lines and assigned; a status change kept with who`, async () => {
  const district = await signIn('vithanh', '/command/tasks');
  await district.page.locator('[data-testid=tasks]').waitFor();
  // Vị Thanh (930) was given T3, T4 and T5; the departments' tasks and Ngã Bảy's ward (31340) are not its own.
  assert.deepEqual(await taskRefs(district.page), ['T3', 'T4', 'T5']);
  assert.deepEqual(district.problems, []);
  await district.page.context().close();

  const { page, problems } = await signIn('tinh', '/command');
  await page.locator('[data-testid=tasks]').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Nhiệm vụ được giao');
  assert.deepEqual(await taskRefs(page), ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
  // Overdue today: T3 (in progress, due 10/09/2021) and T8 (open, due 09/09/2021); T4 and T5 have no deadline,
  // T1, T2 and T7 are done, T6 cancelled.
  await page.getByLabel('Chỉ nhiệm vụ quá hạn').check();
  await page.getByRole('button', { name: 'Lọc' }).click();
  await page.waitForURL(/overdue=true/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=tasks] tbody tr').length === 2);
  assert.deepEqual(await taskRefs(page), ['T3', 'T8']);
  assert.match((await page.locator('tr[data-task=T8]').textContent()) ?? '', /09\/09\/2021 · Quá hạn/);

  // The meeting's conclusions: two lines, each with its assignee and deadline.
  const form = page.getByTestId('conclusions');
  await form.getByLabel('Ngày họp').fill('2021-09-12');
  await form.getByLabel('Văn bản').fill('376-TB/TU');
  await form.getByLabel('Kết luận 1').fill('Rà soát người về từ vùng dịch');
  await form.getByLabel('Đơn vị được giao 1').fill('930');
  await form.getByLabel('Hạn 1').fill('2021-09-15');
  await form.getByRole('button', { name: 'Thêm dòng' }).click();
  await form.getByLabel('Kết luận 2').fill('Bảo đảm vật tư cho khu cách ly');
  await form.getByLabel('Đơn vị được giao 2').fill('SYT');
  await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  assert.equal(await form.getByTestId('form-done').textContent(), 'Đã giao 2 nhiệm vụ.');
  const made = await t.db.query<{ assignee: string; due_on: string | null; directive_number: string }>(
    `SELECT assignee, due_on::text, directive_number FROM command_tasks WHERE title IN ($1, $2) ORDER BY assignee`,
    ['Rà soát người về từ vùng dịch', 'Bảo đảm vật tư cho khu cách ly'],
  );
  assert.deepEqual(made, [
    { assignee: '930', due_on: '2021-09-15', directive_number: '376-TB/TU' },
    { assignee: 'SYT', due_on: null, directive_number: '376-TB/TU' },
  ]);

  // T8 done: the row leaves the overdue list and the history names the user.
  await page.getByRole('button', { name: 'Lịch sử cập nhật của T8' }).click();
  await page.getByText('Lịch sử cập nhật nhiệm vụ T8').waitFor();
  await page.getByLabel('Cập nhật tình trạng của T8').selectOption('done');
  await page.getByText('T8: Hoàn thành.').waitFor();
  // The history shown, newest first, names the user who marked it done.
  await page
    .getByTestId('task-history')
    .getByText(/tinh: Hoàn thành/)
    .waitFor();
  assert.match((await page.locator('[data-testid=task-history] li').first().textContent()) ?? '', /· tinh: Hoàn thành/);
  await page.waitForFunction(() => !document.querySelector('[data-testid=tasks] tr[data-task=T8]'));
  const [h] = await t.db.query<{ status: string; actor: string }>(
    `SELECT h.status, h.actor FROM command_task_history h WHERE h.task_ref = 'T8' ORDER BY h.at DESC LIMIT 1`,
  );
  assert.deepEqual(h, { status: 'done', actor: 'tinh' });
  // The week of 06–12/09/2021: Vị Thanh was given T4 (10/09), T5 (11/09) and the first conclusion (12/09), finished
  // none, and has those and T3 open at its end; SYT was given the second conclusion and finished T2 (11/09), which
  // leaves that conclusion open (T1 was done on 04/09).
  await page.getByLabel('Bốn tuần đến ngày').fill('2021-09-12');
  await page.getByText('06/09/2021–12/09/2021').waitFor();
  const lastWeek = (assignee: string) => page.locator(`[data-testid=weekly] tr[data-assignee="${assignee}"] td`).last();
  assert.equal(await lastWeek('930').textContent(), '3 giao · 0 xong · 4 còn');
  assert.equal(await lastWeek('SYT').textContent(), '1 giao · 1 xong · 1 còn');
  await screenshot(page, 'command-tasks');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] supplies: stock by store at T; an issue beyond it refused with the figure; a good one recorded`, async () => {
  const { page, problems } = await signIn('tinh', '/command/supplies');
  await page.getByLabel('Thời điểm').first().fill('2021-09-10T06:30');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByText('(06:30 10/09/2021)').waitFor();
  // CLO: province 1000 − 300 − 20 = 680, Vị Thanh 300 − 120 = 180, total 860; N95 990 at the province.
  const stock = page.getByTestId('stock');
  assert.deepEqual(
    (await stock.locator('thead th').allTextContents()).map((s) => s.trim()),
    ['Vật tư', 'Đơn vị tính', 'Hậu Giang', 'Vị Thanh', 'Tổng cộng'],
  );
  assert.deepEqual(await rows(stock), [
    ['Cloramin B', 'kg', '680', '180', '860'],
    ['Khẩu trang N95', 'cái', '990', '—', '990'],
  ]);

  const before = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM supply_movements'))[0].n;
  const form = page.getByTestId('movement');
  await form.getByLabel('Loại').selectOption('issue');
  await form.getByLabel('Vật tư').selectOption('CLO');
  await form.getByLabel('Kho', { exact: true }).selectOption('930');
  await form.getByLabel('Số lượng').fill('181');
  await form.getByLabel('Thời điểm').fill('2021-09-12T08:00');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  assert.match(
    (await form.getByTestId('form-error').textContent()) ?? '',
    /Không đủ tồn kho: Cloramin B tại kho Vị Thanh lúc 12\/09\/2021 08:00 chỉ còn 180 kg, không xuất được 181/,
  );
  assert.equal((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM supply_movements'))[0].n, before);
  await screenshot(page, 'command-supplies-below-zero');

  await form.getByLabel('Số lượng').fill('180');
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  await form.getByTestId('form-done').waitFor();
  const [m] = await t.db.query<{ store: string; kind: string; quantity: string }>(
    `SELECT store, kind, quantity::text FROM supply_movements WHERE movement_ref NOT LIKE 'M%'`,
  );
  assert.deepEqual({ ...m, quantity: Number(m.quantity) }, { store: '930', kind: 'issue', quantity: 180 });
  await page.locator('[data-testid=movements] tbody tr').first().waitFor();
  assert.match((await page.locator('[data-testid=movements] tbody tr').first().textContent()) ?? '', /Cấp phát/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] support: progress per programme and district at T`, async () => {
  const { page, problems } = await signIn('tinh', '/command/support');
  await page.getByLabel('Thời điểm').fill('2021-09-10T06:30');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByText('(06:30 10/09/2021)').waitFor();
  // hg-01: B5 (Ngã Bảy) approved and paid on T's day. nq68: Vị Thanh B1 (1,5 tr., paid) and B3 (3 tr.): 1 of 2 = 50%;
  // Ngã Bảy B2 (1,5 tr.) paid only after T: 0%. B4 is approved after T.
  assert.deepEqual(await rows(page.getByTestId('support')), [
    ['hg-01', 'Ngã Bảy', '1', '1.000.000', '1', '1.000.000', '100%'],
    ['Nghị quyết 68/NQ-CP', 'Vị Thanh', '2', '4.500.000', '1', '1.500.000', '50%'],
    ['Nghị quyết 68/NQ-CP', 'Ngã Bảy', '1', '1.500.000', '0', '0', '0%'],
  ]);
  // The beneficiaries of NQ68 not yet paid: B3 and B4 (B1 and B2 have a payment date).
  await page.getByLabel('Chính sách', { exact: true }).selectOption('nq68');
  await page.getByLabel('Chỉ đối tượng chưa chi trả').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=beneficiaries] tbody tr').length === 2);
  assert.deepEqual(await rows(page.getByTestId('beneficiaries')), [
    ['B3', 'Nghị quyết 68/NQ-CP', 'Hộ kinh doanh', 'Phường I', '03/09/2021', '3.000.000', 'Chưa chi trả'],
    ['B4', 'Nghị quyết 68/NQ-CP', 'Trẻ em', 'Phường I', '11/09/2021', '1.000.000', 'Chưa chi trả'],
  ]);
  await screenshot(page, 'command-support');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] directives: search without diacritics, attach a PDF, download it`, async () => {
  const { page, problems } = await signIn('tinh', '/command/directives');
  await page.getByLabel('Tìm theo số, ký hiệu hoặc nội dung (có hoặc không dấu)').fill('ket luan thuong truc');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=directives] tbody tr').length === 1);
  const row = page.locator('tr[data-directive="376-TB/TU"]');
  assert.match((await row.textContent()) ?? '', /01\/09\/2021.*Tỉnh uỷ.*Thông báo/);
  await row.getByLabel('Đính kèm tệp PDF/DOCX cho 376-TB/TU').setInputFiles({
    name: 'ket-luan-376.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% kết luận\n'),
  });
  await page.getByText('Đã đính kèm ket-luan-376.pdf vào 376-TB/TU.').waitFor();
  const link = row.getByRole('link', { name: 'Tải ket-luan-376.pdf' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), 'ket-luan-376.pdf');
  const body = await (await download.createReadStream()).toArray();
  assert.equal(Buffer.concat(body).toString('utf8'), '%PDF-1.4\n% kết luận\n');
  // A new directive registered from the page, then found by its number.
  await page.getByText('Vào sổ văn bản mới').click();
  const form = page.getByTestId('directive-form');
  await form.getByLabel('Số, ký hiệu').fill('1234/UBND-VX');
  await form.getByLabel('Ngày ban hành').fill('2021-09-11');
  await form.getByLabel('Cơ quan ban hành').fill('UBND tỉnh');
  await form.getByLabel('Loại văn bản').selectOption('cong_van');
  await form.getByLabel('Trích yếu').fill('Tăng cường xét nghiệm sàng lọc');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await form.getByText('Đã vào sổ văn bản 1234/UBND-VX.').waitFor();
  const [d] = await t.db.query(
    `SELECT issued_on::text, issuer, kind, level FROM command_directives WHERE number = '1234/UBND-VX'`,
  );
  assert.deepEqual(d, { issued_on: '2021-09-11', issuer: 'UBND tỉnh', kind: 'cong_van', level: 'province' });
  await screenshot(page, 'command-directives');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] funds: a donation typed with dots for thousands joins the totals and the donors`, async () => {
  const { page, problems } = await signIn('tinh', '/command/funds');
  const form = page.getByTestId('fund-form');
  await form.getByLabel('Loại').selectOption('donation');
  await form.getByLabel('Số tiền (đồng)').fill('1.500.000');
  await form.getByLabel('Thời điểm').fill('2021-09-12T10:00');
  await form.getByLabel('Nguồn (với khoản ủng hộ: nhà hảo tâm)').fill('Công ty B');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await form.getByTestId('form-done').waitFor();
  // Donations: F3 200.000.000 + F4 50.000.000 (Vietcombank) + 1.500.000 = 251.500.000; Vietcombank first (larger).
  await page.getByText('251.500.000').waitFor();
  assert.deepEqual(await rows(page.getByTestId('donors')), [
    ['Vietcombank', '2', '0', '250.000.000', '00:00 10/09/2021'],
    ['Công ty B', '1', '0', '1.500.000', '10:00 12/09/2021'],
    ['Công ty A', '0', '1', '0', '06:30 09/09/2021'], // in kind only: 800 N95 masks received (M7)
  ]);
  await screenshot(page, 'command-funds');
  assert.deepEqual(problems, []);
  await page.context().close();
});
