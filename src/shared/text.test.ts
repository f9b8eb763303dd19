import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, fold, normalizePhone, parseIdNumber, unstorableText } from './text.ts';
import { parseDate, parseInstant, toVnIso } from './time.ts';

const provinces = new Set(['01', '79', '93']);

test('unstorableText: a NUL or half a surrogate pair, never a whole pair or Vietnamese text', () => {
  const table: [string, boolean][] = [
    ['Nguyễn Văn A', false],
    ['😷 ho, sốt', false], // a whole pair (U+1F637)
    ['', false],
    ['a\u0000b', true],
    ['\u0000', true],
    ['x\uD83D', true], // high half at the end
    ['\uD83Dy', true], // high half before a non-surrogate
    ['\uDE37', true], // low half alone
    ['\uDE37\uD83D', true], // the halves in the wrong order
  ];
  for (const [s, bad] of table) assert.equal(unstorableText(s), bad, JSON.stringify(s));
});

test('fold drops diacritics and case, including đ/Đ, from composed and decomposed input', () => {
  const table: [string, string][] = [
    ['Nguyễn Văn A', 'nguyen van a'],
    ['ĐẶNG THỊ HỒNG NHUNG', 'dang thi hong nhung'],
    ['Huỳnh  Đức\tỚt ', 'huynh duc ot'],
    ['Nguye\u0302\u0303n', 'nguyen'], // NFD input is composed first
    ['Lý Ỷ Ỹ Ỵ ý', 'ly y y y y'],
  ];
  for (const [input, want] of table) assert.equal(fold(input), want, input);
  assert.equal(cleanText('  Trần   Thị\u00a0B '), 'Trần Thị B');
  assert.equal(cleanText('Nguye\u0302\u0303n'), 'Nguyễn');
});

test('phone numbers normalise to 0xxxxxxxxx', () => {
  const table: [string, string | null][] = [
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['+84 (0)912345678', null],
    ['02933123456', '02933123456'],
    ['0112345678', null],
    ['12345', null],
    ['09123456789', null],
    ['abc', null],
  ];
  for (const [input, want] of table) assert.equal(normalizePhone(input), want, input);
});

test('CCCD: province and century parts are checked; CMND and passports', () => {
  assert.deepEqual(parseIdNumber('093085000123', 'VN', provinces), {
    kind: 'cccd',
    number: '093085000123',
    birthYear: 1985,
    sex: 'M',
    provinceCode: '93',
  });
  assert.deepEqual(parseIdNumber('079 301 000 001', 'VN', provinces), {
    kind: 'cccd',
    number: '079301000001',
    birthYear: 2001,
    sex: 'F',
    provinceCode: '79',
  });
  assert.equal(parseIdNumber('098085000123', 'VN', provinces), 'bad_cccd_province');
  assert.equal(parseIdNumber('093585000123', 'VN', provinces), 'bad_id_number'); // century digit 5
  assert.equal(parseIdNumber('193085000123', 'VN', provinces), 'bad_id_number');
  assert.equal(parseIdNumber('093399000123', 'VN', provinces), 'bad_id_number'); // born 2099
  assert.deepEqual(parseIdNumber('361234567', 'VN', provinces), { kind: 'cmnd', number: '361234567' });
  assert.deepEqual(parseIdNumber('c1234567', 'US', provinces), { kind: 'passport', number: 'C1234567' });
  assert.equal(parseIdNumber('C1234567', 'VN', provinces), 'bad_id_number');
});

test('dates and instants, read in Asia/Ho_Chi_Minh', () => {
  assert.equal(parseDate('2021-09-10'), '2021-09-10');
  assert.equal(parseDate('10/9/2021'), '2021-09-10');
  assert.equal(parseDate('31/02/2021'), null);
  assert.equal(parseDate('2021-13-01'), null);
  assert.equal(parseInstant('2021-09-10 06:30')?.toISOString(), '2021-09-09T23:30:00.000Z');
  assert.equal(parseInstant('2021-09-10T06:30:00+07:00')?.toISOString(), '2021-09-09T23:30:00.000Z');
  assert.equal(parseInstant('2021-09-10T06:30')?.toISOString(), '2021-09-09T23:30:00.000Z'); // no offset: Viet Nam time
  assert.equal(parseInstant('2021-09-10 25:30'), null);
  assert.equal(parseInstant('10/09/2021 06:30'), null);
  assert.equal(toVnIso(new Date('2021-09-09T23:30:00Z')), '2021-09-10T06:30:00+07:00');
});
