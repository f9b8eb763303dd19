// The tracing API over HTTP: cases, outcomes, severity, contacts from a case's page, the person page as of a
// past instant, lists, clusters; errors name the field; jurisdiction for a commune officer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { HOUR, fromNow, load, vnToday } from './test-helpers.ts';

let t: TestDb;
let app: FastifyInstance;
let api: Client, commune: Client;
const json = (method: string, url: string, payload?: object, lang?: string) =>
  api({ method: method as 'POST', url, payload, headers: lang ? { 'accept-language': lang } : {} });

before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  await addUser(t, 'xa', 'commune_officer', ['ward', '31340']);
  api = await signIn(app, 'officer');
  commune = await signIn(app, 'xa');
  await load(
    t,
    'persons',
    'person_ref,full_name,ward_code\nA,Nguyễn Văn A,31321\nB,Trần Thị B,31340\nC,Lê Văn C,31340\n',
  );
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] a case is confirmed, changed and given an outcome over HTTP`, async () => {
  const created = await json('POST', '/api/v1/cases', {
    person_ref: 'A',
    confirmed_at: '2021-09-01 08:00',
    case_number: 'BN100',
    severity: 'mild',
  });
  assert.equal(created.statusCode, 201, created.body);
  assert.deepEqual(
    [created.json().confirmed_at, created.json().detected_in],
    ['2021-09-01T01:00:00.000Z', 'community'],
  );
  const again = await json('POST', '/api/v1/cases', { person_ref: 'A', confirmed_at: '2021-09-01 08:00' });
  assert.deepEqual([again.statusCode, again.json().error, again.json().field], [409, 'case_exists', 'person_ref']);
  const badTime = await json('POST', '/api/v1/cases', { person_ref: 'B', confirmed_at: 'hôm qua 08:00' });
  assert.deepEqual([badTime.statusCode, badTime.json().field], [400, 'confirmed_at']);
  const future = await json('POST', '/api/v1/cases', { person_ref: 'B', confirmed_at: '2999-01-01 08:00' }, 'en');
  assert.deepEqual(
    [future.statusCode, future.json().error, future.json().message],
    [400, 'date_in_future', 'Time is in the future: 2999-01-01T01:00:00.000Z'],
  );

  const severe = await json('PATCH', '/api/v1/cases/A', { severity: 'severe', severity_at: '2021-09-04 10:00' });
  assert.equal(severe.json().severity, 'severe');
  const early = await json('PUT', '/api/v1/cases/A/outcomes/discharged', { at: '2021-08-31 10:00' });
  assert.deepEqual([early.statusCode, early.json().error, early.json().field], [400, 'outcome_before_case', 'at']);
  const out = await json('PUT', '/api/v1/cases/A/outcomes/discharged', { at: '2021-09-15 10:00' });
  assert.equal(out.statusCode, 200, out.body);
  const notCase = await json('PUT', '/api/v1/cases/B/outcomes/died', { at: '2021-09-15 10:00' });
  assert.deepEqual([notCase.statusCode, notCase.json().error], [404, 'not_a_case']);

  const page = (await json('GET', '/api/v1/persons/A/tracing')).json();
  assert.deepEqual(
    page.case.severities.map((s: { severity: string; at: string }) => [s.severity, new Date(s.at).toISOString()]),
    [
      ['mild', '2021-09-01T01:00:00.000Z'],
      ['severe', '2021-09-04T03:00:00.000Z'],
    ],
  );
  assert.deepEqual(
    page.case.outcomes.map((o: { outcome: string }) => o.outcome),
    ['discharged'],
  );
  const active = (await json('GET', '/api/v1/cases?active_at=2021-09-10T00:00:00%2B07:00')).json();
  assert.deepEqual(
    active.map((c: { person_ref: string }) => c.person_ref),
    ['A'],
  );
  assert.deepEqual((await json('GET', '/api/v1/cases?active_at=2021-09-16T00:00:00%2B07:00')).json(), []);
});

test(`[${engineName}] contacts recorded from a case's page make F-levels, explained as of a past instant`, async () => {
  const c1 = await json('POST', '/api/v1/persons/A/exposures', {
    contact_ref: 'B',
    exposed_on: '2021-08-31',
    setting: 'household',
  });
  assert.equal(c1.statusCode, 201, c1.body);
  assert.equal(
    (await json('POST', '/api/v1/persons/B/exposures', { contact_ref: 'C', exposed_on: '2021-09-02' })).statusCode,
    201,
  );
  const self = await json('POST', '/api/v1/persons/A/exposures', { contact_ref: 'A', exposed_on: '2021-09-02' });
  assert.deepEqual([self.statusCode, self.json().error, self.json().field], [400, 'self_exposure', 'contact_ref']);
  const nobody = await json('POST', '/api/v1/persons/A/exposures', { contact_ref: 'Z', exposed_on: '2021-09-02' });
  assert.deepEqual(
    [nobody.statusCode, nobody.json().error, nobody.json().field],
    [404, 'unknown_person', 'contact_ref'],
  );

  const c = (await json('GET', '/api/v1/persons/C/tracing?at=2021-09-05T06:30:00%2B07:00', undefined, 'en')).json();
  assert.deepEqual([c.level, c.label], [2, 'F2']);
  assert.deepEqual(
    c.path.map((s: { person_ref: string; exposed_on: string | null }) => [s.person_ref, s.exposed_on]),
    [
      ['C', '2021-09-02'],
      ['B', '2021-08-31'],
      ['A', null],
    ],
  );
  assert.equal(
    c.explanation,
    'F2: contact with B (F1) on 02/09/2021; B in contact with A (F0) on 31/08/2021. A is F0 since 01/09/2021',
  );
  assert.deepEqual(c.contact_window, { from: '2021-08-22', to: '2021-09-05' });
  // After A's outcome (15/9) nobody is a source.
  assert.equal((await json('GET', '/api/v1/persons/C/tracing?at=2021-09-15T10:00:00%2B07:00')).json().level, null);

  const removed = await json(
    'DELETE',
    '/api/v1/persons/C/exposures/B/2021-09-02?reason=nh%E1%BA%A7m%20ng%C6%B0%E1%BB%9Di',
  );
  assert.equal(removed.statusCode, 204, removed.body);
  assert.equal((await json('GET', '/api/v1/persons/C/tracing?at=2021-09-05T06:30:00%2B07:00')).json().level, null);
});

test(`[${engineName}] a commune officer works within their ward; names outside it stay hidden`, async () => {
  const outside = await commune({ url: '/api/v1/persons/A/tracing' });
  assert.deepEqual([outside.statusCode, outside.json().error], [403, 'out_of_scope']);
  const b = (await commune({ url: '/api/v1/persons/B/tracing?at=2021-09-05T06:30:00%2B07:00' })).json();
  assert.deepEqual(
    b.path.map((s: { person_ref: string; full_name: string | null }) => [s.person_ref, s.full_name]),
    [
      ['B', 'Trần Thị B'],
      ['A', null],
    ],
  );
  const write = await commune({
    method: 'POST',
    url: '/api/v1/cases',
    payload: { person_ref: 'A', confirmed_at: '2021-09-01 08:00' },
  });
  assert.equal(write.statusCode, 403);
  const list = await commune({ url: '/api/v1/tracing/lists/f1_without_sample' });
  assert.deepEqual([list.statusCode, list.json().field], [400, 'days']);
  assert.equal((await commune({ url: '/api/v1/tracing/lists/f1_without_quarantine?ward_code=31321' })).statusCode, 403);
  assert.deepEqual((await commune({ url: '/api/v1/tracing/lists/f1_without_quarantine' })).json(), []);
});

test(`[${engineName}] positive PCR samples become cases through the API until the testing module calls it`, async () => {
  await load(t, 'samples', 'sample_ref,person_ref,taken_at,method\nSC,C,2021-09-03 08:00,pcr\n');
  await t.db.query(
    `UPDATE samples SET result = 'positive', result_at = '2021-09-03T20:00:00+07:00' WHERE sample_ref = 'SC'`,
  );
  const r = await json('POST', '/api/v1/cases/confirm-from-samples', { sample_refs: ['SC'] });
  assert.deepEqual(r.json(), { confirmed: 1 });
  assert.deepEqual((await json('POST', '/api/v1/cases/confirm-from-samples', {})).json(), { confirmed: 0 });
  const list = (await json('GET', '/api/v1/cases?from=2021-09-03&to=2021-09-03')).json();
  assert.deepEqual(
    list.map((c: { person_ref: string; confirmed_at: string }) => [c.person_ref, c.confirmed_at]),
    [['C', '2021-09-03T13:00:00.000Z']],
  );
});

test(`[${engineName}] clusters over HTTP: declare, list, graph; a case ruled out leaves them`, async () => {
  const d = await json('POST', '/api/v1/clusters', {
    name: 'Công ty X',
    place: 'KCN Sông Hậu',
    ward_code: '31340',
    started_on: '2021-09-01',
    case_refs: ['A', 'C'],
  });
  assert.equal(d.statusCode, 201, d.body);
  const bad = await json('POST', '/api/v1/clusters', { name: 'Y', ward_code: '99999', started_on: '2021-09-01' });
  assert.deepEqual([bad.statusCode, bad.json().field], [400, 'ward_code']);
  const list = (await json('GET', '/api/v1/clusters?on=2021-09-10')).json();
  // Linked: A and B (the B–C contact was removed above, so C stands alone); declared: A and C.
  assert.deepEqual(
    list.map((c: { kind: string; cases: number }) => [c.kind, c.cases]),
    [
      ['declared', 2],
      ['linked', 1],
    ],
  );
  const g = (await json('GET', `/api/v1/clusters/declared/${d.json().cluster_id}/graph?on=2021-09-10`)).json();
  assert.deepEqual(
    g.nodes.map((n: { person_ref: string }) => n.person_ref),
    ['A', 'B', 'C'],
  );
  assert.equal((await json('GET', '/api/v1/clusters/declared/abc/graph')).statusCode, 404);
  const gone = await json('DELETE', '/api/v1/cases/C?reason=d%C6%B0%C6%A1ng%20t%C3%ADnh%20gi%E1%BA%A3');
  assert.equal(gone.statusCode, 204, gone.body);
  const after = (await json('GET', '/api/v1/clusters?on=2021-09-10')).json();
  assert.deepEqual(
    after.map((c: { kind: string; cases: number }) => [c.kind, c.cases]),
    [
      ['declared', 1],
      ['linked', 1],
    ],
  );
});

test(`[${engineName}] work lists, a person's graph, withdrawn outcomes and cluster members over HTTP`, async () => {
  const { daysAgo } = await vnToday(t);
  await load(t, 'persons', 'person_ref,full_name,ward_code\nD,Phạm Văn D,31321\nE,Võ Thị E,31321\nF,Đỗ Văn F,31321\n');
  for (const [ref, ago] of [
    ['D', 48],
    ['F', 24],
  ] as const)
    assert.equal(
      (await json('POST', '/api/v1/cases', { person_ref: ref, confirmed_at: fromNow(-ago * HOUR) })).statusCode,
      201,
    );
  const e = await json('POST', '/api/v1/persons/D/exposures', { contact_ref: 'E', exposed_on: daysAgo(1) });
  assert.equal(e.statusCode, 201, e.body);

  // E is an F1 of D, not quarantined nor sampled; F's contacts are not traced (D's are).
  for (const url of ['/api/v1/tracing/lists/f1_without_quarantine', '/api/v1/tracing/lists/f1_without_sample?days=3'])
    assert.deepEqual(
      (await json('GET', url))
        .json()
        .map((r: any) => [r.person_ref, r.source_refs, r.last_exposed_on, r.last_sample_at]),
      [['E', ['D'], daysAgo(1), null]],
    );
  const untraced = (await json('GET', '/api/v1/tracing/lists/cases_without_contacts?days=7')).json();
  assert.deepEqual(
    untraced.map((r: any) => [r.person_ref, r.detected_in, r.source_refs]),
    [['F', 'community', undefined]],
  );

  const g = await json('GET', '/api/v1/persons/D/graph?depth=1');
  assert.equal(g.statusCode, 200, g.body);
  assert.deepEqual(
    g.json().nodes.map((n: any) => [n.person_ref, n.distance, n.level]),
    [
      ['D', 0, 0],
      ['E', 1, 1],
    ],
  );
  assert.deepEqual(g.json().edges, [{ source_ref: 'D', contact_ref: 'E', exposed_on: daysAgo(1), setting: null }]);
  assert.equal((await json('GET', '/api/v1/persons/Z/graph')).statusCode, 404);

  // A's discharge withdrawn: once, then there is nothing to withdraw.
  const withdraw = () => json('DELETE', '/api/v1/cases/A/outcomes/discharged?reason=nh%E1%BA%A7m');
  assert.equal((await withdraw()).statusCode, 204);
  assert.deepEqual([(await withdraw()).statusCode, (await withdraw()).json().error], [404, 'not_found']);
  assert.equal((await json('GET', '/api/v1/cases?active_at=2021-09-16T00:00:00%2B07:00')).json()[0].outcomes, null);

  // The declared cluster (A left in it) gains D and loses it again.
  const [declared] = (await json('GET', '/api/v1/clusters?on=2021-09-10'))
    .json()
    .filter((c: any) => c.kind === 'declared');
  const members = `/api/v1/clusters/${declared.id}/cases`;
  assert.equal((await json('POST', members, { case_refs: ['D'] })).statusCode, 204);
  assert.equal((await json('POST', '/api/v1/clusters/999999/cases', { case_refs: ['D'] })).statusCode, 404);
  assert.equal((await json('DELETE', `${members}/D`)).statusCode, 204);
  assert.deepEqual([(await json('DELETE', `${members}/D`)).json().error], ['not_found']);
});
