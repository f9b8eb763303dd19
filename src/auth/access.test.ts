// Reads and exports of personal data are audited (issue 19, finding 5): one audit_log row per answer, with the
// route, its filter and the number of rows, never the rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';
import { personalRoutes } from './access.ts';

let t: TestDb;
let app: FastifyInstance;
let officer: Client;

before(async () => {
  t = await testDb();
  const r = await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,phone,ward_code\nA1,Nguyễn Văn An,0911000001,31321\nA2,Nguyễn Thị Bình,0911000002,31321\nA3,Trần Văn Cư,0911000003,31340\n',
    ]),
  );
  assert.equal(r.inserted, 3);
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  officer = await signIn(app, 'officer');
});
after(async () => {
  await app.close();
  await t.close();
});

interface Row {
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: unknown;
  after: { route: string; filter: Record<string, unknown>; rows: number | null };
}
/** The access events since the last call. */
let seen = 0;
async function events(): Promise<Row[]> {
  const rows = await t.db.query<Row & { audit_id: number }>(
    `SELECT audit_id, actor, action, entity, entity_key, before, after FROM audit_log
      WHERE action IN ('read', 'export') AND audit_id > $1 ORDER BY audit_id`,
    [seen],
  );
  if (rows.length) seen = rows[rows.length - 1].audit_id;
  return rows.map(({ audit_id: _, ...r }) => r);
}

test(`[${engineName}] opening a person is a read of that person`, async () => {
  await events();
  assert.equal((await officer('/api/v1/persons/A2')).statusCode, 200);
  assert.deepEqual(await events(), [
    {
      actor: 'officer',
      action: 'read',
      entity: 'person',
      entity_key: 'A2',
      before: null,
      after: { route: '/api/v1/persons/:ref', filter: { ref: 'A2' }, rows: 1 },
    },
  ]);
  // A person not found answers nothing and is not an access.
  assert.equal((await officer('/api/v1/persons/NOPE')).statusCode, 404);
  assert.deepEqual(await events(), []);
});

test(`[${engineName}] a search is a read with its filter and the number of persons found, not the persons`, async () => {
  await events();
  const r = await officer('/api/v1/persons?q=nguyen');
  assert.equal(r.statusCode, 200);
  assert.equal(r.json().length, 2); // Nguyễn Văn An, Nguyễn Thị Bình
  const [e, ...more] = await events();
  assert.deepEqual(more, []);
  assert.deepEqual(e, {
    actor: 'officer',
    action: 'read',
    entity: 'persons',
    entity_key: '*',
    before: null,
    after: { route: '/api/v1/persons', filter: { q: 'nguyen' }, rows: 2 },
  });
  assert.doesNotMatch(JSON.stringify(e), /Bình|0911000002/);
});

test(`[${engineName}] a CSV export of persons is an export with its filter and row count`, async () => {
  await events();
  const r = await officer('/api/v1/persons/export.csv?q=tran&limit=50');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Trần Văn Cư/);
  assert.deepEqual(await events(), [
    {
      actor: 'officer',
      action: 'export',
      entity: 'persons',
      entity_key: '*',
      before: null,
      after: { route: '/api/v1/persons/export.csv', filter: { q: 'tran', limit: 50 }, rows: 1 },
    },
  ]);
});

test(`[${engineName}] XLSX due lists are exports; their JSON forms are reads`, async () => {
  await events();
  for (const url of [
    '/api/v1/vaccination/due.xlsx?on=2021-08-01',
    '/api/v1/vaccination/due?on=2021-08-01',
    '/api/v1/quarantine/due.xlsx?date=2021-08-01',
    '/api/v1/quarantine/due?date=2021-08-01',
  ])
    assert.equal((await officer(url)).statusCode, 200, url);
  // Nobody is due for a vaccination or in quarantine: 0 rows each.
  assert.deepEqual(
    (await events()).map((e) => [e.action, e.entity, e.after.route, e.after.filter, e.after.rows]),
    [
      ['export', 'vaccination_due', '/api/v1/vaccination/due.xlsx', { on: '2021-08-01' }, 0],
      ['read', 'vaccination_due', '/api/v1/vaccination/due', { on: '2021-08-01' }, 0],
      ['export', 'quarantine_due', '/api/v1/quarantine/due.xlsx', { date: '2021-08-01' }, 0],
      ['read', 'quarantine_due', '/api/v1/quarantine/due', { date: '2021-08-01' }, 0],
    ],
  );
});

test(`[${engineName}] every route that answers persons' names or phones is audited`, async () => {
  // A GET whose answer schema holds a person's full_name or phone (through any $ref) must declare config.personal.
  const doc = app.swagger() as {
    paths: Record<string, Record<string, { responses?: unknown }>>;
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = doc.components?.schemas ?? {};
  const personal = (node: unknown, seen = new Set<string>()): boolean => {
    if (Array.isArray(node)) return node.some((n) => personal(n, seen));
    if (!node || typeof node !== 'object') return false;
    const o = node as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object' && ('full_name' in o.properties || 'phone' in o.properties))
      return true;
    if (typeof o.$ref === 'string') {
      const name = o.$ref.split('/').pop()!;
      if (seen.has(name)) return false;
      seen.add(name);
      return personal(schemas[name], seen);
    }
    return Object.values(o).some((v) => personal(v, seen));
  };
  // Named so, but not persons: admin units' full names, an accommodation's business phone, the portal's hotlines.
  const notPersons = new Set(['/geo/units', '/entry/accommodations', '/public/portal', '/portal/settings']);
  const unaudited: string[] = [];
  let checked = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!ops.get || notPersons.has(path) || !personal(ops.get.responses)) continue;
    checked++;
    if (!personalRoutes.has('/api/v1' + path.replace(/\{(\w+)\}/g, ':$1'))) unaudited.push(path);
  }
  assert.ok(checked >= 20, `${checked} routes answer personal data`);
  assert.deepEqual(unaudited, []);
});
