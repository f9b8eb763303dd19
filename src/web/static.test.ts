// The server serves the built web app at / (with the app shell for its own routes) beside the API, and the map data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { ensureWebBuild, WEB_DIST } from './build.ts';

let t: TestDb;
let app: FastifyInstance;
let api: Client;
before(async () => {
  await ensureWebBuild();
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'leader', 'leader', ['province', '93']);
  api = await signIn(app, 'leader');
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] / and the app's own paths get the app shell; /api paths stay JSON`, async () => {
  for (const url of ['/', '/people/H1', '/imports?x=1']) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 200, url);
    assert.match(r.headers['content-type'] as string, /^text\/html/);
    assert.match(r.body, /<div id="root"><\/div>/);
    assert.equal(r.headers['cache-control'], 'no-cache');
  }
  const missing = await app.inject({ url: '/api/v1/nothing' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error, 'not_found');
  assert.equal((await app.inject({ url: '/api' })).statusCode, 404);
  assert.equal((await app.inject({ method: 'POST', url: '/people' })).statusCode, 404);
});

test(`[${engineName}] built assets are served with their type and cached for good (names carry a content hash)`, async () => {
  const js = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
  const r = await app.inject({ url: `/assets/${js}` });
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /javascript/);
  assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.match(r.headers['content-security-policy'] as string, /worker-src 'self' blob:/);
});

test(`[${engineName}] district boundaries for the map: the province's 8 districts, signed-in users only`, async () => {
  assert.equal((await app.inject({ url: '/api/v1/geo/districts.geojson' })).statusCode, 401);
  const r = await api('/api/v1/geo/districts.geojson');
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /^application\/geo\+json/);
  const geo = r.json();
  assert.equal(geo.type, 'FeatureCollection');
  assert.deepEqual(
    geo.features.map((f: { properties: { district_code: string } }) => f.properties.district_code),
    ['930', '931', '932', '933', '934', '935', '936', '937'],
  );
});
