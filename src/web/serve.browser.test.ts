// `phongdich serve` alone serves the web app: on a fresh copy of the repository (no web/dist), after `init`, the
// first `serve` builds the app and the browser gets the sign-in page at /. Never an API-only server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../test/browser.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;

/** The repository as a fresh clone holds it: the tracked files only, with the installed node_modules beside them. */
function freshCopy(): string {
  const to = mkdtempSync(join(tmpdir(), 'phongdich-serve-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(REPO, f))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(REPO, f), join(to, f));
  }
  symlinkSync(join(REPO, 'node_modules'), join(to, 'node_modules'));
  return to;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

before(() => {
  dir = freshCopy();
});
after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('serve on a fresh clone after init builds and serves the web app at /', { timeout: 300_000 }, async () => {
  assert.equal(existsSync(join(dir, 'web/dist')), false, 'a fresh clone has no built app');
  const env = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LANG: 'en' };
  execFileSync(process.execPath, ['bin/phongdich.js', 'init', '--province', '93'], { cwd: dir, env, stdio: 'pipe' });

  const port = await freePort();
  server = spawn(process.execPath, ['bin/phongdich.js', 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr!.on('data', (d: Buffer) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (d: Buffer) => {
      out += d;
      if (out.includes('Server listening')) resolve();
    });
    server!.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  assert.match(stderr, /Building the web app/, 'serve says it builds the app');
  assert.ok(existsSync(join(dir, 'web/dist/index.html')));

  browser = await launchBrowser();
  const page = await browser.newPage();
  const res = await page.goto(`http://127.0.0.1:${port}/`);
  assert.equal(res?.status(), 200);
  await page.getByLabel('Tên đăng nhập').waitFor(); // the app speaks Vietnamese until the user picks English
  await screenshot(page, 'serve-fresh-clone');
});
