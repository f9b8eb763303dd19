// Interval rules: the previous dose's product's schedule in force on the dose's date decides early/late/mix flags;
// dated schedule rows change the judgement from their date on; the next dose and its window.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { listSchedules, putSchedule, NATIONAL_SCHEDULES } from './products.ts';
import { personDoses, putDose, flaggedDoses } from './doses.ts';

let t: TestDb;
const load = (kind: string, csv: string) => importFile(t.db, t.ctx, kind, Readable.from([csv]));
const flagsOf = async (ref: string, on = '2021-10-01') =>
  (await personDoses(t.db, t.ctx, ref, on)).doses.map((d) => [d.dose_number, d.flags.map((f) => f.code)]);

before(async () => {
  t = await testDb();
  const people = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((r) => `${r},Người ${r},1980,31321`).join('\n');
  assert.equal((await load('persons', `person_ref,full_name,birth_year,ward_code\n${people}\n`)).inserted, 8);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] every province starts with the national schedules of docs/domain.md`, async () => {
  const s = await listSchedules(t.db, t.ctx, '2021-07-01');
  assert.equal(s.length, 7);
  const az = s.find((x) => x.product === 'astrazeneca')!;
  assert.deepEqual([az.primary_doses, az.min_interval_days, az.max_interval_days], [2, 56, 84]); // 8–12 weeks
  const abdala = s.find((x) => x.product === 'abdala')!;
  assert.deepEqual([abdala.primary_doses, abdala.min_interval_days], [3, 14]);
  assert.deepEqual(
    s.map((x) => x.booster_min_days),
    [90, 90, 90, 90, 90, 90, 90],
  ); // 3 months
  assert.equal(NATIONAL_SCHEDULES.length, 7);
});

test(`[${engineName}] doses earlier than the minimum interval are flagged; allowed mixes pass, others are flagged`, async () => {
  const r = await load(
    'vaccinations',
    `person_ref,dose_number,product,given_on
A,1,astrazeneca,2021-06-01
A,2,astrazeneca,2021-07-01
B,1,astrazeneca,2021-06-01
B,2,pfizer,2021-08-01
C,1,verocell,2021-06-01
C,2,pfizer,2021-06-25
D,1,pfizer,2021-06-01
D,2,pfizer,2021-06-22
D,3,moderna,2021-09-01
E,1,abdala,2021-06-01
E,2,abdala,2021-06-15
E,3,abdala,2021-06-28
F,2,moderna,2021-07-01
G,1,pfizer,2021-06-01
G,2,pfizer,2021-08-01
`,
  );
  assert.deepEqual([r.inserted, r.rejected], [15, []]);
  // A: 30 days after AstraZeneca, minimum 56 → early.
  assert.deepEqual(await flagsOf('A'), [
    [1, []],
    [2, ['early']],
  ]);
  // B: AstraZeneca then Pfizer after 61 days: within 56–84 and the mix is allowed.
  assert.deepEqual(await flagsOf('B'), [
    [1, []],
    [2, []],
  ]);
  // C: Pfizer after Vero Cell (24 days ≥ 21): the mix is not allowed for Vero Cell.
  assert.deepEqual(await flagsOf('C'), [
    [1, []],
    [2, ['mix_not_allowed']],
  ]);
  // D: exactly 21 days is on time; the Moderna booster 71 days after Pfizer dose 2 is before 90 days.
  assert.deepEqual(await flagsOf('D'), [
    [1, []],
    [2, []],
    [3, ['early']],
  ]);
  // E: Abdala has 3 primary doses 14 days apart: 13 days between doses 2 and 3 is early (primary, not booster).
  assert.deepEqual(await flagsOf('E'), [
    [1, []],
    [2, []],
    [3, ['early']],
  ]);
  assert.deepEqual(await flagsOf('F'), [[2, ['missing_previous']]]);
  // G: 61 days after Pfizer, past the 28-day window → late (recorded, only informative).
  assert.deepEqual(await flagsOf('G'), [
    [1, []],
    [2, ['late']],
  ]);

  const d = await personDoses(t.db, t.ctx, 'D', '2021-10-01');
  assert.equal(d.doses[2].booster, true);
  assert.deepEqual([d.doses[2].interval_days, d.doses[2].min_days], [71, 90]);
  assert.match(d.doses[2].flags[0].message, /71 ngày.*90 ngày/);

  const flagged = await flaggedDoses(t.db, t.ctx, {});
  assert.deepEqual(
    flagged.map((f) => `${f.person_ref}${f.dose_number}`),
    ['C2', 'E3', 'A2', 'F2', 'G2', 'D3'],
  );
  assert.deepEqual(
    (await flaggedDoses(t.db, t.ctx, { from: '2021-07-02', to: '2021-08-31' })).map((f) => f.person_ref),
    ['G'],
  );
});

test(`[${engineName}] a dated schedule row judges doses from its date on, not before`, async () => {
  // The province shortens the AstraZeneca interval to 4–12 weeks from 01/8/2021.
  const az = NATIONAL_SCHEDULES.find((s) => s.product === 'astrazeneca')!;
  await putSchedule(t.db, t.ctx, {
    ...az,
    effective_from: '2021-08-01',
    name: 'AstraZeneca 4–12 tuần',
    min_interval_days: 28,
  });
  await putDose(t.db, t.ctx, { person_ref: 'H', dose_number: 1, product: 'astrazeneca', given_on: '2021-07-11' });
  const h2 = await putDose(t.db, t.ctx, {
    person_ref: 'H',
    dose_number: 2,
    product: 'astrazeneca',
    given_on: '2021-08-10',
  });
  assert.deepEqual([h2.interval_days, h2.min_days, h2.flags], [30, 28, []]);
  // A's dose 2 (30 days, on 01/7/2021) is still judged by the 8-week rule in force that day.
  assert.deepEqual(await flagsOf('A'), [
    [1, []],
    [2, ['early']],
  ]);
  assert.deepEqual(
    (await listSchedules(t.db, t.ctx, '2021-08-01')).find((s) => s.product === 'astrazeneca')!.min_interval_days,
    28,
  );
  const [audit] = await t.db.query<{ entity_key: string }>(
    `SELECT entity_key FROM audit_log WHERE entity = 'vaccine_schedule'`,
  );
  assert.equal(audit.entity_key, 'astrazeneca/2021-08-01');
  // Correcting a dose through the API is audited with before and after.
  await putDose(t.db, t.ctx, { person_ref: 'H', dose_number: 2, product: 'astrazeneca', given_on: '2021-08-12' });
  const [change] = await t.db.query<{ b: string; a: string }>(
    `SELECT before->>'given_on' AS b, after->>'given_on' AS a FROM audit_log WHERE entity = 'vaccination' AND action = 'update'`,
  );
  assert.deepEqual(change, { b: '2021-08-10', a: '2021-08-12' });
});

test(`[${engineName}] the next dose: primary window, booster window, nothing after the last booster`, async () => {
  // A: 2 AstraZeneca doses (last 01/7) → booster from 01/7 + 90 = 29/9, overdue after 01/7 + 180 = 28/12.
  assert.deepEqual(pick((await personDoses(t.db, t.ctx, 'A', '2021-10-01')).next), {
    next_dose: 2 + 1,
    due_from: '2021-09-29',
    overdue_after: '2021-12-28',
    status: 'due',
  });
  assert.equal((await personDoses(t.db, t.ctx, 'A', '2021-12-29')).next!.status, 'overdue');
  assert.equal((await personDoses(t.db, t.ctx, 'A', '2021-09-28')).next!.status, 'not_yet_due');
  // As of 10/6, A has only dose 1 (AstraZeneca 01/6): dose 2 from 01/6 + 56 = 27/7 to 01/6 + 84 = 24/8.
  assert.deepEqual(pick((await personDoses(t.db, t.ctx, 'A', '2021-06-10')).next), {
    next_dose: 2,
    due_from: '2021-07-27',
    overdue_after: '2021-08-24',
    status: 'not_yet_due',
  });
  // D has 2 primary doses and its booster: nothing more is due.
  assert.equal((await personDoses(t.db, t.ctx, 'D', '2021-12-01')).next, null);
  // E: Abdala dose 3 completes the primary series → booster from 28/6 + 90 = 26/9.
  assert.deepEqual(pick((await personDoses(t.db, t.ctx, 'E', '2021-10-01')).next), {
    next_dose: 4,
    due_from: '2021-09-26',
    overdue_after: '2021-12-25',
    status: 'due',
  });
});

function pick(n: { next_dose: number; due_from: string; overdue_after: string; status: string } | null) {
  assert.ok(n);
  return { next_dose: n.next_dose, due_from: n.due_from, overdue_after: n.overdue_after, status: n.status };
}
