// `npm test` on a machine without chromium: the runner names what is missing and exits before running anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('without chromium the test runner fails fast with the install hint', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' };
  delete env.DATABASE_URL; // the browser suites are chosen on PGlite only
  const r = spawnSync(process.execPath, ['scripts/run-tests.js', 'src/entry/form.browser'], {
    env,
    encoding: 'utf8',
    timeout: 60_000, // a hang ends as status null, not 1
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/nonexistent\/chromium not found: .*apt-get install chromium/);
  assert.equal(r.stdout, ''); // no suite was started
});
