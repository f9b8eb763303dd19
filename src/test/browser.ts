// Browser tests: Debian's chromium driven by playwright-core (a browser download cannot work here), headless,
// with the flags that keep it from calling hosts it cannot reach. Screenshots go to test-artifacts/screenshots/.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { testApp } from './http.ts';
import { ensureWebBuild } from '../web/build.ts';
import type { TestDb } from './db.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // WebGL (maps) in software: headless Chromium without a GPU only offers it when asked to.
      '--enable-unsafe-swiftshader',
    ],
  });
}

/**
 * Saves a full-page PNG as test-artifacts/screenshots/NAME.png (kept by CI as an artifact), then checks the page as
 * it is with axe-core's WCAG 2.1 A and AA rules: every page a test shows is also a page with no violation.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  const violations = await accessibilityViolations(page);
  if (violations.length) throw new Error(`${name}: accessibility (axe-core, WCAG 2.1 A/AA):\n${violations.join('\n')}`);
  return path;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's violations of WCAG 2.1 A/AA on the page, one line each: rule, impact, what, where. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the app's Content-Security-Policy does not refuse it.
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          ctx: Document,
          opts: object,
        ): Promise<{
          violations: {
            id: string;
            impact: string;
            help: string;
            nodes: { target: string[]; failureSummary: string }[];
          }[];
        }>;
      };
    };
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)
          .join('; ')}${v.nodes.length > 3 ? ` … and ${v.nodes.length - 3} more` : ''}`,
    );
  }, WCAG21_AA);
}

/**
 * The app of a test database on a free loopback port (the web app built first when its sources are newer), and a
 * browser to drive it; close() ends both.
 */
export async function serveForBrowser(
  t: TestDb,
): Promise<{ app: FastifyInstance; browser: Browser; base: string; close(): Promise<void> }> {
  const browser = await launchBrowser(); // first: without chromium nothing is left running
  await ensureWebBuild();
  const app = await testApp(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    browser,
    base,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * A page in a fresh context (Viet Nam locale and time zone) that collects script errors and console errors —
 * Content-Security-Policy refusals among them. Refused requests (401, 404…) are logged by the browser too: expected
 * in tests, so they do not count.
 */
export async function openPage(
  browser: Browser,
  opts: { width?: number; height?: number; mobile?: boolean } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(opts.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  // Generous: a page waits on several API calls, and CI shares 2 cores with the database and the server.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) problems.push(m.text());
  });
  return { page, problems };
}
