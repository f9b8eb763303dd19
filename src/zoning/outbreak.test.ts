// zoning_outbreak (src/zoning/outbreak.sql), the one-ward, one-day judgement entry control asks for every declaration
// from inside the province, agrees with zoning_levels (levels.sql) and the measures in force: on generated records
// (cases, population, doses, decisions, measures) over days of an "assessed" period and of two rate × coverage rule
// sets, for every ward of three districts and for the districts given alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load } from '../test/import.ts';
import { putRuleSet } from '../rules/service.ts';
import { nationalRuleSets } from '../rules/national.ts';
import { createZoningDecision, createZoningMeasure } from './service.ts';

let t: TestDb;
const DISTRICTS = ['930', '931', '932'];
let wardsOf: Map<string, string[]>;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));
const ASSESSED_DAYS = days('2021-09-01', 3);
const MATRIX_DAYS = days('2022-03-06', 9); // the second rule set starts on 12/3

before(async () => {
  t = await testDb('93');
  const base = nationalRuleSets().at(-1)!.rules;
  const zoning = {
    method: 'rate_matrix' as const,
    window_days: 7,
    rate_bands: [20, 50, 150],
    coverage: { dose1_18plus_pct: 70, full_50plus_pct: 80, full_doses: 2 },
    zero_level: 1,
  };
  // Level 4 only in the top band with coverage not met; then a matrix where coverage decides nothing in bands 2–3.
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2022-03-01',
    name: 'Thử 1',
    basis: null,
    rules: { ...base, zoning: { ...zoning, levels: { met: [1, 1, 2, 3], not_met: [1, 2, 3, 4] } } },
  });
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2022-03-12',
    name: 'Thử 2',
    basis: null,
    rules: { ...base, zoning: { ...zoning, window_days: 5, levels: { met: [1, 2, 4, 4], not_met: [2, 3, 4, 4] } } },
  });
  const units = await t.db.query<{ code: string; parent_code: string }>(
    `SELECT code, parent_code FROM admin_units WHERE province_code = '93' AND geography = '2024' AND level = 'ward'
        AND parent_code = ANY($1) ORDER BY code`,
    [DISTRICTS],
  );
  wardsOf = new Map(DISTRICTS.map((d) => [d, units.filter((u) => u.parent_code === d).map((u) => u.code)]));
  const r = rng(20);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const pop: string[] = [];
  const persons: string[] = [];
  const doses: string[] = [];
  const cases: string[] = [];
  let n = 0;
  for (const [d, wards] of wardsOf)
    for (const [i, w] of wards.entries()) {
      // Small adult denominators, so that a dozen persons decide the coverage either way; one ward of 930 has no
      // population at all, one no 50+ figure.
      if (!(d === '930' && i === 8))
        pop.push(
          `${w},${d === '930' ? 1000 + Math.floor(r() * 2000) : 300 + Math.floor(r() * 400)},10,${i === 2 ? '' : 4}`,
        );
      for (let k = 0; k < 12; k++) {
        const ref = `P${++n}`;
        persons.push(`${ref},Người ${n},${pick([1950, 1960, 1970, 1985, 2000, 2004, 2005])},${w}`);
        if (r() < 0.7) {
          const d1 = days('2021-12-01', 120)[Math.floor(r() * 110)];
          doses.push(`${ref},1,pfizer,${d1}`);
          if (r() < 0.8) doses.push(`${ref},2,pfizer,${days(d1, 40)[21 + Math.floor(r() * 10)]}`);
        }
        if (r() < 0.22) {
          const day = pick([...days('2021-08-25', 10), ...days('2022-02-26', 18)]);
          const hh = pick(['00:00:00', '08:30:00', '23:59:59']);
          cases.push(`${ref},${day}T${hh}+07:00,${r() < 0.85 ? 'community' : 'quarantine'}`);
        }
      }
    }
  await load(t, 'population', `ward_code,population,population_18plus,population_50plus\n${pop.join('\n')}\n`);
  await load(t, 'persons', `person_ref,full_name,birth_year,ward_code\n${persons.join('\n')}\n`);
  await load(t, 'vaccinations', `person_ref,dose_number,product,given_on\n${doses.join('\n')}\n`);
  await load(t, 'cases', `person_ref,confirmed_at,detected_in\n${cases.join('\n')}\n`);

  const w = (d: string, i: number) => wardsOf.get(d)![i];
  const decide = (unit_code: string, level: number, from_date: string, to_date: string | null) =>
    createZoningDecision(t.db, t.ctx, {
      unit_code,
      level,
      from_date,
      to_date,
      decision_number: `${unit_code}/${from_date}`,
      reason: null,
    });
  // Assessed period: a ward at 4 from 2/9; district 932 decided 3 although a ward of it is 4; a ward of 931 at 4
  // lifts 931 to 4 (no decision of its own).
  await decide(w('930', 4), 4, '2021-09-02', null);
  await decide('932', 3, '2021-09-01', '2021-12-31');
  await decide(w('932', 0), 4, '2021-09-01', '2021-12-31');
  await decide(w('931', 1), 4, '2021-09-01', '2021-09-02');
  // Rate × coverage period: decisions over the computed level, both ways, with ends inside the days.
  await decide(w('930', 1), 4, '2022-03-07', '2022-03-09');
  await decide(w('930', 2), 3, '2022-03-05', null);
  await decide(w('931', 0), 2, '2022-03-01', null);
  await decide('931', 4, '2022-03-11', '2022-03-12');
  await decide('932', 1, '2022-03-06', '2022-03-08');
  const measure = (unit_code: string, m: 'lockdown' | 'ct16', from_date: string, to_date: string | null) =>
    createZoningMeasure(t.db, t.ctx, {
      unit_code,
      measure: m,
      from_date,
      to_date,
      decision_number: `M-${unit_code}`,
      note: null,
    });
  await measure(w('930', 3), 'lockdown', '2022-03-08', '2022-03-10');
  await measure('932', 'lockdown', '2022-03-13', '2022-03-13');
  await measure('931', 'ct16', '2022-03-01', null);
  await measure('93', 'lockdown', '2021-09-03', '2021-09-03');
});
after(async () => {
  await t.close();
});

interface Judged {
  unit: string;
  level: number | null;
  measure: string | null;
  decision: string | null;
}
const fmt = (j: Judged | undefined) =>
  j ? `${j.unit} ${j.level ?? '-'} ${j.measure ?? '-'} ${j.decision ?? '-'}` : 'no';

/** What zoning_levels and the measures say, in the order zoning_outbreak picks. */
async function expected(day: string) {
  const levels = await t.db.query<{
    unit_code: string;
    level: number | null;
    decision_number: string | null;
    decision_from: string | null;
  }>(`SELECT unit_code, level, decision_number, decision_from FROM zoning_levels('93', $1::date, $1::date)`, [day]);
  const lockdowns = await t.db.query<{ unit_code: string; decision_number: string | null }>(
    `SELECT unit_code, decision_number FROM zoning_measures WHERE province_code = '93' AND measure = 'lockdown'
        AND from_date <= $1::date AND (to_date IS NULL OR to_date >= $1::date)`,
    [day],
  );
  const lv = new Map(levels.map((l) => [l.unit_code, l]));
  return (ward: string | null, district: string): Judged | undefined => {
    for (const u of [ward, district, '93']) {
      const m = u && lockdowns.find((x) => x.unit_code === u);
      if (m) return { unit: u, level: null, measure: 'lockdown', decision: m.decision_number };
    }
    const four = (u: string | null, decided: boolean) => {
      const l = u ? lv.get(u) : undefined;
      return l && l.level === 4 && !!l.decision_from === decided
        ? { unit: u!, level: 4, measure: null, decision: decided ? l.decision_number : null }
        : undefined;
    };
    return four(ward, true) ?? four(district, true) ?? four(ward, false) ?? four(district, false);
  };
}

test(`[${engineName}] the judgement of one ward (or district) on one day is what zoning_levels and the measures say`, async () => {
  const reasons = new Map<string, number>();
  let checked = 0;
  for (const day of [...ASSESSED_DAYS, ...MATRIX_DAYS]) {
    const want = await expected(day);
    for (const [d, wards] of wardsOf)
      for (const ward of [...wards, null]) {
        const [got] = await t.db.query<Judged>(
          `SELECT judged_unit AS unit, judged_level AS level, judged_measure AS measure, judged_decision AS decision
             FROM zoning_outbreak('93', $1::date, $2, $3)`,
          [day, d, ward],
        );
        const w = want(ward, d);
        assert.equal(fmt(got), fmt(w), `${day} ward ${ward ?? '-'} district ${d}`);
        const why = !w
          ? 'no'
          : w.measure
            ? `lockdown ${w.unit.length}`
            : `${w.decision ? 'decided' : 'computed'} ${w.unit.length}`;
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
        checked++;
      }
  }
  assert.equal(checked, 12 * 28);
  // Every way of being (or not being) an outbreak area occurs (a ward's code has 5 digits, a district's 3).
  for (const why of [
    'no',
    'lockdown 5',
    'lockdown 3',
    'lockdown 2',
    'decided 5',
    'decided 3',
    'computed 5',
    'computed 3',
  ])
    assert.ok((reasons.get(why) ?? 0) > 0, `${why}: ${JSON.stringify([...reasons])}`);
});

test(`[${engineName}] a unit outside the province's geography or list is not judged: only a province-wide lockdown`, async () => {
  const q = (day: string, district: string | null, ward: string | null) =>
    t.db.query(`SELECT judged_unit FROM zoning_outbreak('93', $1::date, $2, $3)`, [day, district, ward]);
  // Phúc Xá (Hà Nội) given as a ward, nothing as the district: only the province's own lockdown of 3/9 applies.
  assert.deepEqual(await q('2021-09-02', null, '00001'), []);
  assert.deepEqual(await q('2021-09-03', null, '00001'), [{ judged_unit: '93' }]);
  assert.deepEqual(await q('2021-09-03', null, null), [{ judged_unit: '93' }]);
});
