// Test scenario of the residents report (src/residents/service.ts), read at T = 1/8/2021 18:00 (Viet Nam):
//
//   residents_abroad   ward   country  expected    returned    at T
//   R1                 31321  TW       2021-09-01  —           abroad, expected
//   R2                 31321  TW       2021-10-01  —           abroad, expected
//   R3                 31321  KR       —           —           abroad
//   R4                 31340  KR       2021-08-15  —           abroad, expected
//   R5                 31340  JP       2021-08-01  2021-08-01  returned (on T's day)
//   R6                 31321  US       2021-08-02  2021-08-02  abroad (returns the day after T), expected
//   R7                 31321  IT       —           2021-03-01  returned
//   R8 (person H1)     31321  CN       2021-12-01  —           abroad, expected
//
//   held in another province   ward   province  start       end                      at T
//   H1 centralized             31321  82        20/7 08:00  1/8 18:00 completed (= T) completed
//   H2 home                    31321  82        25/7 08:00  —                        current
//   H3 home                    31340  84        28/7 08:00  —                        current
//   H4 centralized             31321  19        1/7 08:00   15/7 08:00 completed     completed
//   H5 home                    31321  19        10/7 08:00  12/7 08:00 other          neither (19 is listed)
//   H6 home                    31321  20        2/8 08:00   —                        not yet (20 is not listed)
//   H2 home (here, not held)   31321  —         20/7 08:00  —                        not a held episode
import type { TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';

export const RESIDENTS_AT = '2021-08-01T18:00:00+07:00';

export const RESIDENTS_CSV =
  'resident_ref,full_name,ward_code,country,left_on,expected_return_on,returned_on,person_ref\n' +
  'R1,Nguyễn Văn Một,31321,TW,2019-05-01,2021-09-01,,\n' +
  'R2,Trần Thị Hai,31321,tw,2019-06-01,01/10/2021,,\n' +
  'R3,Lê Văn Ba,31321,KR,2018-01-01,,,\n' +
  'R4,Phạm Thị Bốn,31340,KR,,2021-08-15,,\n' +
  'R5,Huỳnh Văn Năm,31340,JP,2020-01-01,2021-08-01,2021-08-01,\n' +
  'R6,Võ Thị Sáu,31321,US,2020-01-01,2021-08-02,2021-08-02,\n' +
  'R7,Đặng Văn Bảy,31321,IT,2019-01-01,,2021-03-01,\n' +
  'R8,Người H1,31321,CN,2020-02-01,2021-12-01,,H1\n';

export async function loadResidentsScenario(t: TestDb): Promise<void> {
  await load(
    t,
    'persons',
    'person_ref,full_name,ward_code\n' +
      ['H1', 'H2', 'H4', 'H5', 'H6'].map((r) => `${r},Người ${r},31321\n`).join('') +
      'H3,Người H3,31340\n',
  );
  await load(t, 'residents_abroad', RESIDENTS_CSV);
  await load(
    t,
    'quarantine',
    'person_ref,kind,start_at,end_at,end_reason,held_in_province\n' +
      'H1,centralized,2021-07-20 08:00,2021-08-01 18:00,completed,82\n' +
      'H2,home,2021-07-25 08:00,,,82\n' +
      'H3,home,2021-07-28 08:00,,,84\n' +
      'H4,centralized,2021-07-01 08:00,2021-07-15 08:00,completed,19\n' +
      'H5,home,2021-07-10 08:00,2021-07-12 08:00,other,19\n' +
      'H6,home,2021-08-02 08:00,,,20\n' +
      'H2,home,2021-07-20 08:00,,,\n',
  );
}
