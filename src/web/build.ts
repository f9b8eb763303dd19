// Builds the web app (web/ → web/dist) with Vite when the build is missing or older than its sources.
// `npm start` runs this file first; the browser tests call ensureWebBuild() so they always drive current code.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const LOCK = join(WEB_ROOT, '.build-lock');
const SKIP = new Set(['dist', 'node_modules', '.build-lock']);

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when web/dist/index.html is missing or older than any file under web/ (or the lock file). */
export function webBuildStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const lockfile = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  const sources = Math.max(newestSource(WEB_ROOT), existsSync(lockfile) ? statSync(lockfile).mtimeMs : 0);
  return statSync(index).mtimeMs < sources;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds if stale. Test files run two at a time, so a lock directory (mkdir is atomic) keeps two builds from
 * writing the same dist; whoever waits re-checks afterwards. A lock older than 10 minutes is from a dead build.
 */
export async function ensureWebBuild(log: (s: string) => void = () => {}): Promise<boolean> {
  if (!webBuildStale()) return false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
      if (!webBuildStale()) return false;
    }
  }
  try {
    if (!webBuildStale()) return false;
    log('building the web app (web/ → web/dist)…');
    const { build } = await import('vite'); // only needed when building, so a prebuilt dist runs without it
    await build({ configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
    return true;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureWebBuild((s) => console.error(s));
}
