import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { geometryProblem } from './ward-shapes.ts';
import type { FastifyInstance } from 'fastify';

// A unit square and a triangle near Vị Thanh (Hậu Giang): closed rings, counter-clockwise.
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [105.4, 9.7],
      [105.5, 9.7],
      [105.5, 9.8],
      [105.4, 9.8],
      [105.4, 9.7],
    ],
  ],
};
const triangle = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [105.5, 9.7],
        [105.6, 9.7],
        [105.55, 9.8],
        [105.5, 9.7],
      ],
    ],
  ],
};
const feature = (ward_code: unknown, geometry: unknown) => ({ type: 'Feature', properties: { ward_code }, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

let t: TestDb, app: FastifyInstance, admin: Client, reader: Client;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'geoadmin', 'province_admin', ['province', '93']);
  await addUser(t, 'leader', 'leader', ['province', '93']);
  admin = await signIn(app, 'geoadmin');
  reader = await signIn(app, 'leader');
});
after(async () => {
  await app.close();
  await t.close();
});

const put = (who: Client, body: unknown, type = 'application/geo+json') =>
  who({
    method: 'PUT',
    url: '/api/v1/geo/wards.geojson',
    headers: { 'content-type': type },
    payload: JSON.stringify(body),
  });

test('geometry checks: type, positions, closed rings of 4+ positions, no flat ring', () => {
  assert.equal(geometryProblem(square), null);
  assert.equal(geometryProblem(triangle), null);
  assert.equal(geometryProblem({ type: 'Point', coordinates: [105.4, 9.7] }), 'geometry_type');
  assert.equal(geometryProblem(null), 'geometry_type');
  const ring = square.coordinates[0];
  assert.equal(geometryProblem({ type: 'Polygon', coordinates: [ring.slice(0, 4)] }), 'geometry_ring_open');
  assert.equal(geometryProblem({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] }), 'geometry_ring_short');
  assert.equal(
    geometryProblem({ type: 'Polygon', coordinates: [[ring[0], [105.5, 9.7], [105.6, 9.7], ring[0]]] }),
    'geometry_ring_flat',
  );
  assert.equal(
    geometryProblem({ type: 'Polygon', coordinates: [[[200, 9.7], ...ring.slice(1)]] }),
    'geometry_position',
  );
  assert.equal(
    geometryProblem({ type: 'Polygon', coordinates: [[['105.4', 9.7], ...ring.slice(1)]] }),
    'geometry_position',
  );
  assert.equal(geometryProblem({ type: 'MultiPolygon', coordinates: [] }), 'geometry_position');
});

test(`[${engineName}] an unknown ward code refuses the whole file, naming the feature and the code`, async () => {
  // 30733 is a ward of Kiên Giang (91), not of Hậu Giang (93).
  const r = await put(admin, collection(feature('31318', square), feature('30733', triangle)));
  assert.equal(r.statusCode, 400, r.body);
  assert.equal(r.json().error, 'ward_shape_unknown_ward');
  assert.equal(r.json().field, 'features[1]');
  assert.equal(r.json().message, 'features[1] (mã 30733): không phải xã/phường của tỉnh');
  const stored = await t.db.query('SELECT ward_code FROM ward_shapes');
  assert.deepEqual(stored, [], 'nothing written, not even the valid first feature');
});

test(`[${engineName}] an invalid geometry refuses the file; several problems: the first and how many more`, async () => {
  const open = { type: 'Polygon', coordinates: [square.coordinates[0].slice(0, 4)] };
  const one = await put(admin, collection(feature('31318', square), feature('31321', open)), 'application/json');
  assert.equal(one.statusCode, 400, one.body);
  assert.equal(one.json().field, 'features[1]');
  assert.equal(
    one.json().message,
    'features[1] (mã 31321): hình học không hợp lệ: có vòng không khép kín (điểm cuối khác điểm đầu)',
  );

  const three = await admin({
    method: 'PUT',
    url: '/api/v1/geo/wards.geojson',
    headers: { 'content-type': 'application/geo+json', 'accept-language': 'en' },
    payload: JSON.stringify(
      collection(
        feature('31318', { type: 'Point', coordinates: [105.4, 9.7] }),
        feature('', square),
        feature('31318', square),
      ),
    ),
  });
  assert.equal(three.statusCode, 400, three.body);
  assert.equal(three.json().error, 'ward_shapes_more');
  assert.equal(
    three.json().message,
    'features[0] (code 31318): invalid geometry: must be a Polygon or a MultiPolygon (and 2 more problems in the file; nothing was written)',
  );
  assert.deepEqual(await t.db.query('SELECT ward_code FROM ward_shapes'), []);
});

test(`[${engineName}] valid shapes are stored and served with code, name and district; others may not upload`, async () => {
  assert.equal((await put(reader, collection(feature('31318', square)))).statusCode, 403);
  const r = await put(admin, collection(feature('31318', square), feature(31321, triangle)));
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json(), { wards: 2 });
  // A later upload of one ward replaces that ward only.
  assert.equal((await put(admin, collection(feature('31318', triangle)))).statusCode, 200);

  const g = await reader('/api/v1/geo/wards.geojson');
  assert.equal(g.statusCode, 200, g.body);
  assert.match(String(g.headers['content-type']), /^application\/geo\+json/);
  const body = g.json();
  assert.equal(body.type, 'FeatureCollection');
  assert.deepEqual(
    body.features.map((f: { properties: unknown }) => f.properties),
    [
      { province_code: '93', ward_code: '31318', district_code: '930', name: 'Phường I' },
      { province_code: '93', ward_code: '31321', district_code: '930', name: 'Phường III' },
    ],
  );
  assert.deepEqual(body.features[0].geometry, triangle);
  assert.deepEqual(body.features[1].geometry, triangle);
  const logged = await t.db.query<{ after: unknown }>(
    `SELECT after FROM audit_log WHERE entity = 'ward_shapes' ORDER BY audit_id`,
  );
  assert.deepEqual(
    logged.map((l) => l.after),
    [{ wards: ['31318', '31321'] }, { wards: ['31318'] }],
  );
});
