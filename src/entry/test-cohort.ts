// Test scenario of the arrival cohorts (src/entry/cohorts.ts), Hậu Giang, from Hà Nội (01) since D = 20/7/2021, read
// at T = 1/8/2021 18:00. Every record is placed to test one rule; the expected figures are worked in the tests.
//
//   who  ward   record                                               counts for 01 since 20/7 at T?
//   P1   31321  declaration 20/7 00:00 (exactly D's start), 01        yes: centralized; S1 (19/7) before arrival,
//                                                                      S2 taken 31/7, result at 18:01: pending at T
//   P2   31321  declaration 19/7 23:59 (a minute before D), 01        no
//   P3   31321  crossing at CK1 at exactly T, from 01                 yes: home; S4 taken and negative at T
//   P4   31321  crossing at CK1 at 18:01 (a minute after T), 01       no (yes at 18:01)
//   P5   31340  declaration 25/7 09:30 and crossing 25/7 10:00 (CK2)  once: self-monitoring; S3 (24/7, positive)
//                                                                      before the arrival: not sampled
//   U1   —      declaration 26/7, not matched to a person, to 31321   yes, by itself
//   U2   —      declaration 27/7, unmatched, from ward 00001 of Hà Nội yes (a ward of 01), destination 31340
//   P6   31321  declaration 25/7 from 79 (Hồ Chí Minh City)           no (another origin)
//   P7   31321  declaration 28/7 from KR                              no (abroad: yes)
//   P8   31321  crossing at CK1 27/7 from 01, turned back              no (did not arrive)
import type { TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { createSite } from './sites.ts';
import { createCrossing } from './crossings.ts';
import { validationEnv } from './routes.ts';

export const COHORT_AT = '2021-08-01T18:00:00+07:00';

export async function loadCohortScenario(t: TestDb): Promise<void> {
  const persons = [
    ['P1', '31321', '0912000001'],
    ['P2', '31321', '0912000002'],
    ['P3', '31321', '0912000003'],
    ['P4', '31321', '0912000004'],
    ['P5', '31340', '0912000005'],
    ['P6', '31321', '0912000006'],
    ['P7', '31321', '0912000007'],
    ['P8', '31321', '0912000008'],
  ];
  await load(
    t,
    'persons',
    'person_ref,full_name,birth_year,phone,ward_code\n' +
      persons.map(([ref, ward, phone]) => `${ref},Người ${ref},1990,${phone},${ward}\n`).join(''),
  );
  await load(t, 'facilities', 'facility_code,name,kind,ward_code,beds\nFA,Trường Quân sự,quarantine,31321,50\n');
  // Declarations are linked to persons by phone + name + birth year (entry_match_person).
  await load(
    t,
    'declarations',
    'declaration_ref,declared_at,full_name,birth_year,phone,from_country,from_province,from_ward,to_ward_code\n' +
      'D1,2021-07-20T00:00:00+07:00,Người P1,1990,0912000001,VN,01,,\n' +
      'D2,2021-07-19T23:59:00+07:00,Người P2,1990,0912000002,VN,01,,\n' +
      'D5,2021-07-25T09:30:00+07:00,Người P5,1990,0912000005,VN,01,,31340\n' +
      'DU1,2021-07-26T08:00:00+07:00,Khách Một,1985,0988000001,VN,01,,31321\n' +
      'DU2,2021-07-27T08:00:00+07:00,Khách Hai,1986,0988000002,VN,,00001,31340\n' +
      'D6,2021-07-25T08:00:00+07:00,Người P6,1990,0912000006,VN,79,,\n' +
      'D7,2021-07-28T08:00:00+07:00,Người P7,1990,0912000007,KR,,,\n',
  );
  const env = await validationEnv(t.db)(t.ctx);
  for (const [code, ward] of [
    ['CK1', '31321'],
    ['CK2', '31340'],
  ])
    await createSite(t.db, t.ctx, 'checkpoint', {
      checkpoint_code: code,
      name: `Chốt ${code}`,
      kind: 'checkpoint',
      ward_code: ward,
    });
  const crossing = (person_ref: string, checkpoint_code: string, crossed_at: string, decision = 'allowed') =>
    createCrossing(
      t.db,
      t.ctx,
      {
        person_ref,
        checkpoint_code,
        crossed_at,
        from_province: '01',
        purpose: 'return_home',
        decision: decision as 'allowed',
      },
      env,
    );
  await crossing('P3', 'CK1', COHORT_AT);
  await crossing('P4', 'CK1', '2021-08-01T18:01:00+07:00');
  await crossing('P5', 'CK2', '2021-07-25T10:00:00+07:00', 'quarantine');
  await crossing('P8', 'CK1', '2021-07-27T10:00:00+07:00', 'turned_back');
  await load(
    t,
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason\n' +
      'P1,centralized,2021-07-20 08:00,FA,,\n' +
      'P2,home,2021-07-20 08:00,,,\n' +
      'P3,home,2021-08-01 18:00,,,\n' +
      'P5,self_monitoring,2021-07-25 12:00,,,\n',
  );
  await load(
    t,
    'samples',
    'sample_ref,person_ref,taken_at,method,result,result_at\n' +
      'S1,P1,2021-07-19 10:00,pcr,positive,2021-07-19 20:00\n' +
      'S2,P1,2021-07-31 08:00,pcr,negative,2021-08-01 18:01\n' +
      'S3,P5,2021-07-24 10:00,pcr,positive,2021-07-24 20:00\n' +
      'S4,P3,2021-08-01 18:00,rapid_antigen,negative,2021-08-01 18:00\n',
  );
}
