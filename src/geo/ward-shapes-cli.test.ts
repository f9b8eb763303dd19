// `phongdich import ward_shapes FILE.geojson` as a user runs it: all or nothing, the error naming the feature.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineName, serverDatabase } from '../test/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-shapes-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PHONGDICH_DATA_DIR: join(dir, 'data'),
  PHONGDICH_ADMIN_PASSWORD: 'a long enough test passphrase 7',
  LANG: 'vi_VN.UTF-8',
};
let dropDb: (() => Promise<void>) | undefined;
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ring = [
  [105.4, 9.7],
  [105.5, 9.7],
  [105.5, 9.8],
  [105.4, 9.7],
];
const file = (name: string, codes: string[]) => {
  const path = join(dir, name);
  const features = codes.map((ward_code) => ({
    type: 'Feature',
    properties: { ward_code },
    geometry: { type: 'Polygon', coordinates: [ring] },
  }));
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
  return path;
};

test(`[${engineName}] import ward_shapes: an unknown code refuses the file (exit 1, named); a good file is stored`, async () => {
  if (process.env.DATABASE_URL) {
    const server = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = server.url;
    dropDb = server.drop;
  }
  assert.equal(cli('init', '--province', '93').code, 0);
  const bad = cli('import', 'ward_shapes', file('bad.geojson', ['31318', '99999']));
  assert.equal(bad.code, 1);
  assert.equal(bad.err.trim(), 'features[1] (mã 99999): không phải xã/phường của tỉnh');
  const good = cli('import', 'ward_shapes', file('good.geojson', ['31318', '31321']));
  assert.equal(good.code, 0, good.err);
  assert.deepEqual(JSON.parse(good.out), { wards: 2 });
});
