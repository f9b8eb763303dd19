// The generated province: deterministic, valid by the import rules, and referentially whole (no database needed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeDemo, type DemoSummary } from './generate.ts';
import { DEMO_FILES, DEMO_KINDS, csvLine, demoPath, type DemoKind } from './files.ts';
import { Calendar } from './calendar.ts';
import { normalizePhone, parseIdNumber } from '../shared/text.ts';
import { parseDate, parseInstant } from '../shared/time.ts';
import { provinceCodes2024, provinceUnits } from '../geo/reference.ts';

const root = mkdtempSync(join(tmpdir(), 'phongdich-demo-test-'));
const dirA = join(root, 'a'),
  dirB = join(root, 'b'),
  dirC = join(root, 'c');
let summary: DemoSummary;
const rows = {} as Record<DemoKind, Record<string, string>[]>;

before(() => {
  summary = writeDemo(dirA, { people: 6000, seed: 11 });
  for (const kind of DEMO_KINDS) rows[kind] = parse(readFileSync(demoPath(dirA, kind)), { columns: true });
});
after(() => rmSync(root, { recursive: true, force: true }));

test('same seed → the same bytes in every file; another seed → another province', () => {
  writeDemo(dirB, { people: 6000, seed: 11 });
  writeDemo(dirC, { people: 6000, seed: 12 });
  for (const kind of DEMO_KINDS) {
    assert.ok(
      readFileSync(demoPath(dirA, kind)).equals(readFileSync(demoPath(dirB, kind))),
      `${kind} differs between two runs`,
    );
  }
  assert.ok(!readFileSync(demoPath(dirA, 'persons')).equals(readFileSync(demoPath(dirC, 'persons'))));
});

test('headers are the contract columns and the summary counts the rows', () => {
  for (const kind of DEMO_KINDS) {
    const header = readFileSync(demoPath(dirA, kind), 'utf8').split('\n')[0];
    assert.equal(header, DEMO_FILES[kind].join(','), kind);
    assert.equal(summary.rows[kind], rows[kind].length, kind);
  }
  assert.equal(rows.persons.length, 6000);
  // A wave with every kind of record in it.
  for (const kind of [
    'cases',
    'outcomes',
    'exposures',
    'quarantine',
    'samples',
    'pool_results',
    'vaccinations',
    'care',
    'severity',
  ] as const) {
    assert.ok(rows[kind].length > 0, `no ${kind}`);
  }
});

test('every CCCD/CMND and phone passes the import validation; names are NFC Vietnamese', () => {
  const provinces = provinceCodes2024();
  let cccd = 0,
    phones = 0,
    diacritics = 0;
  for (const p of rows.persons) {
    assert.equal(p.full_name, p.full_name.normalize('NFC'));
    assert.match(p.full_name, /^\S+( \S+){2,3}$/);
    if (/[^ -~]/.test(p.full_name)) diacritics++;
    const year = Number(p.birth_year || parseDate(p.birth_date)!.slice(0, 4));
    assert.ok(year >= 1900 && year <= 2021, `birth year ${year}`);
    if (p.birth_date) assert.ok(parseDate(p.birth_date), p.birth_date);
    if (p.id_number) {
      const id = parseIdNumber(p.id_number, 'VN', provinces);
      assert.equal(typeof id, 'object', `${p.id_number} rejected: ${String(id)}`);
      if (typeof id === 'object' && id.kind === 'cccd') {
        cccd++;
        assert.equal(id.birthYear, year, `${p.id_number} vs ${year}`);
        assert.equal(id.sex, { M: 'M', F: 'F', nam: 'M', nữ: 'F' }[p.sex]);
      }
    }
    if (p.phone) {
      phones++;
      assert.ok(normalizePhone(p.phone), `phone ${p.phone}`);
    }
  }
  const ids = rows.persons.map((p) => p.id_number).filter(Boolean);
  assert.equal(new Set(ids).size, ids.length, 'ID numbers are unique');
  assert.ok(
    cccd > 3000 && phones > 3000 && diacritics > 5000,
    `${cccd} CCCD, ${phones} phones, ${diacritics} with diacritics`,
  );
});

test('every reference resolves: persons, facilities, pools, wards; keys are unique per kind', () => {
  const persons = new Set(rows.persons.map((p) => p.person_ref));
  const refs: [DemoKind, string][] = [
    ['cases', 'person_ref'],
    ['outcomes', 'person_ref'],
    ['exposures', 'source_ref'],
    ['exposures', 'contact_ref'],
    ['quarantine', 'person_ref'],
    ['samples', 'person_ref'],
    ['vaccinations', 'person_ref'],
  ];
  for (const [kind, col] of refs)
    for (const r of rows[kind]) assert.ok(persons.has(r[col]), `${kind}.${col} ${r[col]}`);

  const cases = new Set(rows.cases.map((c) => c.person_ref));
  for (const o of rows.outcomes) assert.ok(cases.has(o.person_ref), `outcome of a non-case ${o.person_ref}`);
  const facilities = new Map(rows.facilities.map((f) => [f.facility_code, f.kind]));
  for (const q of rows.quarantine) {
    if (q.kind === 'centralized')
      assert.match(facilities.get(q.facility_code) ?? '', /^(quarantine|both)$/, q.facility_code);
    else assert.equal(q.facility_code, '');
  }
  // Treatment: cases only, at treatment facilities (or home, without one).
  for (const kind of ['care', 'severity'] as const)
    for (const r of rows[kind]) assert.ok(cases.has(r.person_ref), `${kind} of a non-case ${r.person_ref}`);
  for (const c of rows.care) {
    if (c.setting === 'facility')
      assert.match(facilities.get(c.facility_code) ?? '', /^(treatment|both)$/, c.facility_code);
    else assert.equal(c.facility_code, '');
  }
  const pools = new Set(rows.samples.map((s) => s.pool_ref).filter(Boolean));
  for (const p of rows.pool_results) assert.ok(pools.has(p.pool_ref), p.pool_ref);
  const wards = new Set(
    provinceUnits('93', '2024')!
      .units.filter((u) => u.level === 'ward' && u.geography === '2024')
      .map((u) => u.code),
  );
  for (const kind of ['persons', 'facilities', 'population', 'hamlets'] as const) {
    for (const r of rows[kind]) assert.ok(wards.has(r.ward_code), `${kind} ward ${r.ward_code}`);
  }

  const keys: Record<DemoKind, string[]> = {
    population: ['ward_code'],
    hamlets: ['ward_code', 'name'],
    persons: ['person_ref'],
    facilities: ['facility_code'],
    cases: ['person_ref'],
    outcomes: ['person_ref', 'outcome'],
    exposures: ['source_ref', 'contact_ref', 'exposed_on'],
    quarantine: ['person_ref', 'start_at'],
    samples: ['sample_ref'],
    pool_results: ['pool_ref'],
    vaccinations: ['person_ref', 'dose_number'],
    zoning_decisions: ['unit_code', 'from_date'],
    measures: ['unit_code', 'measure', 'from_date'],
    care: ['person_ref', 'start_at'],
    severity: ['person_ref', 'observed_at'],
  };
  for (const kind of DEMO_KINDS) {
    const seen = new Set(rows[kind].map((r) => keys[kind].map((k) => r[k]).join('|')));
    assert.equal(seen.size, rows[kind].length, `duplicate ${kind} keys`);
  }
});

test('times are consistent: results after sampling, episodes end after they start, nothing after the export', () => {
  const asOf = parseInstant(summary.as_of)!;
  const at = (s: string) => parseInstant(s)!;
  for (const s of rows.samples) {
    assert.ok(at(s.taken_at) < asOf);
    if (s.result) assert.ok(at(s.result_at) >= at(s.taken_at) && at(s.result_at) < asOf, s.sample_ref);
    else assert.equal(s.result_at, '');
  }
  for (const q of rows.quarantine) {
    if (q.end_at)
      assert.ok(at(q.end_at) > at(q.start_at) && at(q.end_at) < asOf && q.end_reason, `${q.person_ref} ${q.start_at}`);
    else assert.equal(q.end_reason, '');
  }
  // Care: a case's episodes follow one another (a transfer ends one as the next starts), after the confirmation.
  const confirmedAt = new Map(rows.cases.map((c) => [c.person_ref, at(c.confirmed_at)]));
  let prev: Record<string, string> | undefined;
  for (const c of rows.care) {
    assert.ok(
      at(c.start_at) > confirmedAt.get(c.person_ref)! && at(c.start_at) < asOf,
      `${c.person_ref} ${c.start_at}`,
    );
    if (c.end_at) assert.ok(at(c.end_at) > at(c.start_at) && at(c.end_at) < asOf && c.end_reason, c.person_ref);
    else assert.equal(c.end_reason, '');
    if (prev?.person_ref === c.person_ref)
      assert.ok(prev.end_reason === 'transferred' && prev.end_at === c.start_at, `${c.person_ref} overlaps`);
    prev = c;
  }
  for (const o of rows.severity) assert.ok(at(o.observed_at) < asOf, `${o.person_ref} ${o.observed_at}`);
  // A case is confirmed by a positive PCR whose result is its confirmation time.
  const positives = new Map(
    rows.samples
      .filter((s) => s.method === 'pcr' && s.result === 'positive')
      .map((s) => [s.person_ref + ' ' + s.result_at, s]),
  );
  for (const c of rows.cases)
    assert.ok(positives.has(c.person_ref + ' ' + c.confirmed_at), `case ${c.person_ref} without its PCR`);
  // Population: the generated registry itself, ward by ward.
  assert.equal(
    rows.population.reduce((a, p) => a + Number(p.population), 0),
    6000,
  );
  const adults = rows.persons.filter(
    (p) => Number(p.birth_year || parseDate(p.birth_date)!.slice(0, 4)) <= 2003,
  ).length;
  assert.equal(
    rows.population.reduce((a, p) => a + Number(p.population_18plus), 0),
    adults,
  );
  // aged 50+ in 2021: born in 1971 or before
  const over50 = rows.persons.filter(
    (p) => Number(p.birth_year || parseDate(p.birth_date)!.slice(0, 4)) <= 1971,
  ).length;
  assert.equal(
    rows.population.reduce((a, p) => a + Number(p.population_50plus), 0),
    over50,
  );
  // Zoning: the seat's district (the first by code, 930) red from day 30 (2021-07-15) to day 60 (2021-08-14) under
  // Chỉ thị 16; its first ward locked down days 35–48 (2021-07-20 – 2021-08-02).
  assert.deepEqual(
    rows.zoning_decisions.filter((r) => r.unit_code === '930').map((r) => [r.level, r.from_date, r.to_date]),
    [
      ['4', '2021-07-15', '2021-08-14'],
      ['3', '2021-08-15', '2021-08-29'],
    ],
  );
  const lockdown = rows.measures.find((r) => r.measure === 'lockdown')!;
  assert.deepEqual([lockdown.from_date, lockdown.to_date], ['2021-07-20', '2021-08-02']);
  assert.ok(
    rows.population.some((p) => p.ward_code === lockdown.unit_code),
    lockdown.unit_code,
  );
});

test('calendar and CSV lines, worked by hand', () => {
  const cal = new Calendar('2021-06-15', 120);
  assert.equal(cal.date(0), '2021-06-15');
  assert.equal(cal.date(17), '2021-07-02');
  assert.equal(cal.date(-99), '2021-03-08');
  assert.equal(cal.instant(2 * 1440 + 8 * 60 + 5), '2021-06-17 08:05');
  assert.equal(cal.instant(120 * 1440), null); // the export instant itself is not in the data
  assert.equal(cal.dayOf('2021-10-01'), 108);
  assert.equal(csvLine(['a,b', 'x"y', null, 3, 'Ấp 1']), '"a,b","x""y",,3,Ấp 1\n');
});
