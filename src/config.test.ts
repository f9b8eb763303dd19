// Configuration: the settings the server refuses to start with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkServeConfig, loadConfig } from './config.ts';

test('production mode requires PHONGDICH_PUBLIC_URL, so the Host header cannot choose the origin of QR codes', () => {
  assert.throws(() => checkServeConfig({ NODE_ENV: 'production' }), /PHONGDICH_PUBLIC_URL/);
  checkServeConfig({ NODE_ENV: 'production', PHONGDICH_PUBLIC_URL: 'https://phongdich.example.vn' });
  checkServeConfig({}); // development: the request's own host is used
});

test('PHONGDICH_TRUST_PROXY names proxies by address or CIDR; `true` (every peer) is refused', () => {
  assert.throws(() => checkServeConfig({ PHONGDICH_TRUST_PROXY: 'true' }), /PHONGDICH_TRUST_PROXY.*not: true$/);
  assert.throws(() => checkServeConfig({ PHONGDICH_TRUST_PROXY: '10.0.0.1, 10.0.0.0/33' }), /not: 10\.0\.0\.0\/33$/);
  checkServeConfig({ PHONGDICH_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8, ::1, loopback' });
  assert.deepEqual(loadConfig({ PHONGDICH_TRUST_PROXY: ' 127.0.0.1 ,10.0.0.0/8' }).trustProxy, [
    '127.0.0.1',
    '10.0.0.0/8',
  ]);
  assert.deepEqual(loadConfig({}).trustProxy, []);
});
