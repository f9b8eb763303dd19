// Clusters on hand-worked records (contact window 14 days, cluster_close_days 14, then 7 from 1/10/2021):
//   A (case 1/9, discharged 12/9) –30/8– C –2/9– B (case 5/9) –6/9– E      → cluster of A: A, C, B, E
//   A –15/9– F: after A's outcome, links nothing;  F –18/9– D (case 20/9)   → cluster of D from 20/9: D, F
//   G (case 3/9) –1/7– H: long before G's window, G stays alone;  X –2/9– Y: no case, no cluster.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { putRuleSet, rulesOn } from '../rules/service.ts';
import { addClusterCases, clusterGraph, declareCluster, listClusters, personGraph } from './clusters.ts';
import { load } from './test-helpers.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
  await load(
    t,
    'persons',
    'person_ref,full_name,ward_code\n' +
      'A,B,C,D,E,F,G,H,X,Y'
        .split(',')
        .map((x) => `${x},Người ${x},${x === 'D' ? '31340' : '31321'}`)
        .join('\n') +
      '\n',
  );
  await load(
    t,
    'cases',
    'person_ref,confirmed_at\nA,2021-09-01 08:00\nB,2021-09-05 10:00\nD,2021-09-20 09:00\nG,2021-09-03 08:00\n',
  );
  await load(t, 'outcomes', 'person_ref,outcome,at\nA,discharged,2021-09-12 10:00\n');
  await load(
    t,
    'exposures',
    `source_ref,contact_ref,exposed_on,setting
A,C,2021-08-30,household
C,B,2021-09-02,work
B,E,2021-09-06,
A,F,2021-09-15,
F,D,2021-09-18,venue
G,H,2021-07-01,
X,Y,2021-09-02,
`,
  );
  const rs = await rulesOn(t.db, t.ctx, '2021-10-01');
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-10-01',
    name: 'đóng ổ dịch sau 7 ngày',
    basis: null,
    rules: { ...rs.rules, cluster_close_days: 7 },
  });
});
after(async () => {
  await t.close();
});

const brief = (rows: Record<string, any>[]) =>
  rows.map((c) => [
    c.kind,
    c.id,
    c.cases,
    c.persons,
    c.first_case?.person_ref ?? null,
    c.last_case?.person_ref ?? null,
    c.closes_on,
    c.status,
  ]);

test(`[${engineName}] components of cases and their exposures, with first/last case and closing date`, async () => {
  assert.deepEqual(brief(await listClusters(t.db, t.ctx, { on: '2021-09-10' })), [
    ['linked', 'A', 2, 4, 'A', 'B', '2021-09-19', 'active'],
  ]);
  assert.deepEqual(
    brief(await listClusters(t.db, t.ctx, { on: '2021-09-18' })).map((c) => c.slice(-2)),
    [['2021-09-19', 'active']],
  );
  assert.deepEqual(
    brief(await listClusters(t.db, t.ctx, { on: '2021-09-19' })).map((c) => c.slice(-2)),
    [['2021-09-19', 'closed']],
  );
  // 20/9: D is confirmed; F joins D (the 15/9 contact with A came after A's outcome).
  assert.deepEqual(brief(await listClusters(t.db, t.ctx, { on: '2021-09-20' })), [
    ['linked', 'D', 1, 2, 'D', 'D', '2021-10-04', 'active'],
    ['linked', 'A', 2, 4, 'A', 'B', '2021-09-19', 'closed'],
  ]);
  assert.deepEqual(
    brief(await listClusters(t.db, t.ctx, { on: '2021-09-20', status: 'active' })).map((c) => c[1]),
    ['D'],
  );
  assert.deepEqual(
    brief(await listClusters(t.db, t.ctx, { on: '2021-09-20', min_cases: 2 })).map((c) => c[1]),
    ['A'],
  );
});

test(`[${engineName}] closing uses the rule set in force on the day evaluated (14 days, then 7 from 1/10)`, async () => {
  const on30 = (await listClusters(t.db, t.ctx, { on: '2021-09-30' })).find((c) => c.id === 'D')!;
  assert.deepEqual([on30.closes_on, on30.status], ['2021-10-04', 'active']);
  const on2 = (await listClusters(t.db, t.ctx, { on: '2021-10-02' })).find((c) => c.id === 'D')!;
  assert.deepEqual([on2.closes_on, on2.status], ['2021-09-27', 'closed']);
});

test(`[${engineName}] declared clusters by place and time, with the cases attached`, async () => {
  const c = await declareCluster(t.db, t.ctx, {
    name: 'Chợ Vị Thanh',
    place: 'Chợ Vị Thanh, phường 1',
    ward_code: '31321',
    started_on: '2021-09-01',
    case_refs: ['A'],
  });
  await addClusterCases(t.db, t.ctx, c.cluster_id, ['G', 'A']);
  await assert.rejects(addClusterCases(t.db, t.ctx, c.cluster_id, ['X']), { key: 'not_a_case', field: 'case_refs' });
  const listed = (await listClusters(t.db, t.ctx, { on: '2021-09-10' })).filter((x) => x.kind === 'declared');
  assert.deepEqual(brief(listed), [['declared', String(c.cluster_id), 2, 2, 'A', 'G', '2021-09-17', 'active']]);
  assert.deepEqual(
    [listed[0].name, listed[0].ward_code, listed[0].started_on],
    ['Chợ Vị Thanh', '31321', '2021-09-01'],
  );
  assert.equal(
    (await listClusters(t.db, t.ctx, { on: '2021-09-17' })).find((x) => x.kind === 'declared')!.status,
    'closed',
  );
  assert.equal((await listClusters(t.db, t.ctx, { on: '2021-08-31' })).length, 0, 'not declared yet, no case yet');
  const g = await clusterGraph(t.db, t.ctx, 'declared', String(c.cluster_id), '2021-09-10');
  assert.deepEqual(
    g.nodes.map((n) => n.person_ref),
    ['A', 'C', 'G'],
  );
  assert.deepEqual(
    g.edges.map((e) => [e.source_ref, e.contact_ref]),
    [['A', 'C']],
  );
});

test(`[${engineName}] transmission graph of a linked cluster, named by any member`, async () => {
  const g = await clusterGraph(t.db, t.ctx, 'linked', 'C', '2021-09-10');
  assert.equal(g.on, '2021-09-10');
  assert.deepEqual(
    g.nodes.map((n) => [n.person_ref, n.confirmed_at !== null]),
    [
      ['A', true],
      ['B', true],
      ['C', false],
      ['E', false],
    ],
  );
  // A past day shows the levels at its end: A and B active cases, C and E their contacts.
  assert.deepEqual(
    g.nodes.map((n) => [n.person_ref, n.level]),
    [
      ['A', 0],
      ['B', 0],
      ['C', 1],
      ['E', 1],
    ],
  );
  assert.deepEqual(
    g.edges.map((e) => [e.source_ref, e.contact_ref, e.exposed_on, e.setting]),
    [
      ['A', 'C', '2021-08-30', 'household'],
      ['C', 'B', '2021-09-02', 'work'],
      ['B', 'E', '2021-09-06', null],
    ],
  );
  await assert.rejects(clusterGraph(t.db, t.ctx, 'linked', 'X', '2021-09-10'), { key: 'not_found' });
});

test(`[${engineName}] a person's neighbourhood: all exposures, or the contact window at T with levels then`, async () => {
  const all = await personGraph(t.db, t.ctx, 'C', 2);
  assert.deepEqual(
    all.nodes.map((n) => [n.person_ref, n.distance]),
    [
      ['A', 1],
      ['B', 1],
      ['C', 0],
      ['E', 2],
      ['F', 2],
    ],
  );
  assert.equal(all.edges.length, 4);
  const then = await personGraph(t.db, t.ctx, 'C', 2, new Date('2021-09-10T12:00:00+07:00'));
  assert.deepEqual(
    then.nodes.map((n) => [n.person_ref, n.level]),
    [
      ['A', 0],
      ['B', 0],
      ['C', 1],
      ['E', 1],
    ],
  );
  const near = await personGraph(t.db, t.ctx, 'C', 1);
  assert.deepEqual(
    near.nodes.map((n) => n.person_ref),
    ['A', 'B', 'C'],
  );
});

test(`[${engineName}] a ward officer sees only clusters with a case in their wards, and names only there`, async () => {
  const ward = { ...t.ctx, wards: ['31340'] };
  assert.deepEqual(
    brief(await listClusters(t.db, ward, { on: '2021-09-20' })).map((c) => c[1]),
    ['D'],
  );
  const g = await clusterGraph(t.db, ward, 'linked', 'D', '2021-09-20');
  assert.deepEqual(
    g.nodes.map((n) => [n.person_ref, n.full_name]),
    [
      ['D', 'Người D'],
      ['F', null],
    ],
  );
  await assert.rejects(clusterGraph(t.db, ward, 'linked', 'A', '2021-09-20'), { key: 'out_of_scope' });
});
