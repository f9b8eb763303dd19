// Unit tests of web components where logic lives, rendered to HTML on the server side (react-dom/server). The
// catalogues' keys are checked with every other catalogue pair by src/i18n.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { i18n } from '../../web/src/shared/i18n.ts';
import { Facilities, FigureTables } from '../../web/src/reports/figure-tables.tsx';
import { ImportErrors, SHOWN_ERRORS } from '../../web/src/imports/import-errors.tsx';
import { importOutcome, importUrl } from '../../web/src/imports/upload.ts';
import { searchable } from '../../web/src/people/person.ts';
import { figures, seed001 } from './fixtures.ts';

const rowOf = (html: string, label: string) =>
  html.match(new RegExp(`<th scope="row">${label}</th><td class="num">([^<]*)</td>`))?.[1];

test('figure tables: each figure with its change, in the chosen language', async () => {
  await i18n.changeLanguage('vi');
  let html = renderToStaticMarkup(createElement(FigureTables, { report: seed001 }));
  assert.equal(rowOf(html, 'Tổng số ca'), '2.716 (+867)');
  assert.equal(rowOf(html, 'Đang điều trị'), '1.793 (+722)');
  assert.equal(rowOf(html, 'Tỷ lệ người 18\\+ tiêm mũi 1 \\(%\\)'), '18,86% (+0,5)');
  assert.match(html, /<caption>Ca bệnh<\/caption>/);
  await i18n.changeLanguage('en');
  html = renderToStaticMarkup(createElement(FigureTables, { report: seed001 }));
  assert.equal(rowOf(html, 'Total cases'), '2,716 (+867)');
  await i18n.changeLanguage('vi');
});

test('facilities table: beds, occupied, free and occupancy per facility', () => {
  const report = {
    ...seed001,
    current: figures({ by_facility: [{ facility_code: 'KTX-A', current: 1250, beds: 1500 }] }),
  };
  const html = renderToStaticMarkup(createElement(Facilities, { report }));
  assert.match(
    html,
    /<th scope="row">KTX-A<\/th><td class="num">1\.500<\/td><td class="num">1\.250<\/td><td class="num">250<\/td><td class="num">83,3%<\/td>/,
  );
  assert.match(renderToStaticMarkup(createElement(Facilities, { report: seed001 })), /Chưa có cơ sở cách ly/);
});

test('import errors: every rejected row up to the limit, the caption says how many are shown', () => {
  const rejected = Array.from({ length: SHOWN_ERRORS + 1 }, (_, i) => ({
    line: i + 2,
    column: 'ward_code',
    reason: `Mã xã không tồn tại: ${i}`,
  }));
  const html = renderToStaticMarkup(createElement(ImportErrors, { rejected }));
  assert.equal(html.match(/<tr><td>/g)?.length, SHOWN_ERRORS);
  assert.match(html, /<caption>Các dòng lỗi — 500\/501<\/caption>/);
  const one = renderToStaticMarkup(createElement(ImportErrors, { rejected: rejected.slice(0, 1) }));
  assert.match(
    one,
    /<caption>Các dòng lỗi<\/caption>.*<tr><td>2<\/td><td><code>ward_code<\/code><\/td><td>Mã xã không tồn tại: 0<\/td><\/tr>/,
  );
});

test('import outcome: all written, nothing written (all or nothing), or the valid rows written', () => {
  const ok = { kind: 'persons', rows: 3, inserted: 2, updated: 1, rejected: [] };
  const bad = { ...ok, inserted: 0, updated: 0, rejected: [{ line: 3, column: 'ward_code', reason: 'x' }] };
  assert.deepEqual(importOutcome(ok, false), {
    key: 'imports.done',
    tone: 'ok',
    params: { rows: 3, inserted: 2, updated: 1, count: 0 },
  });
  assert.equal(importOutcome(bad, false).key, 'imports.rejectedNothing');
  assert.equal(importOutcome({ ...bad, inserted: 2 }, true).key, 'imports.rejectedPartial');
  assert.equal(
    importUrl('persons', true, 'danh sách.csv'),
    '/api/v1/imports/persons?partial=true&file_name=danh+s%C3%A1ch.csv',
  );
});

test('people search waits for two characters', () => {
  assert.equal(searchable(' a '), false);
  assert.equal(searchable('an'), true);
});
