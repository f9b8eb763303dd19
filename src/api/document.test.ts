// The OpenAPI document is the API's contract: every route in it with an operationId and a typed success answer,
// security as the server enforces it, clean components, Redocly's recommended rules met, and the web app's
// generated types up to date with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { testApp } from '../test/http.ts';
import { apiTypes, API_TYPES_FILE } from '../test/openapi.ts';
import { API_PREFIX } from './document.ts';

type Op = {
  operationId?: string;
  security?: unknown[];
  parameters?: { $ref?: string; name?: string }[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: any }> }>;
};
let t: TestDb;
let app: FastifyInstance;
let doc: any;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await app.ready();
  doc = structuredClone(app.swagger());
});
after(async () => {
  await app.close();
  await t.close();
});

/** `/api/v1/persons/:ref` → `/persons/{ref}`, as the document names paths (relative to its server /api/v1). */
const docPath = (url: string) => url.slice(API_PREFIX.length).replace(/:(\w+)(\([^)]*\))?/g, '{$1}');
const op = (method: string, path: string): Op => doc.paths[path]?.[method];
const ops = (): [string, string, Op][] =>
  Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([p, byMethod]) =>
    Object.entries(byMethod)
      .filter(([m]) => m !== 'servers') // a path item's own servers (the pages outside /api/v1)
      .map(([m, o]): [string, string, Op] => [m.toUpperCase(), p, o]),
  );

test(`[${engineName}] every API route is documented: an operationId and a success answer with its schema`, () => {
  assert.ok(app.apiRoutes.length > 100, `${app.apiRoutes.length} routes recorded`);
  const offenders: string[] = [];
  for (const r of app.apiRoutes) {
    const name = `${r.method} ${r.url}`;
    const o = op(r.method.toLowerCase(), docPath(r.url));
    if (!o) {
      offenders.push(`${name}: missing from the document`);
      continue;
    }
    const lacks: string[] = [];
    if (!o.operationId) lacks.push('operationId');
    const success = Object.entries(o.responses).filter(([status]) => /^2/.test(status));
    // 204 has no body by definition; any other success must say what it answers.
    const typed = success.some(
      ([status, res]) => status === '204' || Object.values(res.content ?? {}).some((m) => m.schema),
    );
    if (!typed) lacks.push('a 2xx response schema');
    if (lacks.length)
      offenders.push(`${name}${o.operationId ? ` (${o.operationId})` : ''}: lacks ${lacks.join(' and ')}`);
  }
  assert.deepEqual(
    offenders,
    [],
    `${offenders.length} of ${app.apiRoutes.length} operations are not fully documented (add schema.operationId ` +
      `and schema.response in the route):\n  ${offenders.join('\n  ')}\n`,
  );
});

test(`[${engineName}] operationIds are unique camelCase verbNoun`, () => {
  const seen = new Map<string, string>();
  const bad: string[] = [];
  for (const [m, p, o] of ops()) {
    if (!o.operationId) continue;
    if (!/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(o.operationId)) bad.push(`${o.operationId} (${m} ${p}): not verbNoun`);
    const other = seen.get(o.operationId);
    if (other) bad.push(`${o.operationId}: both ${other} and ${m} ${p}`);
    seen.set(o.operationId, `${m} ${p}`);
  }
  assert.deepEqual(bad, []);
});

test(`[${engineName}] security as the server enforces it: cookie + CSRF or bearer token; public operations open`, () => {
  assert.deepEqual(doc.servers, [{ url: '/api/v1', description: 'This server' }]);
  assert.deepEqual(doc.components.securitySchemes.session, {
    type: 'apiKey',
    in: 'cookie',
    name: 'pd_session',
    description: 'Set by POST /auth/login. Unsafe methods also need the x-csrf-token header.',
  });
  assert.equal(doc.components.securitySchemes.token.type, 'http');
  assert.equal(doc.components.securitySchemes.token.scheme, 'bearer');
  assert.deepEqual(doc.security, [{ session: [] }, { token: [] }]);
  assert.equal(doc.components.parameters.CsrfToken.name, 'x-csrf-token');
  assert.equal(doc.components.parameters.CsrfToken.in, 'header');

  const csrf = (o: Op) => (o.parameters ?? []).some((p) => p.$ref === '#/components/parameters/CsrfToken');
  // Public: signing in, the liveness probe, the public declaration form.
  for (const [m, p] of [
    ['post', '/auth/login'],
    ['get', '/health'],
    ['post', '/public/entry/declarations'],
  ]) {
    assert.deepEqual(op(m, p).security, [], `${m} ${p} is public`);
    assert.equal(csrf(op(m, p)), false, `${m} ${p} needs no CSRF token`);
    // Sign-in answers 401 for wrong credentials (and 429 when throttled), as it declares; the others never do.
    if (p !== '/auth/login') assert.equal(op(m, p).responses['401'], undefined, `${m} ${p} never answers 401`);
  }
  // Signed in: the global security applies; changes need the CSRF header with a cookie, reads do not.
  assert.equal(op('post', '/auth/logout').security, undefined);
  assert.equal(csrf(op('post', '/auth/logout')), true);
  assert.equal(csrf(op('post', '/imports/{kind}')), true);
  assert.equal(csrf(op('get', '/persons')), false);
  for (const [m, p, o] of ops()) {
    const open = Array.isArray(o.security) && o.security.length === 0;
    if (!open) assert.ok(o.responses['401'] && o.responses['403'], `${m} ${p}: 401 and 403`);
    if (!open && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(m)) assert.ok(csrf(o), `${m} ${p}: CSRF header`);
  }
});

test(`[${engineName}] default error answers are added; what a route declares stays`, () => {
  const search = op('get', '/persons');
  assert.deepEqual(Object.keys(search.responses).sort(), ['200', '400', '401', '403']);
  const error = { $ref: '#/components/schemas/Error' };
  assert.deepEqual(search.responses['401'].content!['application/json'].schema.allOf, [error]);
  // A body: 400 (invalid), 413 (too large), 415 (wrong type); sign-in's own 401 (wrong credentials) and 429, no 403.
  const login = op('post', '/auth/login').responses;
  for (const s of ['400', '401', '413', '415', '429']) assert.ok(login[s], `login answers ${s}`);
  assert.equal(login['403'], undefined, 'login never answers 403');
  // Rate limited public route: 429.
  assert.ok(op('post', '/public/entry/declarations').responses['429']);
  assert.equal(op('get', '/persons').responses['429'], undefined);
  // The import's own 422 is its result, not the shared error.
  const imp = op('post', '/imports/{kind}');
  assert.deepEqual(Object.keys(imp.responses).sort(), ['200', '400', '401', '403', '408', '413', '415', '422']);
  assert.deepEqual(imp.responses['422'].content!['application/json'].schema.allOf, [
    { $ref: '#/components/schemas/ImportResult' },
  ]);
});

test(`[${engineName}] imports: CSV and XLSX bodies, JSON or NDJSON answers, the CSV template`, () => {
  const imp = doc.paths['/imports/{kind}'].post;
  const binary = {
    type: 'string',
    format: 'binary',
    description: 'The CSV (UTF-8, header row) or the workbook (first sheet)',
  };
  assert.deepEqual(imp.requestBody.content, {
    'text/csv': { schema: binary },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: binary },
  });
  assert.deepEqual(imp.responses['200'].content, {
    'application/json': { schema: { $ref: '#/components/schemas/ImportResult' } },
    'application/x-ndjson': { schema: { $ref: '#/components/schemas/ImportProgressLine' } },
  });
  assert.deepEqual(doc.components.schemas.ImportResult.required, ['kind', 'rows', 'inserted', 'updated', 'rejected']);
  assert.deepEqual(doc.components.schemas.ImportRejected.required, ['line', 'column', 'reason']);
  const template = doc.paths['/imports/{kind}/template.csv'].get;
  assert.deepEqual(Object.keys(template.responses['200'].content), ['text/csv']);
  assert.equal(template.responses['200'].content['text/csv'].schema.format, 'binary');
});

test(`[${engineName}] components appear once: no "Input" twin where request and answer read the same`, () => {
  const names = Object.keys(doc.components.schemas);
  for (const n of ['Error', 'PersonSummary', 'ImportResult', 'ImportKindInfo']) assert.ok(names.includes(n), n);
  for (const n of ['ErrorInput', 'PersonSummaryInput', 'ImportResultInput']) assert.ok(!names.includes(n), n);
  for (const n of names.filter((x) => x.endsWith('Input'))) {
    const twin = n.slice(0, -5);
    if (twin in doc.components.schemas)
      assert.notDeepEqual(doc.components.schemas[n], doc.components.schemas[twin], `${n} duplicates ${twin}`);
  }
  // Every component is referenced (no leftovers from the generator).
  const text = JSON.stringify(doc.paths);
  const all = JSON.stringify(doc.components.schemas);
  for (const n of names)
    assert.ok(
      text.includes(`"#/components/schemas/${n}"`) || all.includes(`"#/components/schemas/${n}"`),
      `${n} referenced`,
    );
});

test(`[${engineName}] Redocly's recommended rules: no error`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = spawnSync(
      process.execPath,
      [
        'node_modules/@redocly/cli/bin/cli.js',
        'lint',
        file,
        '--config',
        'redocly.yaml',
        '--format',
        'json',
        '--max-problems',
        '100000',
      ],
      { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const out = JSON.parse(r.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    const byRule = (severity: string) => {
      const counts: Record<string, number> = {};
      for (const p of out.problems) if (p.severity === severity) counts[p.ruleId] = (counts[p.ruleId] ?? 0) + 1;
      return counts;
    };
    const errors = out.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    assert.deepEqual(errors, [], `Redocly: ${out.totals.errors} errors\n  ${errors.slice(0, 50).join('\n  ')}\n`);
    // The README ("API") says why each remaining warning stays.
    assert.deepEqual(
      byRule('warn'),
      { 'no-ambiguous-paths': 1, 'operation-4xx-response': 3 },
      'Redocly warnings by rule (operation-operationId and operation-2xx-response: the routes listed by the first test)',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`[${engineName}] the web app's generated API types are up to date`, async () => {
  const current = readFileSync(API_TYPES_FILE, 'utf8');
  assert.ok(current === (await apiTypes(doc)), `${API_TYPES_FILE} is stale: run npm run api:types`);
});
