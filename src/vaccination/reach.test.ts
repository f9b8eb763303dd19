// vaccination_reach (migration 0012) is derived: after every kind of write that touches doses or the persons
// they belong to (an import, a correction, a removal, a new birth year or ward, a merge) it must equal the
// same figures worked out from the doses themselves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { mergePersons, updatePerson } from '../people/service.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);
before(async () => {
  t = await testDb();
  await load(
    'persons',
    'person_ref,full_name,birth_year,ward_code\nV1,Một,1980,31321\nV2,Hai,2005,31321\nV3,Ba,1990,31340\nV4,Bốn,,31318\n',
  );
});
after(async () => {
  await t.close();
});

type Reach = Record<string, [string, string | null, string | null, number | null, string | null]>;
const stored = async (): Promise<Reach> =>
  Object.fromEntries(
    (
      await t.db.query<{
        ref: string;
        r1: string;
        r2: string | null;
        r3: string | null;
        y: number | null;
        w: string | null;
      }>(
        `SELECT p.person_ref AS ref, r.reach1::text AS r1, r.reach2::text AS r2, r.reach3::text AS r3, r.birth_year AS y, r.ward_code AS w
     FROM vaccination_reach r JOIN persons p USING (province_code, person_id) WHERE r.province_code = $1`,
        [t.ctx.province],
      )
    ).map((r) => [r.ref, [r.r1, r.r2, r.r3, r.y, r.w]]),
  );
/** The same from the doses: the first day with a dose numbered at least 1, 2, 3. */
const fromDoses = async (): Promise<Reach> =>
  Object.fromEntries(
    (
      await t.db.query<{
        ref: string;
        r1: string;
        r2: string | null;
        r3: string | null;
        y: number | null;
        w: string | null;
      }>(
        `SELECT p.person_ref AS ref, min(v.given_on)::text AS r1, min(v.given_on) FILTER (WHERE v.dose_number >= 2)::text AS r2,
          min(v.given_on) FILTER (WHERE v.dose_number >= 3)::text AS r3, p.birth_year AS y, p.ward_code AS w
     FROM vaccinations v JOIN persons p USING (province_code, person_id) WHERE v.province_code = $1
    GROUP BY p.person_ref, p.birth_year, p.ward_code`,
        [t.ctx.province],
      )
    ).map((r) => [r.ref, [r.r1, r.r2, r.r3, r.y, r.w]]),
  );

test(`[${engineName}] vaccination_reach follows imports, corrections, removals, person edits and merges`, async () => {
  const check = async (what: string, expected?: Reach) => {
    const got = await stored();
    assert.deepEqual(got, await fromDoses(), what);
    if (expected) assert.deepEqual(got, expected, `${what} (worked by hand)`);
  };
  await load(
    'vaccinations',
    `person_ref,dose_number,product,given_on
V1,1,astrazeneca,2021-07-01
V1,2,astrazeneca,2021-09-20
V2,2,pfizer,2021-08-15
V3,1,verocell,2021-08-01
`,
  );
  // V2 has only a second dose recorded: "a dose of at least 1" is reached with it.
  await check('imported', {
    V1: ['2021-07-01', '2021-09-20', null, 1980, '31321'],
    V2: ['2021-08-15', '2021-08-15', null, 2005, '31321'],
    V3: ['2021-08-01', null, null, 1990, '31340'],
  });
  await t.db.query(`UPDATE vaccinations SET given_on = '2021-06-20' FROM persons p
    WHERE p.province_code = vaccinations.province_code AND p.person_id = vaccinations.person_id AND p.person_ref = 'V1' AND dose_number = 1`);
  await load(
    'vaccinations',
    'person_ref,dose_number,product,given_on\nV1,3,pfizer,2022-01-10\nV4,1,pfizer,2021-10-01\n',
  );
  await check('corrected and a booster', undefined);
  assert.deepEqual((await stored()).V1, ['2021-06-20', '2021-09-20', '2022-01-10', 1980, '31321']);
  await t.db.query(`DELETE FROM vaccinations USING persons p
    WHERE p.province_code = vaccinations.province_code AND p.person_id = vaccinations.person_id AND p.person_ref = 'V3'`);
  await check('removed');
  assert.equal((await stored()).V3, undefined, 'no dose left, no row');
  await updatePerson(t.db, t.ctx, 'V4', { birth_year: 1975, ward_code: '31340' });
  await check('person edited');
  assert.deepEqual((await stored()).V4, ['2021-10-01', null, null, 1975, '31340']);
  // V3 (no dose now) and V2 are one person: V2's doses move to V3 with V3's birth year.
  await mergePersons(t.db, t.ctx, 'V3', 'V2', 'cùng một người');
  await check('merged');
  assert.deepEqual((await stored()).V3, ['2021-08-15', '2021-08-15', null, 1990, '31340']);
  assert.equal((await stored()).V2, undefined);
});
