// F-levels now (person_levels kept by triggers and syncs) on a hand-worked chain dated relative to today:
// promotion when an F1's PCR turns positive, demotion by outcome, by time passing, by the contact window, by a
// case ruled out; the explanation path; the clerks' lists; auto-confirmation under the rule set of the result day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { putRuleSet, rulesOn } from '../rules/service.ts';
import { createCase, recordOutcome, removeCase } from './service.ts';
import { personTracing, tracingList } from './levels.ts';
import { HOUR, fromNow, levelsNow, load, storedLevels, vnToday } from './test-helpers.ts';

let t: TestDb;
let day: (k: number) => string;
let today: string;
const vn = (d: string) => d.split('-').reverse().join('/');
const refs = (rows: Record<string, unknown>[]) => rows.map((r) => r.person_ref);

before(async () => {
  t = await testDb();
  ({ today, daysAgo: day } = await vnToday(t));
  await load(
    t,
    'persons',
    'person_ref,full_name,ward_code\n' +
      'A,B,C,D,E,F,G,H,K,M,N'
        .split(',')
        .map((x) => `${x},Người ${x},31321`)
        .join('\n') +
      '\n',
  );
  // A–B two days ago (household), B–C and C–D and D–E yesterday, A–F twenty days ago (out of the window), G–H.
  await load(
    t,
    'exposures',
    `source_ref,contact_ref,exposed_on,setting
A,B,${day(2)},household
C,B,${day(1)},work
C,D,${day(1)},
D,E,${day(1)},
A,F,${day(20)},household
G,H,${day(3)},
`,
  );
  await load(t, 'cases', `person_ref,confirmed_at\nA,${fromNow(-24 * HOUR)}\n`);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] levels now follow the contract: A F0, B F1, C F2, D F3, E F4; the old contact F is nothing`, async () => {
  assert.deepEqual(await levelsNow(t), { A: 0, B: 1, C: 2, D: 3, E: 4 });
});

test(`[${engineName}] a person's page explains the level by the path to the nearest F0, with dates`, async () => {
  const c = await personTracing(t.db, t.ctx, 'C');
  assert.equal(c.level, 2);
  assert.equal(c.label, 'F2');
  assert.deepEqual(
    c.path.map((s) => [s.level, s.person_ref, s.exposed_on, s.setting]),
    [
      [2, 'C', day(1), 'work'],
      [1, 'B', day(2), 'household'],
      [0, 'A', null, null],
    ],
  );
  const confirmedA = new Date(c.path[2].confirmed_at!.getTime() + 7 * HOUR).toISOString().slice(0, 10);
  assert.equal(
    c.explanation,
    `F2: tiếp xúc với B (F1) ngày ${vn(day(1))}; B tiếp xúc với A (F0) ngày ${vn(day(2))}. A là F0 từ ngày ${vn(confirmedA)}`,
  );
  const f = await personTracing(t.db, { ...t.ctx, lang: 'en' }, 'F');
  assert.deepEqual([f.level, f.label, f.path], [null, null, []]);
  assert.equal(f.explanation, 'No F-level: no active F0 within 4 contact steps (contacts in the last 14 days)');
  assert.deepEqual(
    f.exposures.map((e) => [e.other_ref, e.other_is, e.in_window]),
    [['A', 'source', false]],
  );
});

test(`[${engineName}] lists: F1 B lacks quarantine and a sample; A's contacts are traced`, async () => {
  const noQ = await tracingList(t.db, t.ctx, 'f1_without_quarantine');
  assert.deepEqual(
    noQ.map((r) => [r.person_ref, r.source_refs, r.last_exposed_on]),
    [['B', ['A'], day(2)]],
  );
  assert.deepEqual(refs(await tracingList(t.db, t.ctx, 'f1_without_sample', { days: 3 })), ['B']);
  assert.deepEqual(refs(await tracingList(t.db, t.ctx, 'cases_without_contacts', { days: 7 })), []);
  await assert.rejects(tracingList(t.db, t.ctx, 'f1_without_sample'), { key: 'required', field: 'days' });
});

test(`[${engineName}] promotion: B's positive PCR confirms B (in quarantine), B's contacts move up one level`, async () => {
  await load(t, 'quarantine', `person_ref,kind,start_at,subject_group\nB,home,${fromNow(-5 * HOUR)},contact\n`);
  assert.deepEqual(refs(await tracingList(t.db, t.ctx, 'f1_without_quarantine')), []);
  await load(
    t,
    'samples',
    `sample_ref,person_ref,taken_at,method,result,result_at\nSB,B,${fromNow(-4 * HOUR)},pcr,positive,${fromNow(-HOUR)}\n`,
  );
  const [b] = await t.db.query<{ detected_in: string; confirmed_at: Date }>(
    `SELECT c.detected_in, c.confirmed_at FROM cases c JOIN persons p USING (province_code, person_id) WHERE p.person_ref = 'B'`,
  );
  assert.equal(b.detected_in, 'quarantine');
  assert.ok(Math.abs(b.confirmed_at.getTime() - (Date.now() - HOUR)) < 60_000, 'confirmed at the result time');
  assert.deepEqual(await storedLevels(t), { A: 0, B: 0, C: 1, D: 2, E: 3 }, 'derived in the import transaction');
  assert.deepEqual(await levelsNow(t), { A: 0, B: 0, C: 1, D: 2, E: 3 });
  const [a] = await t.db.query<{ after: { sample_ref: string } }>(
    `SELECT after FROM audit_log WHERE action = 'auto_confirm' AND entity_key = 'B'`,
  );
  assert.equal(a.after.sample_ref, 'SB');
  // C is now an F1 of B without quarantine; B (source of C→B only as contact) has no contacts traced from it.
  assert.deepEqual(
    (await tracingList(t.db, t.ctx, 'f1_without_quarantine')).map((r) => [r.person_ref, r.source_refs]),
    [['C', ['B']]],
  );
  assert.deepEqual(refs(await tracingList(t.db, t.ctx, 'cases_without_contacts', { days: 7 })), ['B']);
});

test(`[${engineName}] demotion: A discharged stops being a source; as a confirmed person A is listed as no F1`, async () => {
  await recordOutcome(t.db, t.ctx, 'A', 'discharged', new Date(Date.now() - 60_000));
  assert.deepEqual(await storedLevels(t), { A: 1, B: 0, C: 1, D: 2, E: 3 });
  assert.deepEqual(await levelsNow(t), { A: 1, B: 0, C: 1, D: 2, E: 3 });
  assert.deepEqual(refs(await tracingList(t.db, t.ctx, 'f1_without_sample', { days: 3 })), ['C']);
  const a = await personTracing(t.db, t.ctx, 'A');
  assert.deepEqual([a.level, a.label], [1, null]);
});

test(`[${engineName}] time alone: an outcome recorded for a later instant demotes when that instant passes`, async () => {
  await createCase(t.db, t.ctx, { person_ref: 'G', confirmed_at: new Date(Date.now() - HOUR) });
  const at = Date.now() + 4000; // room for a slow machine to import and read before that instant
  await load(t, 'outcomes', `person_ref,outcome,at\nG,discharged,${new Date(at).toISOString()}\n`);
  const stored = await storedLevels(t);
  assert.ok(Date.now() < at, 'read before the outcome instant');
  assert.deepEqual([stored.G, stored.H], [0, 1]);
  await sleep(at - Date.now() + 100);
  const now = await levelsNow(t);
  assert.deepEqual([now.G, now.H], [undefined, undefined]);
});

test(`[${engineName}] levels kept from an earlier day are recomputed in full on the next read (midnight moves the window)`, async () => {
  const before = await storedLevels(t);
  // As if the last sync ran yesterday and left a level that today's window no longer gives.
  await t.db.query(
    `UPDATE person_levels_state SET computed_at = computed_at - interval '1 day' WHERE province_code = $1`,
    [t.ctx.province],
  );
  await t.db.query(
    `INSERT INTO person_levels (province_code, person_id, level)
                    SELECT $1, person_id, 1 FROM persons WHERE province_code = $1 AND person_ref = 'F'`,
    [t.ctx.province],
  );
  assert.deepEqual(await levelsNow(t), before);
});

test(`[${engineName}] a contact window of 1 day from today (rule set) drops A–B: A is no longer anyone's contact`, async () => {
  const rs = await rulesOn(t.db, t.ctx, today);
  await putRuleSet(t.db, t.ctx, {
    effective_from: today,
    name: 'thử',
    basis: null,
    rules: { ...rs.rules, contact_window_days: 1 },
  });
  assert.deepEqual(await levelsNow(t), { B: 0, C: 1, D: 2, E: 3 });
  const b = await personTracing(t.db, t.ctx, 'B');
  assert.deepEqual(b.contact_window, { from: day(1), to: today });
});

test(`[${engineName}] B ruled out: no source left, nobody has a level`, async () => {
  await removeCase(t.db, t.ctx, 'B', 'dương tính giả');
  assert.deepEqual(await storedLevels(t), {});
  assert.deepEqual(await levelsNow(t), {});
  const [a] = await t.db.query<{ before: { outcomes: unknown[] }; after: { reason: string } }>(
    `SELECT before, after FROM audit_log WHERE entity = 'case' AND action = 'delete' AND entity_key = 'B'`,
  );
  assert.equal(a.after.reason, 'dương tính giả');
});

test(`[${engineName}] auto-confirm follows the rule set in force on the result day`, async () => {
  const rs = await rulesOn(t.db, t.ctx, '2021-05-01');
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-05-01',
    name: 'không tự động',
    basis: null,
    rules: { ...rs.rules, auto_confirm_positive_pcr: false },
  });
  // 05/5/2021 starts a national set (auto-confirm on): M's result falls before it, N's on it; K's test is rapid.
  await load(
    t,
    'samples',
    `sample_ref,person_ref,taken_at,method,result,result_at
SM,M,2021-05-03 08:00,pcr,positive,2021-05-04 23:59
SN,N,2021-05-04 08:00,pcr,positive,2021-05-05 00:00
SK,K,2021-05-04 08:00,rapid_antigen,positive,2021-05-05 09:00
`,
  );
  const cases = await t.db.query<{ person_ref: string; confirmed_at: Date; detected_in: string }>(
    `SELECT p.person_ref, c.confirmed_at, c.detected_in FROM cases c JOIN persons p USING (province_code, person_id)
      WHERE p.person_ref IN ('M', 'N', 'K')`,
  );
  assert.deepEqual(
    cases.map((c) => [c.person_ref, c.confirmed_at.toISOString(), c.detected_in]),
    [['N', '2021-05-04T17:00:00.000Z', 'community']],
  );
});
