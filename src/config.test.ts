// Configuration: the settings the server refuses to start with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkServeConfig } from './config.ts';

test('production mode requires PHONGDICH_PUBLIC_URL, so the Host header cannot choose the origin of QR codes', () => {
  assert.throws(() => checkServeConfig({ NODE_ENV: 'production' }), /PHONGDICH_PUBLIC_URL/);
  checkServeConfig({ NODE_ENV: 'production', PHONGDICH_PUBLIC_URL: 'https://phongdich.example.vn' });
  checkServeConfig({}); // development: the request's own host is used
});
