// A hand-worked province for the report tests (worked figures in daily.test.ts). T = 10/9/2021 06:30,
// P = 9/9/2021 06:30, PP = 8/9/2021 06:30 (Viet Nam time); records sit exactly at those instants on purpose.
// Wards: 31321 and 31324 lie in district 930 (Vị Thanh), 31340 in district 931 (Ngã Bảy).
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { importFile } from '../app/imports.ts';
import type { TestDb } from '../test/db.ts';

export const T = new Date('2021-09-10T06:30:00+07:00');

export const SCENARIO: Record<string, string> = {
  persons: `person_ref,full_name,ward_code,birth_year
C1,Ca Một,31321,1980
C2,Ca Hai,31321,1985
C3,Ca Ba,31340,1975
C4,Ca Bốn,31340,1950
C5,Ca Năm,31324,1999
C6,Ca Sáu,31324,1966
E1,Người Một,31321,1980
E2,Người Hai,31340,2003
E3,Người Ba,31321,2004
E4,Người Bốn,31324,
E5,Người Năm,31340,1970
E6,Người Sáu,31324,1960
E7,Người Bảy,31321,1990
E8,Người Tám,31340,1985
`,
  // C1 discharged exactly at T; C2 confirmed exactly at T; C3 exactly at P; C4 one second after P, died before T;
  // C5 one second after T; C6 transferred out exactly at P.
  cases: `person_ref,confirmed_at,detected_in
C1,2021-09-01T08:00:00+07:00,community
C2,2021-09-10T06:30:00+07:00,quarantine
C3,2021-09-09T06:30:00+07:00,community
C4,2021-09-09T06:30:01+07:00,community
C5,2021-09-10T06:30:01+07:00,community
C6,2021-08-20T08:00:00+07:00,community
`,
  outcomes: `person_ref,outcome,at
C1,discharged,2021-09-10T06:30:00+07:00
C4,died,2021-09-09T20:00:00+07:00
C6,transferred_out,2021-09-09T06:30:00+07:00
`,
  // Contact window 14 days: at T edges from 27/8, at P from 26/8.
  exposures: `source_ref,contact_ref,exposed_on
C2,E1,2021-09-08
E1,E2,2021-09-08
C3,E3,2021-09-05
C1,E4,2021-08-26
C3,C4,2021-09-07
C4,E5,2021-09-07
`,
  facilities: `facility_code,name,kind,ward_code,beds
FB,Trường Trung cấp Luật,both,31340,20
FA,Trường Quân sự,quarantine,31321,80
FH,Bệnh viện tỉnh,treatment,31321,100
`,
  quarantine: `person_ref,kind,start_at,facility_code,end_at,end_reason,subject_group
E1,centralized,2021-09-08T07:00:00+07:00,FA,,,contact
E3,home,2021-09-05T10:00:00+07:00,,2021-09-10T06:30:00+07:00,completed,contact
E4,self_monitoring,2021-08-27T09:00:00+07:00,,2021-09-09T06:30:00+07:00,completed,contact
E5,home,2021-09-07T08:00:00+07:00,,,,contact
E5,centralized,2021-09-09T06:30:00+07:00,FB,,,contact
E2,centralized,2021-09-10T06:30:00+07:00,FA,,,outbreak_area
E6,home,2021-09-10T06:30:01+07:00,,,,abroad
E6,home,2021-08-01T09:00:00+07:00,,2021-08-15T09:00:00+07:00,completed,abroad
E7,self_monitoring,2021-09-09T12:00:00+07:00,,,,screened
E8,home,2021-09-06T09:00:00+07:00,,,,
`,
  samples: `sample_ref,person_ref,taken_at,method,pool_ref,result,result_at
S1,E1,2021-09-08T08:00:00+07:00,pcr,,negative,2021-09-09T06:30:00+07:00
S2,E3,2021-09-09T06:30:00+07:00,pcr,G1,,
S3,E5,2021-09-09T07:00:00+07:00,pcr,G1,,
S4,C2,2021-09-09T08:00:00+07:00,pcr,G2,,
S5,C2,2021-09-09T21:00:00+07:00,pcr,,positive,2021-09-10T06:30:01+07:00
S6,C4,2021-09-08T10:00:00+07:00,pcr,,positive,2021-09-09T06:00:00+07:00
S7,E8,2021-09-09T10:00:00+07:00,pcr,G3,,
S8,E7,2021-09-10T06:30:01+07:00,pcr,,,
S9,C1,2021-08-30T08:00:00+07:00,pcr,,negative,2021-08-31T08:00:00+07:00
`,
  pool_results: `pool_ref,result,result_at
G1,negative,2021-09-10T06:30:00+07:00
G2,positive,2021-09-09T20:00:00+07:00
G3,invalid,2021-09-09T18:00:00+07:00
`,
  vaccinations: `person_ref,dose_number,product,given_on
E1,1,astrazeneca,2021-07-01
E1,2,astrazeneca,2021-09-10
E2,1,pfizer,2021-09-10
E3,1,verocell,2021-08-01
E4,1,verocell,2021-08-01
E5,2,moderna,2021-08-15
E5,3,moderna,2021-09-11
E6,1,pfizer,2021-09-11
`,
  population: `ward_code,population,population_18plus
31321,1000,200
31340,500,100
`,
};

/** Loads the scenario through the importer. */
export async function loadScenario(db: TestDb): Promise<void> {
  for (const [kind, csv] of Object.entries(SCENARIO)) {
    const r = await importFile(db.db, db.ctx, kind, Readable.from([csv]));
    assert.deepEqual(r.rejected, [], kind);
  }
}
