// GET /reports/data-until: the latest of the province's cases, quarantine starts and samples, wherever it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { load } from '../test/import.ts';

let t: TestDb, app: FastifyInstance, officer: Client;

before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  officer = await signIn(app, 'officer');
});
after(async () => {
  await app.close();
  await t.close();
});

const until = async () => (await officer('/api/v1/reports/data-until')).json().last_record_at;

test(`[${engineName}] data-until: none, then the latest of cases, quarantine starts and samples`, async () => {
  assert.equal(await until(), null);
  await load(t, 'persons', 'person_ref,full_name,ward_code\nA,Người A,31321\nB,Người B,31321\n');
  await load(t, 'cases', 'person_ref,confirmed_at\nA,2021-09-01T08:00:00+07:00\n');
  assert.equal(await until(), '2021-09-01T08:00:00+07:00');
  // A quarantine start a minute later is the latest record; a sample taken earlier changes nothing.
  await load(t, 'quarantine', 'person_ref,kind,start_at\nB,home,2021-09-01T08:01:00+07:00\n');
  await load(t, 'samples', 'sample_ref,person_ref,taken_at,method\nS1,B,2021-08-31T23:59:00+07:00,pcr\n');
  assert.equal(await until(), '2021-09-01T08:01:00+07:00');
  await load(t, 'samples', 'sample_ref,person_ref,taken_at,method\nS2,B,2021-09-02T00:00:00+07:00,pcr\n');
  assert.equal(await until(), '2021-09-02T00:00:00+07:00');
  assert.equal((await app.inject({ url: '/api/v1/reports/data-until' })).statusCode, 401);
});
