import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatChange, formatCutoff, formatNumber, formatOfficialDate, formatWithChange } from './format.ts';
import { numberedTitles, recipientLine, roman, symbolText } from './document.ts';

test('Vietnamese grouping and decimals', () => {
  assert.equal(formatNumber(2716), '2.716');
  assert.equal(formatNumber(522574), '522.574');
  assert.equal(formatNumber(1234567.891), '1.234.567,89');
  assert.equal(formatNumber(18.86), '18,86');
  assert.equal(formatNumber(0.044, 'vi', 3), '0,044');
  assert.equal(formatNumber(999), '999');
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(-1500), '\u22121.500');
  assert.equal(formatNumber(null), '—');
  assert.equal(formatNumber(2716, 'en'), '2,716');
  assert.equal(formatNumber(18.5, 'en'), '18.5');
});

test('the change in brackets, as seed 001 writes it', () => {
  assert.equal(formatWithChange(2716, 1849), '2.716 (+867)');
  assert.equal(formatWithChange(981, 902), '981 (+79)');
  assert.equal(formatWithChange(10, 15), '10 (\u22125)');
  assert.equal(formatWithChange(7, 7), '7 (0)');
  assert.equal(formatWithChange(18.86, 18.36, 'vi', '%'), '18,86% (+0,5)');
  assert.equal(formatWithChange(1.2, 1.2000001, 'vi', '%'), '1,2% (0)'); // rounds to zero: never "−0"
  assert.equal(formatWithChange(5, null), '5');
  assert.equal(formatWithChange(null, 3), '—');
  assert.equal(formatChange(-0.004), '0');
});

test('cut-off line and official date (Nghị định 30: leading zero for days < 10 and months 1–2)', () => {
  assert.equal(formatCutoff(new Date('2020-03-26T23:30:00Z'), 'vi'), '06 giờ 30 ngày 27/03/2020');
  assert.equal(formatOfficialDate(new Date('2021-09-10T03:00:00Z')), 'ngày 10 tháng 9 năm 2021');
  assert.equal(formatOfficialDate(new Date('2021-02-05T03:00:00Z')), 'ngày 05 tháng 02 năm 2021');
  // 31/12 17:30 UTC is already 1/1 in Viet Nam.
  assert.equal(formatOfficialDate(new Date('2021-12-31T17:30:00Z')), 'ngày 01 tháng 01 năm 2022');
  assert.match(formatOfficialDate(null), /^ngày\s+tháng\s+năm\s+$/);
});

test('numbering, number symbol and recipients', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 9, 14].map(roman), ['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'XIV']);
  assert.deepEqual(
    numberedTitles([
      { level: 1, title: 'A' },
      { level: 2, title: 'a' },
      { level: 2, title: 'b' },
      { level: 1, title: 'B' },
      { level: 2, title: 'c' },
    ]),
    ['I. A', '1. a', '2. b', 'II. B', '1. c'],
  );
  assert.equal(symbolText({ symbol: '04/BC-BCĐ', number_pattern: '{n}/BC-BCĐ' }), '04/BC-BCĐ');
  assert.equal(symbolText({ symbol: null, number_pattern: '{n}/BC-BCĐ' }), '      /BC-BCĐ');
  assert.equal(recipientLine('Bộ Y tế (để báo cáo);'), '- Bộ Y tế (để báo cáo);');
  assert.equal(recipientLine('- Lưu: VT.'), '- Lưu: VT.');
});
