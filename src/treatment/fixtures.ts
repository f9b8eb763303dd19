// A hand-worked province for the treatment tests (figures worked in report.test.ts). T = 10/9/2021 06:30,
// P = 9/9/2021 06:30 (Viet Nam time); records sit exactly at those instants on purpose.
import type { TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';

export const T = new Date('2021-09-10T06:30:00+07:00');

export const TREATMENT_SCENARIO: [kind: string, csv: string][] = [
  [
    'persons',
    `person_ref,full_name,ward_code,birth_year
A,Bệnh nhân A,31321,1980
B,Bệnh nhân B,31321,1981
C,Bệnh nhân C,31324,1950
D,Bệnh nhân D,31324,1970
E,Bệnh nhân E,31340,1960
F,Bệnh nhân F,31340,1990
G,Bệnh nhân G,31321,1975
H,Bệnh nhân H,31324,1940
J,Bệnh nhân J,31340,2000
K,Bệnh nhân K,31321,1985
N,Người chưa mắc,31321,1985
`,
  ],
  // H1's last active day is T's date; H1B opens on T's date; HC's last day is P's date; FH is only planned.
  [
    'facilities',
    `facility_code,name,kind,ward_code,beds,icu_beds,tier,oxygen_beds,ventilators,status,active_from,active_to
H1,Bệnh viện dã chiến số 1,treatment,31321,100,0,1,20,0,active,2021-08-01,2021-09-10
H1B,Bệnh viện dã chiến số 2,treatment,31321,50,,1,,,active,2021-09-10,
H2,Trung tâm Y tế thành phố,both,31324,20,2,2,10,1,,,
H3,Bệnh viện Đa khoa tỉnh,treatment,31321,10,4,3,10,3,,,
HC,Bệnh viện dã chiến cũ,treatment,31340,30,,2,,,active,,2021-09-09
FH,Bệnh viện dã chiến 2.000 giường,treatment,31340,2000,,1,,,planned,,
Q,Khu cách ly Trường Quân sự,quarantine,31321,80,,,,,,,
`,
  ],
  // F is confirmed between P and T.
  [
    'cases',
    `person_ref,confirmed_at,severity
A,2021-09-01 08:00,mild
B,2021-09-01 08:00,
C,2021-09-06 08:00,moderate
D,2021-09-05 08:00,mild
E,2021-09-04 08:00,severe
F,2021-09-10 00:00,asymptomatic
G,2021-09-01 08:00,moderate
H,2021-09-03 08:00,critical
J,2021-09-01 08:00,mild
K,2021-09-04 08:00,moderate
`,
  ],
  // C: observed critical on a ventilator exactly at T; D: moderate between P and T; G: mild one minute after T.
  [
    'severity',
    `person_ref,observed_at,severity,oxygen
C,2021-09-08 10:00,severe,mask
C,2021-09-10 06:30,critical,ventilator
D,2021-09-09 12:00,moderate,
E,2021-09-08 09:00,severe,hfnc
G,2021-09-10 06:31,mild,none
`,
  ],
  // C is transferred from H2 to H3 exactly at T; E recovers and H dies (their outcomes are proposed from these);
  // F starts home treatment exactly at T; G is at H1B as a tier-2 patient.
  [
    'care',
    `person_ref,setting,facility_code,start_at,end_at,end_reason,tier
A,home,,2021-09-05 08:00,,,
C,facility,H2,2021-09-07 08:00,2021-09-10 06:30,transferred,
C,facility,H3,2021-09-10 06:30,,,
D,facility,H1,2021-09-06 08:00,,,
E,facility,H3,2021-09-05 08:00,2021-09-09 20:00,recovered,
F,home,,2021-09-10 06:30,,,
G,facility,H1B,2021-09-10 01:00,,,2
H,facility,HC,2021-09-03 12:00,2021-09-08 10:00,died,
K,facility,HC,2021-09-05 08:00,,,
`,
  ],
];

export async function loadTreatmentScenario(t: TestDb): Promise<void> {
  for (const [kind, csv] of TREATMENT_SCENARIO) await load(t, kind, csv);
  // J has two open episodes (as data from before the overlap check could hold): counted once, under the later one.
  await t.db.query(
    `INSERT INTO care_episodes (province_code, person_id, setting, facility_code, tier, start_at)
     SELECT '93', person_id, v.setting, v.facility, v.tier, v.start_at::timestamptz
       FROM persons, (VALUES ('home', NULL, NULL::int, '2021-09-01T08:00:00+07:00'),
                             ('facility', 'H2', 2, '2021-09-04T08:00:00+07:00')) v (setting, facility, tier, start_at)
      WHERE province_code = '93' AND person_ref = 'J'`,
  );
}
