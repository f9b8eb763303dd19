// GET /reports/areas: the daily report's area figures per ward, hand-worked with records exactly at the cut-offs.
// T = 10/9/2021 06:30, P = 9/9/2021 06:30 (Viet Nam time); the period is P < t ≤ T.
// Wards: 31321 and 31324 lie in district 930 (Vị Thanh), 31340 in district 931 (Ngã Bảy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { load } from '../test/import.ts';
import { jurisdictionWards } from '../auth/scope.ts';
import type { AreaFigures, WardFigures } from './schemas.ts';

let t: TestDb, app: FastifyInstance, province: Client, vithanh: Client;

before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
  province = await signIn(app, 'officer');
  vithanh = await signIn(app, 'vithanh');
  await load(
    t,
    'persons',
    `person_ref,full_name,ward_code,birth_year
A1,Người A1,31321,1980
A2,Người A2,31321,1985
A3,Người A3,31321,2010
A4,Người A4,31324,1970
B1,Người B1,31340,1990
B2,Người B2,31340,1960
B3,Người B3,31340,1975
C1,Người C1,31324,1990
C2,Người C2,31324,1990
C3,Người C3,31324,1990
C4,Người C4,31340,1990
C5,Người C5,31340,1990
C6,Người C6,31340,1990
C7,Người C7,31340,1990
`,
  );
  // A1 exactly at T (counted); A2 a minute after T (not); A4 long before, discharged exactly at T (not active);
  // B1 exactly at P (not new); B2 a minute after P (new), dies a minute after T (still active at T).
  await load(
    t,
    'cases',
    `person_ref,confirmed_at
A1,2021-09-10T06:30:00+07:00
A2,2021-09-10T06:31:00+07:00
A4,2021-09-01T08:00:00+07:00
B1,2021-09-09T06:30:00+07:00
B2,2021-09-09T06:31:00+07:00
`,
  );
  await load(
    t,
    'outcomes',
    `person_ref,outcome,at
A4,discharged,2021-09-10T06:30:00+07:00
B2,died,2021-09-10T06:31:00+07:00
`,
  );
  // F-levels at T (window 27/8…10/9): C1 becomes F1 exactly at T (A1's confirmation); C2 a minute after (A2's);
  // A4 is reached from A1 but confirmed (never counted), and C3 through it is F2; C4 is F1 of B2 (active until a
  // minute after T), C5 F2 through C4; C6 was exposed on the window's first day (F1), C7 the day before (not).
  await load(
    t,
    'exposures',
    `source_ref,contact_ref,exposed_on
A1,C1,2021-09-09
A2,C2,2021-09-09
A1,A4,2021-09-08
A4,C3,2021-09-08
B2,C4,2021-09-09
C4,C5,2021-09-09
B1,C6,2021-08-27
B1,C7,2021-08-26
`,
  );
  // A2 in two open episodes counts once; A3's ended exactly at T is closed; B3's started exactly at T is open.
  await load(
    t,
    'quarantine',
    `person_ref,kind,start_at,end_at,end_reason
A2,home,2021-09-05T08:00:00+07:00,,
A2,self_monitoring,2021-09-08T08:00:00+07:00,,
A3,home,2021-09-05T08:00:00+07:00,2021-09-10T06:30:00+07:00,completed
B3,home,2021-09-10T06:30:00+07:00,,
`,
  );
  // S1 positive exactly at T (arrived in the period); S2's result comes a minute late; S3's arrived exactly at P
  // (before the period); S4 taken exactly at P (not new) with its positive result in the period; S5 negative.
  await load(
    t,
    'samples',
    `sample_ref,person_ref,taken_at,method,result,result_at
S1,A1,2021-09-09T08:00:00+07:00,pcr,positive,2021-09-10T06:30:00+07:00
S2,A2,2021-09-09T09:00:00+07:00,pcr,negative,2021-09-10T06:31:00+07:00
S3,A3,2021-09-08T08:00:00+07:00,pcr,negative,2021-09-09T06:30:00+07:00
S4,B1,2021-09-09T06:30:00+07:00,pcr,positive,2021-09-09T10:00:00+07:00
S5,B3,2021-09-09T12:00:00+07:00,pcr,negative,2021-09-10T01:00:00+07:00
`,
  );
  // A dose counts from the start of its day: A1's of 10/9 counts, A2's of 11/9 not; A3 is a child.
  await load(
    t,
    'vaccinations',
    `person_ref,dose_number,product,given_on
A1,1,pfizer,2021-09-10
A2,1,pfizer,2021-09-11
A3,1,pfizer,2021-08-01
A4,1,verocell,2021-08-01
B1,1,astrazeneca,2021-07-01
B2,2,moderna,2021-08-15
`,
  );
  await load(t, 'population', 'ward_code,population,population_18plus\n31321,1000,200\n31324,10,0\n31340,500,100\n');
});
after(async () => {
  await app.close();
  await t.close();
});

const areas = async (c: Client, at = '2021-09-10T06:30:00+07:00') => {
  const res = await c(`/api/v1/reports/areas?at=${encodeURIComponent(at)}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as AreaFigures;
};
const ward = (a: AreaFigures, code: string) => a.wards.find((w) => w.ward_code === code);

test(`[${engineName}] area figures per ward at T, records exactly at the cut-offs`, async () => {
  const a = await areas(province);
  assert.equal(a.as_of, '2021-09-10T06:30:00+07:00');
  assert.equal(a.previous_as_of, '2021-09-09T06:30:00+07:00');
  assert.deepEqual(ward(a, '31321'), {
    ward_code: '31321',
    cases_new: 1,
    cases_new_community: 1,
    cases_total: 1,
    cases_active: 1,
    discharged: 0,
    died: 0,
    contacts_f1: 0,
    contacts_f2: 0,
    quarantine_current: 1,
    quarantine_new: 0,
    samples_taken: 3,
    samples_taken_new: 2,
    positive_new: 1,
    results_new: 1,
    positivity_pct: 100,
    doses: 2,
    dose1_18plus: 1,
    population: 1000,
    population_18plus: 200,
    coverage_dose1_18plus_pct: 0.5,
  } satisfies WardFigures);
  // No results in the period and no adults: both ratios null.
  assert.deepEqual(ward(a, '31324'), {
    ward_code: '31324',
    cases_new: 0,
    cases_new_community: 0,
    cases_total: 1,
    cases_active: 0,
    discharged: 1,
    died: 0,
    contacts_f1: 1,
    contacts_f2: 1,
    quarantine_current: 0,
    quarantine_new: 0,
    samples_taken: 0,
    samples_taken_new: 0,
    positive_new: 0,
    results_new: 0,
    positivity_pct: null,
    doses: 1,
    dose1_18plus: 1,
    population: 10,
    population_18plus: 0,
    coverage_dose1_18plus_pct: null,
  } satisfies WardFigures);
  assert.deepEqual(ward(a, '31340'), {
    ward_code: '31340',
    cases_new: 1,
    cases_new_community: 1,
    cases_total: 2,
    cases_active: 2,
    discharged: 0,
    died: 0,
    contacts_f1: 2,
    contacts_f2: 1,
    quarantine_current: 1,
    quarantine_new: 1,
    samples_taken: 2,
    samples_taken_new: 1,
    positive_new: 1,
    results_new: 2,
    positivity_pct: 50,
    doses: 2,
    dose1_18plus: 2,
    population: 500,
    population_18plus: 100,
    coverage_dose1_18plus_pct: 2,
  } satisfies WardFigures);
  // Every other ward of the province is listed, with nothing counted and no population.
  const others = a.wards.filter((w) => !['31321', '31324', '31340'].includes(w.ward_code));
  assert.ok(others.length > 10);
  for (const w of others) {
    assert.equal(w.cases_total + w.contacts_f1 + w.contacts_f2 + w.quarantine_current + w.dose1_18plus, 0);
    assert.equal(w.population, null);
    assert.equal(w.coverage_dose1_18plus_pct, null);
  }
  // The ward figures add up to the daily report's province figures.
  const daily = (await province('/api/v1/reports/daily?at=2021-09-10T06:30:00%2B07:00')).json();
  const sum = (k: keyof WardFigures) => a.wards.reduce((s, w) => s + Number(w[k] ?? 0), 0);
  assert.equal(sum('cases_new'), daily.current.cases.new);
  assert.equal(sum('cases_total'), daily.current.cases.total);
  assert.equal(sum('cases_active'), daily.current.cases.active);
  assert.deepEqual([sum('contacts_f1'), sum('contacts_f2')], [daily.current.contacts.f1, daily.current.contacts.f2]);
  assert.deepEqual([daily.current.contacts.f1, daily.current.contacts.f2], [3, 2]);
  assert.equal(sum('quarantine_current'), daily.current.quarantine.current.total);
  assert.equal(sum('samples_taken_new'), daily.current.testing.samples_taken_new);
  assert.deepEqual(
    [
      sum('cases_new_community'),
      sum('discharged'),
      sum('died'),
      sum('quarantine_new'),
      sum('samples_taken'),
      sum('doses'),
    ],
    [
      daily.current.cases.new_community,
      daily.current.cases.discharged,
      daily.current.cases.died,
      daily.current.quarantine.new,
      daily.current.testing.samples_taken,
      daily.current.vaccination.doses,
    ],
  );
  assert.equal(
    Math.round((sum('dose1_18plus') * 10000) / sum('population_18plus')) / 100,
    daily.current.vaccination.coverage_dose1_18plus_pct,
  );
});

test(`[${engineName}] one minute later: the late case and the late result count, the dead case is no longer active, F-levels move with them`, async () => {
  const a = await areas(province, '2021-09-10T06:31:00+07:00');
  assert.deepEqual(
    [ward(a, '31321')!.cases_new, ward(a, '31321')!.cases_total, ward(a, '31321')!.results_new],
    [2, 2, 2],
  );
  // B2 confirmed 9/9 06:31 is now exactly at P (not new); died at the new T (not active).
  assert.deepEqual([ward(a, '31340')!.cases_new, ward(a, '31340')!.cases_active], [0, 1]);
  // C2 is F1 now (A2 confirmed at 06:31); B2's death ends C4's and C5's levels; C6 stays F1, C3 F2 through A4.
  assert.deepEqual([ward(a, '31324')!.contacts_f1, ward(a, '31324')!.contacts_f2], [2, 1]);
  assert.deepEqual([ward(a, '31340')!.contacts_f1, ward(a, '31340')!.contacts_f2], [1, 0]);
});

test(`[${engineName}] a district user gets its own wards only`, async () => {
  const a = await areas(vithanh);
  const mine = (await jurisdictionWards(t.db, '93', 'district', '930'))!;
  assert.deepEqual(
    a.wards.map((w) => w.ward_code),
    [...mine].sort(),
  );
  assert.equal(ward(a, '31340'), undefined);
  assert.equal(ward(a, '31321')!.cases_new, 1);
});

test(`[${engineName}] a bad cut-off is refused; signing in is required`, async () => {
  assert.equal((await province('/api/v1/reports/areas?at=yesterday')).statusCode, 400);
  assert.equal((await app.inject({ url: '/api/v1/reports/areas?at=2021-09-10T06:30:00%2B07:00' })).statusCode, 401);
});
