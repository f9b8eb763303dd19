// The accessibility check every screenshot runs (src/test/browser.ts) finds what it should: a file input without a
// label and a focus-less scroll box are violations; the same page with a label and tabindex is clean.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>Kiểm tra</title></head><body><main><h1>Trang</h1>${body}</main></body></html>`;
// text running past the box's right edge: what a wide table does on a phone
const wide = `<p style="white-space: nowrap">${'Số liệu theo từng huyện, '.repeat(40)}</p>`;

test('axe-core reports an unlabelled input and a scroll box out of keyboard reach, and a fixed page clean', async () => {
  const { page: p } = await openPage(browser, { width: 390, height: 700 });
  await p.setContent(page(`<input type="file"><div style="overflow-x:auto">${wide}</div>`));
  const found = (await accessibilityViolations(p)).map((v) => v.replace(/^- (\S+) .*/s, '$1')).sort();
  assert.deepEqual(found, ['label', 'scrollable-region-focusable']);
  await p.setContent(
    page(`<input type="file" aria-label="Tệp"><div style="overflow-x:auto" tabindex="0">${wide}</div>`),
  );
  assert.deepEqual(await accessibilityViolations(p), []);
  await p.context().close();
});
