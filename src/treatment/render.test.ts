// The treatment section in the daily report's renderings (HTML, XLSX; DOCX draws the same document): the figures
// of report.test.ts with their change against P in brackets, the facilities table with names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { dailyFile } from '../reports/service.ts';
import { loadTreatmentScenario, T } from './fixtures.ts';

let t: TestDb;

before(async () => {
  t = await testDb();
  await loadTreatmentScenario(t);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] XLSX: treatment figures and facilities with their change`, async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await dailyFile(t.db, t.ctx, T, 'xlsx')) as unknown as ArrayBuffer);
  const rows = (name: string) =>
    wb
      .getWorksheet(name)!
      .getSheetValues()
      .slice(1)
      .map((r) => ((r as unknown[]) ?? []).slice(1));
  const figures = rows('Điều trị');
  const row = (label: string) => figures.find((r) => r[0] === label);
  assert.deepEqual(row('Điều trị tại nhà (F0 tại nhà)'), ['Điều trị tại nhà (F0 tại nhà)', 2, 1, 1, '2 (+1)']);
  assert.deepEqual(row('Ca đang điều trị: nặng'), ['Ca đang điều trị: nặng', 0, 2, -2, '0 (\u22122)']);
  assert.deepEqual(row('Tầng 1: số giường'), ['Tầng 1: số giường', 150, 100, 50, '150 (+50)']);
  const facilities = rows('Cơ sở điều trị');
  // H2: C left exactly at T (2 → 1), C was its severe patient (1 → 0).
  assert.deepEqual(
    facilities.find((r) => r[0] === 'H2'),
    ['H2', 'Trung tâm Y tế thành phố', 2, 1, 2, -1, '1 (\u22121)', 20, 2, 0, 1, -1, '0 (\u22121)', 1, 0, 0, 0, '0 (0)'],
  );
  // H1B opened on T's date: nothing at P to compare with.
  assert.deepEqual(facilities.find((r) => r[0] === 'H1B')?.slice(0, 4), ['H1B', 'Bệnh viện dã chiến số 2', 1, 1]);
});

test(`[${engineName}] HTML: the treatment rows with their change`, async () => {
  const html = (await dailyFile(t.db, t.ctx, T, 'html')).toString('utf8');
  assert.match(html, /<td>Đang thở máy, ECMO<\/td><td class="num">1 \(\+1\)<\/td>/);
  assert.match(html, /Bệnh viện Đa khoa tỉnh/);
});
