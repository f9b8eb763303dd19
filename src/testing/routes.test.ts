// The testing API as users meet it: roles and jurisdiction, results and corrections, pools, labs, rounds, and bulk
// lab files over HTTP (CSV or XLSX) with streamed progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { XLSX_TYPE } from '../imports/sources.ts';
import { importFile } from '../app/imports.ts';
import { Readable } from 'node:stream';

let t: TestDb;
let app: FastifyInstance;
const as: Record<string, Client> = {};

before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'lab', 'lab_staff', ['province', '93']);
  await addUser(t, 'leader', 'leader', ['province', '93']);
  await addUser(t, 'commune31340', 'commune_officer', ['ward', '31340']);
  for (const u of ['lab', 'leader', 'commune31340']) as[u] = await signIn(app, u);
  const r = await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,ward_code\nV1,Người Vị Thanh 1,31321\nV2,Người Vị Thanh 2,31321\nN1,Người Ngã Bảy,31340\n',
    ]),
  );
  assert.equal(r.inserted, 3);
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] roles and jurisdiction on the testing API`, async () => {
  const create = (who: string, body: Record<string, unknown>) =>
    as[who]({ method: 'POST', url: '/api/v1/testing/samples', payload: body });
  const s1 = await create('lab', {
    sample_ref: 'W1',
    person_ref: 'V1',
    taken_at: '2021-09-01 08:00',
    method: 'pcr',
    lab: 'CDC',
    pool_ref: 'WG',
  });
  assert.equal(s1.statusCode, 201, s1.body);
  assert.equal(s1.json().effective_result, 'pending');
  assert.equal(
    (await create('leader', { sample_ref: 'W9', person_ref: 'V1', taken_at: '2021-09-01 08:00', method: 'pcr' }))
      .statusCode,
    403,
  );
  // A commune officer of Ngã Bảy may not touch a Vị Thanh person's samples, nor see them.
  assert.equal(
    (await create('commune31340', { sample_ref: 'W8', person_ref: 'V1', taken_at: '2021-09-01 08:00', method: 'pcr' }))
      .statusCode,
    403,
  );
  assert.equal((await as.commune31340('/api/v1/testing/samples/W1')).statusCode, 403);
  assert.equal(
    (
      await create('commune31340', {
        sample_ref: 'W7',
        person_ref: 'N1',
        taken_at: '2021-09-01 09:00',
        method: 'rapid_antigen',
      })
    ).statusCode,
    201,
  );
  const list = await as.commune31340('/api/v1/testing/samples');
  assert.deepEqual(
    list.json().map((s: { sample_ref: string }) => s.sample_ref),
    ['W7'],
  );
  // Labs are province-level.
  const lab = await as.commune31340({
    method: 'PUT',
    url: '/api/v1/testing/labs/CDC',
    payload: { name: 'CDC', capacity_per_day: 1000 },
  });
  assert.equal(lab.statusCode, 403);
  assert.equal(
    (await as.lab({ method: 'PUT', url: '/api/v1/testing/labs/CDC', payload: { name: 'CDC', capacity_per_day: 1000 } }))
      .statusCode,
    200,
  );
  // Errors name the field, in the caller's language.
  const bad = await as.lab({
    method: 'POST',
    url: '/api/v1/testing/samples',
    headers: { 'accept-language': 'en' },
    payload: { sample_ref: 'W6', person_ref: 'V2', taken_at: 'yesterday 8am', method: 'pcr' },
  });
  assert.deepEqual(
    [bad.statusCode, bad.json().field, bad.json().message],
    [400, 'taken_at', 'Invalid instant (ISO with offset or YYYY-MM-DD HH:MM): yesterday 8am'],
  );
});

test(`[${engineName}] results, corrections and pools over HTTP`, async () => {
  const result = (ref: string, body: Record<string, unknown>) =>
    as.lab({ method: 'POST', url: `/api/v1/testing/samples/${ref}/result`, payload: body });
  const pool = await as.lab({
    method: 'POST',
    url: '/api/v1/testing/pools/WG/result',
    payload: { result: 'positive', result_at: '2021-09-01 20:00' },
  });
  assert.deepEqual([pool.statusCode, pool.json().result, pool.json().members.length], [200, 'positive', 1]);
  const todo = await as.lab('/api/v1/testing/resample?at=2021-09-02T00:00:00%2B07:00');
  assert.deepEqual(
    todo.json().map((r: { sample_ref: string; status: string }) => [r.sample_ref, r.status]),
    [['W1', 'to_resample']],
  );
  assert.equal(
    (
      await as.lab({
        method: 'POST',
        url: '/api/v1/testing/samples',
        payload: { sample_ref: 'W2', person_ref: 'V1', taken_at: '2021-09-02 08:00', method: 'pcr' },
      })
    ).statusCode,
    201,
  );
  const first = await result('W2', { result: 'negative', result_at: '2021-09-02 18:00', ct_values: null });
  assert.deepEqual([first.statusCode, first.json().version], [200, 1]);
  const noReason = await result('W2', { result: 'positive', result_at: '2021-09-02 19:00', ct_values: { N: 30.2 } });
  assert.deepEqual([noReason.statusCode, noReason.json().field], [400, 'reason']);
  const fixed = await result('W2', {
    result: 'positive',
    result_at: '2021-09-02 19:00',
    ct_values: { N: 30.2 },
    reason: 'nhập nhầm',
  });
  assert.deepEqual([fixed.statusCode, fixed.json().version, fixed.json().ct_values], [200, 2, { N: 30.2 }]);
  const figures = await as.lab('/api/v1/testing/figures?at=2021-09-03T00:00:00%2B07:00');
  assert.deepEqual([figures.json().samples_taken, figures.json().positive, figures.json().pending], [3, 1, 2]);
  // The positive PCR confirmed V1.
  const [c] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cases c JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'V1'`,
  );
  assert.equal(c.n, 1);
  const round = await as.lab({
    method: 'PUT',
    url: '/api/v1/testing/rounds/R1',
    payload: {
      campaign: 'KH 01',
      round_no: 1,
      starts_on: '2021-09-01',
      ends_on: '2021-09-02',
      target_population: 100,
      areas: [{ ward_code: '31321' }],
    },
  });
  assert.equal(round.statusCode, 200, round.body);
  const report = await as.lab('/api/v1/testing/rounds/R1?at=2021-09-03T00:00:00%2B07:00');
  assert.deepEqual([report.json().sampled, report.json().positive, report.json().positivity_pct], [1, 1, 100]);
  assert.equal((await as.leader('/api/v1/testing/rounds')).statusCode, 403);
});

const lines = (body: string) =>
  body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

test(`[${engineName}] a lab's file over HTTP: CSV or XLSX, with streamed progress when asked`, async () => {
  const csv =
    'sample_ref,person_ref,taken_at,method,result,result_at\nF1,V2,2021-09-05 08:00,pcr,negative,2021-09-05 20:00\nF2,NOBODY,2021-09-05 08:00,pcr,,\n';
  const plain = await as.lab({
    method: 'POST',
    url: '/api/v1/imports/samples',
    headers: { 'content-type': 'text/csv' },
    payload: csv,
  });
  assert.deepEqual([plain.statusCode, plain.json().rejected.map((r: { line: number }) => r.line)], [422, [3]]);
  const streamed = await as.lab({
    method: 'POST',
    url: '/api/v1/imports/samples?partial=true',
    headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' },
    payload: csv,
  });
  assert.equal(streamed.statusCode, 200);
  assert.match(streamed.headers['content-type'] as string, /application\/x-ndjson/);
  const steps = lines(streamed.body);
  assert.deepEqual(
    steps.slice(0, -1).map((s) => [s.progress.phase, s.progress.rows, s.progress.percent]),
    [
      ['receiving', 0, 0],
      ['checking', 2, 100],
      ['applying', 2, 100],
    ],
  );
  assert.deepEqual([steps.at(-1).result.inserted, steps.at(-1).result.rejected.length], [1, 1]);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KQ');
  ws.addRow(['sample_ref', 'person_ref', 'taken_at', 'method', 'result', 'result_at']);
  ws.addRow(['F3', 'V2', new Date('2021-09-06T08:00:00Z'), 'pcr', 'negative', new Date('2021-09-06T19:30:00Z')]);
  ws.getColumn(3).numFmt = ws.getColumn(6).numFmt = 'dd/mm/yyyy hh:mm';
  const xlsx = await as.lab({
    method: 'POST',
    url: '/api/v1/imports/samples',
    headers: { 'content-type': XLSX_TYPE },
    payload: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  assert.deepEqual([xlsx.statusCode, xlsx.json().inserted], [200, 1], xlsx.body);
  const [f3] = await t.db.query<{ result_at: Date }>(`SELECT result_at FROM samples WHERE sample_ref = 'F3'`);
  assert.equal(f3.result_at.toISOString(), '2021-09-06T12:30:00.000Z');
});

test(`[${engineName}] a pool decided by its re-sample, the labs' day and the rounds over HTTP`, async () => {
  // WG (W1 of V1) tested positive on 1/9 20:00; V1's unpooled PCR W2 (2/9, positive) decides W1.
  const pool = await as.lab('/api/v1/testing/pools/WG');
  assert.equal(pool.statusCode, 200, pool.body);
  assert.deepEqual(
    [pool.json().result, pool.json().result_at, pool.json().size, pool.json().household],
    ['positive', '2021-09-01T13:00:00.000Z', 1, false],
  );
  assert.deepEqual(
    pool.json().members.map((m: any) => [m.sample_ref, m.result, m.resample_ref, m.decision]),
    [['W1', 'pending', 'W2', 'positive']],
  );
  assert.equal((await as.lab('/api/v1/testing/pools/NOPE')).statusCode, 404);
  // In the 24 hours to 2/9 00:00 CDC ran one test (the pool); W1 waits for its re-sample, not for the lab.
  const labs = await as.lab('/api/v1/testing/labs?at=2021-09-02T00:00:00%2B07:00');
  assert.equal(labs.statusCode, 200, labs.body);
  assert.deepEqual(
    labs.json().map((l: any) => [l.lab_code, l.registered, l.capacity_per_day, l.tests_24h, l.pending]),
    [['CDC', true, 1000, 1, 0]],
  );
  // R1 (1–2/9, ward 31321, target 100): V1 sampled twice, positive: 1 % coverage.
  const rounds = await as.lab('/api/v1/testing/rounds');
  assert.equal(rounds.statusCode, 200, rounds.body);
  assert.deepEqual(
    rounds.json().map((r: any) => [r.round_code, r.sampled, r.samples, r.positive, r.coverage_pct, r.areas]),
    [['R1', 1, 2, 1, 1, [{ ward_code: '31321', hamlet: null }]]],
  );
});
