// vaccination_reach (migration 0012) is derived: after every kind of write that touches doses or the persons
// they belong to (an import, a correction, a removal, a new birth year or ward, a merge) it must equal the
// same figures worked out from the doses themselves. So must the coverage counts kept from it for zoning
// (coverage_days and coverage_years, migration 0020), worked out here from vaccination_reach's rows.
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
    'person_ref,full_name,birth_year,ward_code\nV1,Một,1980,31321\nV2,Hai,2005,31321\nV3,Ba,1990,31340\nV4,Bốn,,31318\nV5,Năm,1960,31318\nV6,Sáu,1972,31324\n',
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

/** The coverage counts as stored: coverage_days "ward dose day" → [n18, n50], coverage_years "ward dose year birth" → n. */
const counted = async () => ({
  days: Object.fromEntries(
    (
      await t.db.query<{ k: string; n18: number; n50: number }>(
        `SELECT concat_ws(' ', ward_code, dose, reached_on) AS k, n18, n50 FROM coverage_days WHERE province_code = $1`,
        [t.ctx.province],
      )
    ).map((r) => [r.k, [r.n18, r.n50]]),
  ),
  years: Object.fromEntries(
    (
      await t.db.query<{ k: string; n: number }>(
        `SELECT concat_ws(' ', ward_code, dose, reach_year, birth_year) AS k, n FROM coverage_years WHERE province_code = $1`,
        [t.ctx.province],
      )
    ).map((r) => [r.k, r.n]),
  ),
});
/** The same from scratch, from vaccination_reach's rows: ages by the year of the reach day; no ward or year, not counted. */
const countedFromReach = async () => {
  const rows = await t.db.query<{
    r1: string;
    r2: string | null;
    r3: string | null;
    y: number | null;
    w: string | null;
  }>(
    `SELECT reach1::text AS r1, reach2::text AS r2, reach3::text AS r3, birth_year AS y, ward_code AS w
       FROM vaccination_reach WHERE province_code = $1`,
    [t.ctx.province],
  );
  const days: Record<string, [number, number]> = {},
    years: Record<string, number> = {};
  for (const r of rows) {
    if (r.w === null || r.y === null) continue;
    for (const [dose, day] of [r.r1, r.r2, r.r3].entries()) {
      if (day === null) continue;
      const year = Number(day.slice(0, 4));
      const y = `${r.w} ${dose + 1} ${year} ${r.y}`;
      years[y] = (years[y] ?? 0) + 1;
      if (year - r.y < 18) continue;
      const d = (days[`${r.w} ${dose + 1} ${day}`] ??= [0, 0]);
      d[0] += 1;
      if (year - r.y >= 50) d[1] += 1;
    }
  }
  return { days, years };
};

test(`[${engineName}] vaccination_reach and the coverage counts follow imports, corrections, removals, person edits and merges`, async () => {
  const check = async (what: string, expected?: Reach) => {
    const got = await stored();
    assert.deepEqual(got, await fromDoses(), what);
    if (expected) assert.deepEqual(got, expected, `${what} (worked by hand)`);
    assert.deepEqual(await counted(), await countedFromReach(), `${what}: coverage counts`);
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
  // V2 is 16 in 2021: in the years (for 2023 on) but not among the 18+ of a day of 2021.
  assert.deepEqual(await counted(), {
    days: {
      '31321 1 2021-07-01': [1, 0],
      '31321 2 2021-09-20': [1, 0],
      '31340 1 2021-08-01': [1, 0],
    },
    years: {
      '31321 1 2021 1980': 1,
      '31321 2 2021 1980': 1,
      '31321 1 2021 2005': 1,
      '31321 2 2021 2005': 1,
      '31340 1 2021 1990': 1,
    },
  });
  await t.db.query(`UPDATE vaccinations SET given_on = '2021-06-20' FROM persons p
    WHERE p.province_code = vaccinations.province_code AND p.person_id = vaccinations.person_id AND p.person_ref = 'V1' AND dose_number = 1`);
  await load(
    'vaccinations',
    `person_ref,dose_number,product,given_on
V1,3,pfizer,2022-01-10
V4,1,pfizer,2021-10-01
V5,1,pfizer,2021-10-01
V5,2,pfizer,2021-10-01
V6,1,pfizer,2021-12-31
V6,2,pfizer,2022-01-21
`,
  );
  await check('corrected and a booster', undefined);
  assert.deepEqual((await stored()).V1, ['2021-06-20', '2021-09-20', '2022-01-10', 1980, '31321']);
  // V1's first dose moved to 20/6; V4 has no birth year: not counted; V5 (61) with two doses on one day; V6 is 49
  // on 31/12/2021 and 50 on its second dose in 2022.
  const c = await counted();
  assert.equal(c.days['31321 1 2021-07-01'], undefined, 'the corrected day has no row left');
  assert.deepEqual(
    [c.days['31321 1 2021-06-20'], c.days['31321 3 2022-01-10'], c.days['31318 2 2021-10-01']],
    [
      [1, 0],
      [1, 0],
      [1, 1],
    ],
  );
  assert.deepEqual(
    [c.days['31324 1 2021-12-31'], c.days['31324 2 2022-01-21']],
    [
      [1, 0],
      [1, 1],
    ],
  );
  assert.equal(Object.keys(c.days).filter((k) => k.startsWith('31318')).length, 2, 'V4 (no birth year) not counted');
  // One dose of V5 removed: dose 2 is reached no more, dose 1 still.
  await t.db.query(`DELETE FROM vaccinations USING persons p
    WHERE p.province_code = vaccinations.province_code AND p.person_id = vaccinations.person_id AND p.person_ref = 'V5'
      AND dose_number = 2`);
  await check('one dose removed');
  const { days } = await counted();
  assert.deepEqual([days['31318 1 2021-10-01'], days['31318 2 2021-10-01']], [[1, 1], undefined]);
  // V1 born 2004 (17 in 2021, 18 in 2022) in another ward; V6 without a ward (not counted); V6 back in 31324.
  await updatePerson(t.db, t.ctx, 'V1', { birth_year: 2004, ward_code: '31340' });
  await check('birth year and ward changed');
  assert.deepEqual(
    Object.entries((await counted()).days)
      .filter(([k]) => k.startsWith('31340'))
      .sort(),
    [
      ['31340 1 2021-08-01', [1, 0]],
      ['31340 3 2022-01-10', [1, 0]],
    ],
  );
  await t.db.query(`UPDATE persons SET ward_code = NULL WHERE province_code = $1 AND person_ref = 'V6'`, [
    t.ctx.province,
  ]);
  await check('ward removed');
  assert.equal(Object.keys((await counted()).years).filter((k) => k.startsWith('31324')).length, 0);
  await t.db.query(`UPDATE persons SET ward_code = '31324' WHERE province_code = $1 AND person_ref = 'V6'`, [
    t.ctx.province,
  ]);
  await check('ward set again');
  await updatePerson(t.db, t.ctx, 'V1', { birth_year: 1980, ward_code: '31321' });
  await check('birth year and ward changed back');
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
  // Every dose removed at once: every count falls to zero, no row is left.
  await t.db.query('DELETE FROM vaccinations WHERE province_code = $1', [t.ctx.province]);
  await check('all removed', {});
  assert.deepEqual(await counted(), { days: {}, years: {} });
});
