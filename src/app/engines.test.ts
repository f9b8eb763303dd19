// The README promises Node 20: every package the lock file installs must accept it, so `npm ci` prints no engine
// warning (package.json pins or overrides the few whose newest majors want Node 22; its comment says which).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

test('every installed package accepts the oldest Node the README promises', () => {
  const oldest = semver.minVersion(pkg.engines.node)!.version;
  assert.equal(semver.major(oldest), 20);
  const refusing = Object.entries(lock.packages)
    .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
    .filter(([, p]) => !semver.satisfies(oldest, (p.engines as { node: string }).node, { includePrerelease: true }))
    .map(([path, p]) => `${path} wants node ${(p.engines as { node: string }).node}`);
  assert.deepEqual(refusing, []);
});
