// The zoning paragraph in the seed's wording (seed 001, Kiên Giang 04-BC/BCĐ), and the zoning report and the daily
// report's HTML carrying it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import type { ZoningReport, ZoningUnit } from '../zoning/schemas.ts';
import { createZoningDecision } from '../zoning/service.ts';
import { zoningParagraph } from './zoning.ts';
import { reportCommand } from './cli.ts';

const unit = (unit_code: string, name: string, level: number | null): ZoningUnit => ({
  unit_code,
  name,
  level,
  computed_level: level,
  source: 'computed',
  decision: null,
  community_cases_7d: 0,
  population: null,
  rate_per_100k: null,
  coverage_dose1_18plus_pct: null,
  coverage_full_50plus_pct: null,
  coverage_met: false,
  measures: [],
});
const seed001: ZoningReport = {
  province_code: '91',
  at: '2021-09-07',
  compare_at: '2021-09-01',
  rule_set: { effective_from: '2021-05-31', method: 'assessed' },
  province: unit('91', 'Tỉnh Kiên Giang', 3),
  districts: [],
  wards: [unit('91104', 'Phường Vĩnh Thanh', 4)],
  counts: { districts: { 1: 6, 2: 2, 3: 0, 4: 7 }, wards: { 1: 91, 2: 1, 3: 32, 4: 20 } },
  counts_compare: { districts: { 1: 6, 2: 2, 3: 0, 4: 7 }, wards: { 1: 91, 2: 1, 3: 32, 4: 20 } },
  changed: [],
};

test('the zoning paragraph: seed 001 word for word, then a change named', () => {
  assert.equal(
    zoningParagraph(seed001, 'vi'),
    'Toàn tỉnh nguy cơ cao (vùng cam); 7 huyện và 20 xã nguy cơ rất cao (vùng đỏ), 32 xã nguy cơ cao (vùng cam), ' +
      '2 huyện và 1 xã nguy cơ (vùng vàng), 6 huyện và 91 xã bình thường mới (vùng xanh), so với ngày 01/09/2021 ' +
      'chưa có thay đổi.',
  );
  const changed = { ...seed001, changed: [{ unit_code: '91104', tier: 'ward' as const, from: 3, to: 4 }] };
  assert.match(
    zoningParagraph(changed, 'vi'),
    /so với ngày 01\/09\/2021 có 1 đơn vị thay đổi cấp độ: Phường Vĩnh Thanh \(3 → 4\)\.$/,
  );
  assert.match(zoningParagraph(seed001, 'en'), /^The province: high risk \(orange\); 7 districts and 20 communes/);
  const noCompare = { ...seed001, compare_at: null, counts_compare: null };
  assert.ok(zoningParagraph(noCompare, 'vi').endsWith('6 huyện và 91 xã bình thường mới (vùng xanh).'));
});

let t: TestDb;
before(async () => {
  t = await testDb();
  await createZoningDecision(t.db, t.ctx, {
    unit_code: '31318',
    level: 4,
    from_date: '2021-09-05',
    to_date: null,
    decision_number: '9/QĐ-UBND',
    reason: null,
  });
});
after(async () => {
  await t.close();
});

test(`[${engineName}] report zoning as JSON and HTML; the daily report's HTML carries the paragraph`, async () => {
  const z = JSON.parse(
    (await reportCommand(t.db, t.ctx, 'zoning', { at: '2021-09-07', compare: '2021-09-01' })) as string,
  );
  // 2686 period: ward 31318 by decision 4; its district 930 and the province roll up to 4.
  assert.deepEqual(z.changed, [
    { unit_code: '93', tier: 'province', from: 1, to: 4 },
    { unit_code: '930', tier: 'district', from: 1, to: 4 },
    { unit_code: '31318', tier: 'ward', from: 1, to: 4 },
  ]);
  const html = String(await reportCommand(t.db, t.ctx, 'zoning', { at: '2021-09-07', format: 'html' }));
  assert.match(
    html,
    /Toàn tỉnh nguy cơ rất cao \(vùng đỏ\); 1 huyện và 1 xã nguy cơ rất cao \(vùng đỏ\), 7 huyện và 74 xã bình thường mới \(vùng xanh\)\./,
  );
  const daily = String(await reportCommand(t.db, t.ctx, 'daily', { at: '2021-09-07T06:30:00+07:00', format: 'html' }));
  assert.match(daily, /Phân vùng nguy cơ, cấp độ dịch/);
  assert.match(daily, /so với ngày 06\/09\/2021 chưa có thay đổi\./);
});
