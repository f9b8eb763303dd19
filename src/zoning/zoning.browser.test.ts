// The zoning pages in a browser (issue 20): the ward map with its slider, counts and a ward's explanation; a decision
// and a measure added through the forms and seen on the map; the criteria page. Screenshots in
// test-artifacts/screenshots/.
//
// Hand-worked figures. Every ward of Hậu Giang (75, 2024 geography) has 10,000 people, 7,000 of them adults, and the
// demo's synthetic shapes. Two community cases in Phường III (31321, Thành phố Vị Thanh 930, 9 wards) confirmed on
// 18/10/2021. On 20/10/2021 the 4800/QĐ-BYT rule set (from 11/10) applies: 7-day window 14–20/10, rate bands 20/50/150,
// coverage not met (no doses) → levels not_met [2, 3, 4, 4], no case → level 1.
//   Phường III: 2 × 100,000 / 10,000 = 20.00 → band 1 → level 3 (orange); the 74 other wards: level 1.
//   Vị Thanh: 2 × 100,000 / 90,000 = 2.22 → band 0 → level 2; the 7 other districts: level 1.
//   Province: 2 × 100,000 / 750,000 = 0.27 → band 0 → level 2.
// On 22/08/2021 (first day of the 60-day slider ending 20/10) the 2686/QĐ-BCĐQG "assessed" set applies: no decision,
// every ward level 1, every district level 1. On 10/10/2021 (the compare day) likewise all level 1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, PASSWORD } from '../test/http.ts';
import { openPage, screenshot, serveForBrowser } from '../test/browser.ts';
import { importFile } from '../app/imports.ts';
import { loadDemoWardShapes } from '../geo/demo-shapes.ts';
import { provinceUnits } from '../geo/reference.ts';

let t: TestDb;
let served: Awaited<ReturnType<typeof serveForBrowser>>;

async function load(kind: string, csv: string) {
  assert.deepEqual((await importFile(t.db, t.ctx, kind, Readable.from([csv]))).rejected, [], kind);
}

before(async () => {
  t = await testDb();
  assert.deepEqual(await loadDemoWardShapes(t.db, t.ctx), { wards: 75 });
  const wards = provinceUnits('93', '2024')!.units.filter((u) => u.geography === '2024' && u.level === 'ward');
  await load(
    'population',
    'ward_code,population,population_18plus\n' + wards.map((w) => `${w.code},10000,7000\n`).join(''),
  );
  await load(
    'persons',
    'person_ref,full_name,birth_year,ward_code\nZ1,Nguyễn Văn Một,1980,31321\nZ2,Trần Thị Hai,1992,31321\n',
  );
  await load(
    'cases',
    'person_ref,confirmed_at,detected_in\nZ1,2021-10-18 09:00,community\nZ2,2021-10-18 15:30,community\n',
  );
  await addUser(t, 'tinh', 'province_admin', ['province', '93']);
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

/** The counts table as [level text, wards, districts] rows. */
const countsTable = (page: Page) =>
  page
    .getByTestId('zoning-counts')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())));

/** A unit's row of the units table, cell by cell. */
const unitRow = (page: Page, code: string) =>
  page
    .locator(`[data-testid="zoning-units"] tr[data-unit="${code}"] td`)
    .evaluateAll((tds) => tds.map((td) => td.textContent?.replace(/\s+/g, ' ').trim()));

const levelOf = (page: Page, code: string) =>
  page.locator(`[data-testid="zoning-units"] tr[data-unit="${code}"] .level`).getAttribute('data-level');

test(`[${engineName}] the map: levels on the chosen day, the slider back 60 days, changes, a ward's explanation`, async () => {
  const { page, problems } = await signedIn('/zoning?at=2021-10-20&compare=2021-10-10');
  await page.getByRole('link', { name: 'Cấp độ dịch' }).first().waitFor();
  await page.locator('[data-testid="zoning-map"][data-ready="true"]').waitFor();
  await page.getByTestId('zoning-day').filter({ hasText: '20/10/2021' }).waitFor();
  await page.getByTestId('province-level').filter({ hasText: 'Cấp 2' }).waitFor();
  assert.deepEqual(await countsTable(page), [
    ['Cấp 1 – xanh (nguy cơ thấp)', '74', '7'],
    ['Cấp 2 – vàng (nguy cơ trung bình)', '0', '1'],
    ['Cấp 3 – cam (nguy cơ cao)', '1', '0'],
    ['Cấp 4 – đỏ (nguy cơ rất cao)', '0', '0'],
  ]);
  // The legend says the level in words, not by colour alone.
  assert.match((await page.getByTestId('zoning-legend').textContent()) ?? '', /Cấp 4 – đỏ \(nguy cơ rất cao\)/);
  assert.equal(await levelOf(page, '31321'), '3');
  assert.equal(await levelOf(page, '930'), '2');

  // Changed since 10/10/2021: province, district, ward, each 1 → its level now.
  const changed = page.getByTestId('zoning-changed');
  await changed.getByText('Phường III').waitFor();
  const changedText = (await changed.locator('li').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
  assert.equal(changedText.length, 3);
  assert.match(changedText[0], /Tỉnh Hậu Giang.*Cấp 1.*→.*Cấp 2/);
  assert.match(changedText[1], /Thành phố Vị Thanh.*Cấp 1.*→.*Cấp 2/);
  assert.match(changedText[2], /Phường III.*Cấp 1.*→.*Cấp 3/);
  await screenshot(page, 'zoning-map');
  // The units table gives each unit's figures: 2 cases / 10,000 = 20; no doses: 0%; no 50+ population: —.
  assert.deepEqual(await unitRow(page, '31321'), ['Phường III', 'Cấp 3 – cam (nguy cơ cao)', '2', '20', '0%', '—', '']);
  // Vị Thanh: 2 × 100,000 / 90,000 = 2,22.
  assert.deepEqual(await unitRow(page, '930'), [
    'Thành phố Vị Thanh',
    'Cấp 2 – vàng (nguy cơ trung bình)',
    '2',
    '2,22',
    '0%',
    '—',
    '',
  ]);

  // A ward clicked on the map (the one under the map's centre) shows its explanation.
  const box = (await page.getByTestId('zoning-map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2 - 5);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.zoning-map .maplibregl-popup-content');
  await hover.waitFor();
  assert.match((await hover.textContent()) ?? '', /^(Phường|Xã|Thị trấn) .+: Cấp [1-4] – /);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const explanation = page.getByTestId('zoning-explanation');
  // The rule set is fetched after the unit's figures: wait for it rather than read the panel at once.
  await explanation
    .getByTestId('explain-rules')
    .getByText(/áp dụng từ ngày 11\/10\/2021/)
    .waitFor();

  // The province's level explained: 2 cases / 750,000 = 0,27 per 100,000, under 20, coverage not met → level 2.
  await page.getByTestId('province-level').getByRole('button', { name: 'Vì sao?' }).click();
  await explanation.locator('h3', { hasText: 'Tỉnh Hậu Giang' }).waitFor();
  await explanation
    .getByTestId('explain-why')
    .filter({
      hasText:
        '2 ca mắc cộng đồng trong 7 ngày trên 750.000 dân, tức 0,27 ca/100.000 dân, thuộc nhóm dưới 20; ' +
        'độ bao phủ vắc xin chưa đạt. Theo ma trận cấp độ: Cấp 2 – vàng (nguy cơ trung bình).',
    })
    .waitFor();

  // Phường III, picked in the table: its figures, rule set and level.
  await page.locator('[data-testid="zoning-units"] tr[data-unit="31321"] button').click();
  await explanation.locator('h3', { hasText: 'Phường III' }).waitFor();
  const text = ((await explanation.textContent()) ?? '').replace(/\s+/g, ' ');
  assert.match(text, /Cấp 3 – cam \(nguy cơ cao\) \(theo tính toán\)/);
  assert.equal(await explanation.getByTestId('explain-cases').textContent(), '2 (14/10/2021 – 20/10/2021)');
  assert.match(text, /Ca mắc cộng đồng trong 7 ngày2 /);
  assert.match(text, /Dân số10\.000/);
  assert.match(text, /Tỷ lệ \/ 100\.000 dân20Tỷ lệ người 18\+/);
  assert.match(
    text,
    /Tỷ lệ người 18\+ tiêm ít nhất 1 mũi0% \(ngưỡng 70%\)Tỷ lệ người 50\+ tiêm đủ 2 mũi— \(ngưỡng 80%\)/,
  );
  assert.match(text, /Đạt độ bao phủ vắc xinKhông/);
  // Why level 3: the rate's group and the coverage row of the 4800/QĐ-BYT matrix; no decision.
  assert.equal(
    ((await explanation.getByTestId('explain-why').textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    '2 ca mắc cộng đồng trong 7 ngày trên 10.000 dân, tức 20 ca/100.000 dân, thuộc nhóm từ 20 đến dưới 50; ' +
      'độ bao phủ vắc xin chưa đạt. Theo ma trận cấp độ: Cấp 3 – cam (nguy cơ cao).',
  );
  await explanation
    .getByTestId('explain-rules')
    .filter({
      hasText:
        'Theo tỷ lệ ca mắc cộng đồng/100.000 dân và độ bao phủ vắc xin; bộ quy định áp dụng từ ngày 11/10/2021, ' +
        'căn cứ 4800/QĐ-BYT (12/10/2021), 128/NQ-CP (11/10/2021).',
    })
    .waitFor();
  assert.equal(await explanation.getByTestId('explain-measures').textContent(), 'Không có');
  await screenshot(page, 'zoning-explanation');

  // The slider back to its first day, 22/08/2021 (assessed: no decision, everything level 1).
  const slider = page.getByTestId('zoning-slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.getByTestId('zoning-day').filter({ hasText: '22/08/2021' }).waitFor();
  assert.deepEqual(
    (await countsTable(page)).map((r) => r.slice(1)),
    [
      ['75', '8'],
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
    ],
  );
  assert.equal(await levelOf(page, '31321'), '1');
  // One step right: 23/08/2021.
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('zoning-day').filter({ hasText: '23/08/2021' }).waitFor();
  await screenshot(page, 'zoning-slider');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] a decision and a measure added through the forms change the map and the explanation`, async () => {
  const { page, problems } = await signedIn('/zoning/decisions?at=2021-10-20');
  await page.getByRole('heading', { name: 'Quyết định cấp độ dịch' }).waitFor();
  await page.getByText('Không có quyết định nào còn hiệu lực ngày này.').waitFor();

  // To before from: refused, the error beside "Đến hết ngày".
  await page.locator('#order-unit_code').selectOption('31324');
  await page.locator('#order-level').selectOption('4');
  await page.locator('#order-from_date').fill('2021-10-15');
  await page.locator('#order-to_date').fill('2021-10-14');
  await page.locator('#order-decision_number').fill('125/QĐ-UBND');
  await page.locator('#order-reason').fill('Ổ dịch tại chợ phường IV');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const err = page.locator('#order-to_date-error');
  await err.waitFor();
  assert.equal(await page.locator('#order-to_date').getAttribute('aria-invalid'), 'true');
  assert.match((await err.textContent()) ?? '', /14\/10\/2021|2021-10-14/);
  await page.locator('#order-to_date').fill('');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu quyết định.').waitFor();
  const row = page.locator('[data-testid="zoning-decisions"] tr[data-unit="31324"]');
  await row.waitFor();
  assert.match(
    (await row.textContent()) ?? '',
    /Cấp 4.*15\/10\/2021.*chưa hết hạn.*125\/QĐ-UBND.*Ổ dịch tại chợ phường IV/,
  );
  assert.equal(await row.locator('td').first().textContent(), 'Phường IV, Thành phố Vị Thanh');
  await screenshot(page, 'zoning-decision');

  // A measure on the district: Chỉ thị 16 over Vị Thanh from 01/10/2021.
  await page.getByRole('link', { name: 'Biện pháp đang áp dụng' }).click();
  await page.getByRole('heading', { name: 'Biện pháp phòng, chống dịch đang áp dụng' }).waitFor();
  await page.locator('#order-unit_code').selectOption('930');
  await page.locator('#order-measure').selectOption('ct16');
  await page.locator('#order-from_date').fill('2021-10-01');
  await page.locator('#order-note').fill('Phong toả ấp 3');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu biện pháp.').waitFor();
  await screenshot(page, 'zoning-measure');

  // Back on the map, 20/10/2021: Phường IV is red by decision, Phường III under Chỉ thị 16 through its district.
  await page.goto(served.base + '/zoning?at=2021-10-20');
  await page.getByTestId('zoning-day').filter({ hasText: '20/10/2021' }).waitFor();
  await page.locator('[data-testid="zoning-units"] tr[data-unit="31324"] .level[data-level="4"]').waitFor();
  assert.deepEqual(
    (await countsTable(page)).map((r) => r.slice(1)),
    [
      ['73', '7'],
      ['0', '1'],
      ['1', '0'],
      ['1', '0'],
    ],
  );
  await page.locator('[data-testid="zoning-units"] tr[data-unit="31324"] td', { hasText: 'Chỉ thị 16' }).waitFor();
  assert.deepEqual(await unitRow(page, '31324'), [
    'Phường IV',
    'Cấp 4 – đỏ (nguy cơ rất cao) (theo quyết định)',
    '0',
    '0',
    '0%',
    '—',
    'Chỉ thị 16',
  ]);
  await page.locator('[data-testid="zoning-units"] tr[data-unit="31324"] button').click();
  const explanation = page.getByTestId('zoning-explanation');
  await explanation.locator('h3', { hasText: 'Phường IV' }).waitFor();
  assert.match(
    ((await explanation.textContent()) ?? '').replace(/\s+/g, ' '),
    /Cấp 4 – đỏ \(nguy cơ rất cao\) \(theo quyết định\)/,
  );
  // The decision, then what the criteria would give without it (no case in Phường IV: level 1).
  await explanation
    .getByTestId('explain-why')
    .filter({
      hasText:
        'Cấp độ do Quyết định số 125/QĐ-UBND công bố, hiệu lực từ ngày 15/10/2021 đến khi có quyết định mới ' +
        '(lý do: Ổ dịch tại chợ phường IV). Nếu không có quyết định, cấp độ tính theo tiêu chí là ' +
        'Cấp 1 – xanh (nguy cơ thấp). Không có ca mắc cộng đồng trong 7 ngày, theo tiêu chí là Cấp 1 – xanh (nguy cơ thấp).',
    })
    .waitFor();
  // Chỉ thị 16 reaches the ward from its district, with the note naming the hamlet.
  const ct16 = 'Chỉ thị 16 tại Thành phố Vị Thanh từ ngày 01/10/2021 đến khi có quyết định mới — Phong toả ấp 3';
  await explanation.getByTestId('explain-measures').filter({ hasText: ct16 }).waitFor();
  await page.locator('[data-testid="zoning-units"] tr[data-unit="31318"] button').click();
  await explanation.locator('h3', { hasText: /^Phường I —/ }).waitFor();
  await explanation.getByTestId('explain-measures').filter({ hasText: ct16 }).waitFor();
  await screenshot(page, 'zoning-after-decision');

  // The decisions tab keeps the day; deleting the decision (after confirming) puts Phường IV back to level 1.
  await page.getByRole('link', { name: 'Quyết định cấp độ' }).click();
  await page.getByRole('heading', { name: 'Quyết định còn hiệu lực ngày 20/10/2021' }).waitFor();
  const questions: string[] = [];
  page.once('dialog', (d) => {
    questions.push(d.message());
    void d.accept();
  });
  await row.getByRole('button', { name: 'Xoá' }).click();
  await page.getByText('Không có quyết định nào còn hiệu lực ngày này.').waitFor();
  assert.deepEqual(questions, [
    'Xoá quyết định cấp độ của Phường IV từ ngày 15/10/2021 (Cấp 4 – đỏ (nguy cơ rất cao))?',
  ]);
  await page.getByRole('link', { name: 'Bản đồ' }).click();
  await page.getByTestId('zoning-day').filter({ hasText: '20/10/2021' }).waitFor();
  await page.locator('[data-testid="zoning-units"] tr[data-unit="31324"] .level[data-level="1"]').waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] the criteria page shows the national periods; an admin saves a dated zoning rule set`, async () => {
  const { page, problems } = await signedIn('/zoning/rules');
  const r4800 = page.locator('[data-rule-set="2021-10-11"]');
  await r4800.waitFor();
  const text = ((await r4800.textContent()) ?? '').replace(/\s+/g, ' ');
  assert.match(text, /Căn cứ: /);
  assert.match(text, /cửa sổ 7 ngày/);
  assert.match(text, /dưới 20Cấp 1.*Cấp 2/);
  assert.match(text, /từ 150 trở lênCấp 3.*Cấp 4/);

  // A band list that is not ascending: refused, the error beside that field; then a valid set.
  await page.locator('#rules-effective_from').fill('2021-11-01');
  await page.locator('#rules-name').fill('Cấp độ dịch của tỉnh');
  await page.locator('#rules-basis').fill('300/QĐ-UBND (01/11/2021)');
  await page.locator('#rules-rate_bands').fill('50; 20; 150');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.locator('#rules-rate_bands-error').waitFor();
  await page.locator('#rules-rate_bands').fill('10; 50; 150');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã lưu bộ tiêu chí áp dụng từ ngày 01/11/2021.').waitFor();
  const mine = page.locator('[data-rule-set="2021-11-01"]');
  await mine.waitFor();
  assert.match((await mine.textContent()) ?? '', /dưới 10/);
  const saved = await t.db.query<{ rules: { zoning: { rate_bands: number[] }; contact_window_days: number } }>(
    `SELECT rules FROM rule_sets WHERE province_code = '93' AND effective_from = '2021-11-01'`,
  );
  assert.deepEqual(saved[0].rules.zoning.rate_bands, [10, 50, 150]);
  assert.equal(saved[0].rules.contact_window_days, 14); // the rest kept from the set in force on 01/11/2021
  await screenshot(page, 'zoning-rules');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test(`[${engineName}] ward boundaries uploaded from the map page: a bad file is refused naming the feature`, async () => {
  const { page, problems } = await signedIn('/zoning?at=2021-10-20');
  await page.locator('[data-testid="zoning-map"][data-ready="true"]').waitFor();
  await page.getByText('Nhập ranh giới xã, phường (GeoJSON)').click();
  const ring = [
    [105.4, 9.7],
    [105.5, 9.7],
    [105.5, 9.8],
    [105.4, 9.7],
  ];
  const upload = (features: unknown[]) =>
    page.locator('.shapes-upload input[type="file"]').setInputFiles({
      name: 'wards.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
    });
  const feature = (ward_code: string) => ({
    type: 'Feature',
    properties: { ward_code },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  // 30733 is a ward of Kiên Giang, not of Hậu Giang.
  await upload([feature('31318'), feature('30733')]);
  await page.getByRole('alert').filter({ hasText: 'features[1] (mã 30733): không phải xã/phường của tỉnh' }).waitFor();
  const [stored] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ward_shapes WHERE geometry = $1::jsonb`,
    [JSON.stringify({ type: 'Polygon', coordinates: [ring] })],
  );
  assert.equal(stored.n, 0, 'nothing written');
  await upload([feature('31318')]);
  await page.getByRole('status').filter({ hasText: 'Đã lưu ranh giới 1 xã, phường.' }).waitFor();
  await screenshot(page, 'zoning-shapes-upload');
  assert.deepEqual(problems, []);
  await page.context().close();
});
