// Every catalogue pair of the project (src/shared/i18n.ts): the same keys in Vietnamese and English, no empty text,
// no English placeholder that Vietnamese lacks. A new catalogue is listed here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueProblems, fill, langFrom } from './shared/i18n.ts';
import { notFound } from './shared/errors.ts';
import { t, thing } from './shared/messages.ts';
import * as messages from './shared/locales/vi.ts';
import * as messagesEn from './shared/locales/en.ts';
import * as reports from './reports/locales/vi.ts';
import * as reportsEn from './reports/locales/en.ts';
import * as form from './entry/locales/vi.ts';
import * as formEn from './entry/locales/en.ts';
import * as quarantine from './quarantine/locales/vi.ts';
import * as quarantineEn from './quarantine/locales/en.ts';
import * as vaccination from './vaccination/locales/vi.ts';
import * as vaccinationEn from './vaccination/locales/en.ts';
import * as command from './command/locales/vi.ts';
import * as commandEn from './command/locales/en.ts';
import * as web from '../web/src/shared/locales/vi.ts';
import * as webEn from '../web/src/shared/locales/en.ts';

const pairs = {
  'server messages (src/shared/locales)': [messages.vi, messagesEn.en],
  'reports (src/reports/locales)': [reports.vi, reportsEn.en],
  'public form (src/entry/locales)': [form.vi, formEn.en],
  'quarantine lists (src/quarantine/locales)': [quarantine.vi, quarantineEn.en],
  'vaccination lists (src/vaccination/locales)': [vaccination.vi, vaccinationEn.en],
  'command lists (src/command/locales)': [command.vi, commandEn.en],
  'web app (web/src/shared/locales)': [web.vi, webEn.en],
} as const;

for (const [name, [vi, en]] of Object.entries(pairs))
  test(`catalogues of the ${name}: same keys in both languages, none empty`, () => {
    assert.deepEqual(catalogueProblems(vi, en), []);
  });

test('the checker finds a missing key, an extra key, an empty text and an unknown placeholder', () => {
  const vi = { a: 'Một {n}', b: { c: 'Hai', d: 'Ba' } };
  assert.deepEqual(catalogueProblems(vi, { a: 'One {n}', b: { c: 'Two', d: 'Three' } }), []);
  assert.deepEqual(catalogueProblems(vi, { a: 'One', b: { c: 'Two', d: 'Three' } }), [], 'English may drop {n}');
  assert.deepEqual(catalogueProblems(vi, { a: 'One {m}', b: { c: ' ', e: 'Four' } }), [
    'b.d: missing in en',
    'b.e: missing in vi',
    'b.c: empty or not a text in en',
    'a: en has placeholders vi lacks: m',
  ]);
  assert.deepEqual(catalogueProblems({ a: 'Một {{n}}' }, { a: 'One {{count}}' }), [
    'a: en has placeholders vi lacks: count',
  ]);
});

test('placeholders are filled by name, a missing one reads as nothing; Accept-Language picks the language', () => {
  assert.equal(fill('Thiếu cột {name} ở dòng {line}{x}', { name: 'phone', line: 3 }), 'Thiếu cột phone ở dòng 3');
  assert.equal(langFrom('en-GB,en;q=0.9'), 'en');
  assert.equal(langFrom(' EN'), 'en');
  assert.equal(langFrom('vi-VN,en;q=0.8'), 'vi');
  assert.equal(langFrom('eng'), 'vi');
  assert.equal(langFrom(undefined), 'vi');
});

test("a message names a thing in the reader's language", () => {
  assert.deepEqual(notFound(thing('sample', 'S-01')).toJSON('vi'), {
    error: 'not_found',
    message: 'Không tìm thấy mẫu S-01',
  });
  assert.equal(notFound(thing('sample', 'S-01')).toJSON('en').message, 'sample S-01 not found');
  assert.equal(notFound(thing('person')).toJSON('vi').message, 'Không tìm thấy người');
  assert.equal(notFound('GeoJSON').toJSON('en').message, 'GeoJSON not found');
  // a parameter read from SQL may be null: it reads as nothing, as before
  assert.equal(
    t('en', 'unknown_ward', { value: null as unknown as string }),
    'Ward code does not exist in the province: ',
  );
});
