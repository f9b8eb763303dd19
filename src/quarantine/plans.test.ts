// Episode plans: the rule set in force on the start day (Viet Nam day, boundaries inclusive), vaccination variants,
// planned ends and test dates, and courses that continue through moves and follow-ons. Figures worked by hand from
// the national periods in src/rules/national.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { putRuleSet } from '../rules/service.ts';
import { NATIONAL_RULE_SETS } from '../rules/national.ts';
import { AppError } from '../shared/errors.ts';
import { closeEpisode, listEpisodes, moveEpisode, openEpisode, type Episode } from './service.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);
/** The person's episode starting at `start` (an ISO instant). */
async function episode(ref: string, start: string): Promise<Episode> {
  const e = (await listEpisodes(t.db, t.ctx, { person_ref: ref })).find(
    (x) => x.start_at.getTime() === Date.parse(start),
  );
  assert.ok(e, `${ref} ${start}`);
  return e;
}
const summary = (e: Episode) => ({
  rule_set: e.plan.rule_set?.effective_from,
  rule: e.plan.rule,
  days: e.plan.days,
  planned_end_at: e.plan.planned_end_at?.toISOString(),
  tests: e.plan.tests.map((x) => `${x.day}:${x.date}`),
});
const appError = (key: string) => (e: unknown) => e instanceof AppError && e.key === key;

before(async () => {
  t = await testDb();
  await load(
    'persons',
    'person_ref,full_name,ward_code\n' +
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P7', 'P8', 'P9', 'P10', 'C1', 'C2', 'C3']
        .map((r) => `${r},Người ${r},31321`)
        .join('\n') +
      '\n',
  );
  await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds\nFA,Trường Quân sự,quarantine,31321,50\nFB,TTYT,both,31321,50\n',
  );
  await load(
    'vaccinations',
    'person_ref,dose_number,product,given_on\n' +
      'P4,1,astrazeneca,2021-09-01\nP4,2,astrazeneca,2021-09-27\n' + // 2nd dose 14 days before 11/10: fully vaccinated
      'P5,1,pfizer,2021-09-01\nP5,2,pfizer,2021-09-28\n' + // 13 days: not yet
      'P7,1,pfizer,2021-08-01\nP7,2,pfizer,2021-09-01\nP8,1,pfizer,2021-08-01\nP8,2,pfizer,2021-09-01\n',
  );
});
after(async () => {
  await t.close();
});

test(`[${engineName}] the rule set in force on the start day, at the period boundaries`, async () => {
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code\n' +
      'P1,home,2021-05-04 23:30,\n' + // the last evening of the 2020 rules
      'P2,centralized,2021-05-05 00:00,FB\n' + // the first instant of 600/CĐ-BCĐ
      'P3,centralized,2021-05-04T17:30:00Z,FB\n',
  ); // 00:30 on 5/5 in Viet Nam, still 4/5 in UTC
  assert.deepEqual(summary(await episode('P1', '2021-05-04T23:30:00+07:00')), {
    rule_set: '2020-01-01',
    rule: 'home',
    days: 14,
    planned_end_at: '2021-05-18T16:30:00.000Z',
    tests: ['1:2021-05-04', '14:2021-05-17'],
  });
  const p2 = await episode('P2', '2021-05-05T00:00:00+07:00');
  assert.deepEqual(summary(p2), {
    rule_set: '2021-05-05',
    rule: 'centralized',
    days: 21,
    planned_end_at: '2021-05-25T17:00:00.000Z',
    tests: ['1:2021-05-05', '14:2021-05-18', '20:2021-05-24'],
  });
  assert.equal(p2.plan.rule_set?.basis, '600/CĐ-BCĐ (05/5/2021)');
  assert.equal(p2.plan.phase, 'main');
  assert.equal(p2.plan.follows, null);
  assert.deepEqual(summary(await episode('P3', '2021-05-04T17:30:00Z')), {
    rule_set: '2021-05-05',
    rule: 'centralized',
    days: 21,
    planned_end_at: '2021-05-25T17:30:00.000Z',
    tests: ['1:2021-05-05', '14:2021-05-18', '20:2021-05-24'],
  });
});

test(`[${engineName}] vaccination variants: two doses given 14 days before the start`, async () => {
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code\n' +
      'P4,centralized,2021-10-11 08:00,FB\nP5,centralized,2021-10-11 08:00,FB\n' +
      'P7,home,2022-02-21 07:00,\nP8,home,2022-02-20 07:00,\n',
  );
  const p4 = await episode('P4', '2021-10-11T08:00:00+07:00');
  assert.equal(p4.plan.vaccinated, true);
  assert.deepEqual(summary(p4), {
    rule_set: '2021-10-11',
    rule: 'centralized_vaccinated',
    days: 7,
    planned_end_at: '2021-10-18T01:00:00.000Z',
    tests: ['1:2021-10-11', '7:2021-10-17'],
  });
  const p5 = await episode('P5', '2021-10-11T08:00:00+07:00');
  assert.equal(p5.plan.vaccinated, false);
  assert.deepEqual(summary(p5), {
    rule_set: '2021-10-11',
    rule: 'centralized',
    days: 14,
    planned_end_at: '2021-10-25T01:00:00.000Z',
    tests: ['1:2021-10-11', '7:2021-10-17', '14:2021-10-24'],
  });
  // 762/BYT-DP from 21/2/2022: 5 days at home vaccinated; the day before, 10696/BYT-MT has no variant (7 days).
  assert.deepEqual(summary(await episode('P7', '2022-02-21T07:00:00+07:00')), {
    rule_set: '2022-02-21',
    rule: 'home_vaccinated',
    days: 5,
    planned_end_at: '2022-02-26T00:00:00.000Z',
    tests: ['1:2022-02-21', '5:2022-02-25'],
  });
  // (20/2/2022 falls in the set opened by 218/QĐ-BYT on 27/1/2022, which keeps 10696's quarantine rules.)
  assert.deepEqual(summary(await episode('P8', '2022-02-20T07:00:00+07:00')), {
    rule_set: '2022-01-27',
    rule: 'home',
    days: 7,
    planned_end_at: '2022-02-27T00:00:00.000Z',
    tests: ['1:2022-02-20', '7:2022-02-26'],
  });
});

test(`[${engineName}] a province's own rule set applies from the day it takes effect`, async () => {
  const rules = structuredClone(NATIONAL_RULE_SETS[5].rules);
  rules.quarantine.home = { days: 3, test_days: [1, 3] };
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2022-03-01',
    name: 'Tỉnh: 3 ngày tại nhà',
    basis: 'QĐ tỉnh',
    rules,
  });
  const p9 = await openEpisode(t.db, t.ctx, {
    person_ref: 'P9',
    kind: 'home',
    start_at: new Date('2022-03-01T00:00:00+07:00'),
  });
  const p10 = await openEpisode(t.db, t.ctx, {
    person_ref: 'P10',
    kind: 'home',
    start_at: new Date('2022-02-28T23:59:00+07:00'),
  });
  assert.deepEqual(summary(p9), {
    rule_set: '2022-03-01',
    rule: 'home',
    days: 3,
    planned_end_at: '2022-03-03T17:00:00.000Z',
    tests: ['1:2022-03-01', '3:2022-03-03'],
  });
  assert.equal(p9.plan.rule_set?.name, 'Tỉnh: 3 ngày tại nhà');
  assert.deepEqual(summary(p10), {
    rule_set: '2022-02-21',
    rule: 'home',
    days: 7,
    planned_end_at: '2022-03-07T16:59:00.000Z',
    tests: ['1:2022-02-28', '7:2022-03-06'],
  });
});

test(`[${engineName}] a move continues the course; a completed main episode opens its follow-on`, async () => {
  const c1 = await openEpisode(t.db, t.ctx, {
    person_ref: 'C1',
    kind: 'centralized',
    facility_code: 'FB',
    subject_group: 'contact',
    start_at: new Date('2021-07-14T08:00:00+07:00'),
  });
  // 5599/BYT-MT: 14 days centralized + 14 at home, tests on days 1, 7, 14.
  const course = {
    rule_set: '2021-07-14',
    rule: 'centralized',
    days: 14,
    planned_end_at: '2021-07-28T01:00:00.000Z',
    tests: ['1:2021-07-14', '7:2021-07-20', '14:2021-07-27'],
  };
  assert.deepEqual(summary(c1), course);
  assert.deepEqual(c1.plan.follow_on, { kind: 'home', days: 14 });
  const moved = await moveEpisode(t.db, t.ctx, c1.episode_id, {
    at: new Date('2021-07-20T10:00:00+07:00'),
    kind: 'centralized',
    facility_code: 'FA',
  });
  assert.equal(moved.closed.end_reason, 'transferred');
  assert.equal(moved.closed.end_at?.toISOString(), '2021-07-20T03:00:00.000Z');
  assert.deepEqual(summary(moved.opened), course);
  assert.deepEqual(moved.opened.plan.follows, { episode_id: c1.episode_id, link: 'transfer' });
  assert.equal(moved.opened.plan.course_start_at.toISOString(), '2021-07-14T01:00:00.000Z');
  assert.equal(moved.opened.subject_group, 'contact');

  const done = await closeEpisode(t.db, t.ctx, moved.opened.episode_id, {
    end_at: new Date('2021-07-28T09:00:00+07:00'),
    end_reason: 'completed',
    follow_on: true,
  });
  const home = done.opened!;
  assert.equal(home.kind, 'home');
  assert.equal(home.plan.phase, 'follow_on');
  assert.deepEqual(home.plan.follows, { episode_id: moved.opened.episode_id, link: 'follow_on' });
  assert.equal(home.plan.follow_on, null);
  assert.deepEqual(summary(home), {
    rule_set: '2021-07-14',
    rule: 'centralized',
    days: 14,
    planned_end_at: '2021-08-11T02:00:00.000Z',
    tests: ['1:2021-07-28', '7:2021-08-03', '14:2021-08-10'],
  });
  await assert.rejects(
    closeEpisode(t.db, t.ctx, home.episode_id, {
      end_at: new Date('2021-08-11T09:00:00+07:00'),
      end_reason: 'completed',
      follow_on: true,
    }),
    appError('no_follow_on'),
  );
  await assert.rejects(
    closeEpisode(t.db, t.ctx, moved.opened.episode_id, {
      end_at: new Date('2021-07-29T09:00:00+07:00'),
      end_reason: 'completed',
    }),
    appError('episode_closed'),
  );
});

test(`[${engineName}] a course started under 600/CĐ-BCĐ keeps its rules after 14/7/2021`, async () => {
  const c2 = await openEpisode(t.db, t.ctx, {
    person_ref: 'C2',
    kind: 'centralized',
    facility_code: 'FA',
    start_at: new Date('2021-07-01T08:00:00+07:00'),
  });
  assert.equal(c2.plan.planned_end_at?.toISOString(), '2021-07-22T01:00:00.000Z'); // 21 days
  await assert.rejects(
    closeEpisode(t.db, t.ctx, c2.episode_id, {
      end_at: new Date('2021-07-22T08:00:00+07:00'),
      end_reason: 'other',
      follow_on: true,
    }),
    appError('follow_on_not_completed'),
  );
  const { opened } = await closeEpisode(t.db, t.ctx, c2.episode_id, {
    end_at: new Date('2021-07-22T08:00:00+07:00'),
    end_reason: 'completed',
    follow_on: true,
  });
  // 7 days of self-monitoring (600), not 14 days at home (5599, in force on 22/7): the course started 1/7 under
  // the set opened by 2686/QĐ-BCĐQG on 31/5, which keeps 600's quarantine rules and names both.
  assert.equal(opened?.kind, 'self_monitoring');
  assert.equal(opened!.plan.rule_set?.basis, '600/CĐ-BCĐ (05/5/2021); 2686/QĐ-BCĐQG (31/5/2021)');
  assert.deepEqual(summary(opened!), {
    rule_set: '2021-05-31',
    rule: 'centralized',
    days: 7,
    planned_end_at: '2021-07-29T01:00:00.000Z',
    tests: [],
  });
});

test(`[${engineName}] imported episodes: a same-day start after a transfer continues the course, a later one starts anew`, async () => {
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason\n' +
      'C3,centralized,2021-07-14 08:00,FB,2021-07-16 10:00,transferred\n' +
      'C3,home,2021-07-16 10:00,,2021-07-20 08:00,transferred\n' +
      'C3,home,2021-07-21 08:00,,,\n',
  );
  const home = await episode('C3', '2021-07-16T10:00:00+07:00');
  assert.equal(home.plan.follows?.link, 'transfer');
  assert.deepEqual(summary(home), {
    rule_set: '2021-07-14',
    rule: 'centralized',
    days: 14,
    planned_end_at: '2021-07-28T01:00:00.000Z',
    tests: ['1:2021-07-14', '7:2021-07-20', '14:2021-07-27'],
  });
  const later = await episode('C3', '2021-07-21T08:00:00+07:00');
  assert.equal(later.plan.follows, null);
  assert.deepEqual(summary(later), {
    rule_set: '2021-07-14',
    rule: 'home',
    days: 14,
    planned_end_at: '2021-08-04T01:00:00.000Z',
    tests: ['1:2021-07-21', '7:2021-07-27', '14:2021-08-03'],
  });
});
