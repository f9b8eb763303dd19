// Unit tests of the dashboard's logic (web/src/reports): figures with their change, cut-offs typed in Viet Nam time,
// the trend of positivity and occupancy, facility rows. Figures worked by hand from seed 001 (Kiên Giang, 10/9/2021).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dailyCutoffs, inputToCutoff, openingCutoff, toVnInput } from '../../web/src/reports/cutoff.ts';
import {
  facilityRows,
  figureText,
  figureValue,
  trendPoint,
  type DailyReport,
} from '../../web/src/reports/daily-report.ts';
import { formatDay, formatInstant } from '../../web/src/shared/format.ts';
import { figures, seed001 } from './fixtures.ts';
import { mapLimit } from '../../web/src/reports/use-daily-report.ts';

test('a figure reads "current (change)" in Vietnamese or English number format', () => {
  assert.equal(figureText(seed001, 'cases.total', 'vi'), '2.716 (+867)');
  assert.equal(figureText(seed001, 'cases.discharged', 'vi'), '981 (+79)');
  assert.equal(figureText(seed001, 'cases.died', 'vi'), '18 (+6)');
  assert.equal(figureText(seed001, 'cases.active', 'vi'), '1.793 (+722)');
  assert.equal(figureText(seed001, 'cases.total', 'en'), '2,716 (+867)');
  assert.equal(figureText(seed001, 'vaccination.coverage_dose1_18plus_pct', 'vi'), '18,86% (+0,5)');
  assert.equal(figureText(seed001, 'contacts.f1', 'vi'), '0 (0)');
  const fewer = { ...seed001, previous: figures({ cases: { new: 125 } }) };
  assert.equal(figureText(fewer, 'cases.new', 'vi'), '120 (\u22125)');
});

test('a missing or null figure shows a dash, never NaN', () => {
  const noPopulation = { ...seed001, current: figures({ coverage: null }) };
  assert.equal(figureText(noPopulation, 'vaccination.coverage_dose1_18plus_pct', 'vi'), '—');
  assert.equal(figureValue(seed001.current, 'cases.nothing'), null);
  assert.equal(figureValue(seed001.current, 'quarantine.current'), null); // an object is not a figure
  assert.equal(figureValue(seed001.current, 'quarantine.current.total'), 0);
});

test("cut-offs are typed in Viet Nam time whatever the computer's time zone", () => {
  assert.equal(toVnInput(new Date('2021-09-09T23:30:00Z')), '2021-09-10T06:30');
  assert.equal(inputToCutoff('2021-09-10T06:30'), '2021-09-10T06:30:00+07:00');
  assert.equal(new Date(inputToCutoff('2021-09-10T06:30')!).toISOString(), '2021-09-09T23:30:00.000Z');
  assert.equal(inputToCutoff('2021-13-01T00:00'), null);
  assert.equal(inputToCutoff(''), null);
  assert.deepEqual(dailyCutoffs('2021-09-10T06:30:00+07:00', 3), [
    '2021-09-08T06:30:00+07:00',
    '2021-09-09T06:30:00+07:00',
    '2021-09-10T06:30:00+07:00',
  ]);
  // Crossing a month end, just after midnight in Viet Nam (the previous day in UTC).
  assert.deepEqual(dailyCutoffs('2021-10-01T00:15:00+07:00', 2), [
    '2021-09-30T00:15:00+07:00',
    '2021-10-01T00:15:00+07:00',
  ]);
  assert.equal(formatInstant('2021-09-09T23:30:00Z', 'vi'), '06:30 10/09/2021');
  assert.equal(formatInstant('2021-09-09T23:30:00Z', 'en'), '10/09/2021, 06:30');
  assert.equal(formatDay('2021-09-30T17:15:00Z'), '01/10');
});

test('trend point: positivity of the results that arrived in the period, occupancy of the facilities', () => {
  const r: DailyReport = {
    ...seed001,
    current: figures({
      cases: { new: 7 },
      testing: { samples_taken_new: 40, negative: 100, positive: 10, invalid: 2 },
      by_facility: [
        { facility_code: 'A', current: 80, beds: 100 },
        { facility_code: 'B', current: 60, beds: 50 },
      ],
    }),
    previous: figures({ testing: { negative: 60, positive: 4, invalid: 2 } }),
  };
  // 46 results arrived (40 negative, 6 positive): 6/46 = 13,04 %; 140 persons in 150 beds = 93,33 %.
  assert.deepEqual(trendPoint(r), {
    as_of: r.as_of,
    newCases: 7,
    newSamples: 40,
    positivityPct: 13.04,
    occupancyPct: 93.33,
  });
  // No result in the period: positivity is unknown, not 0; no beds: occupancy unknown.
  const quiet = { ...seed001, current: figures(), previous: figures() };
  assert.deepEqual(trendPoint(quiet), {
    as_of: quiet.as_of,
    newCases: 0,
    newSamples: 0,
    positivityPct: null,
    occupancyPct: null,
  });
});

test('facility rows: free beds never below zero, occupancy over 100 % shown as it is, unknown beds unknown', () => {
  const rows = facilityRows(
    figures({
      by_facility: [
        { facility_code: 'A', current: 80, beds: 100 },
        { facility_code: 'B', current: 60, beds: 50 },
        { facility_code: 'C', current: 0, beds: 0 },
        { facility_code: 'D', current: 5, beds: null },
      ],
    }),
  );
  assert.deepEqual(
    rows.map((x) => [x.facility_code, x.free, x.occupancyPct]),
    [
      ['A', 20, 80],
      ['B', 0, 120],
      ['C', 0, null],
      ['D', null, null],
    ],
  );
});

test('trend requests run a few at a time and keep their order', async () => {
  let running = 0,
    most = 0;
  const out = await mapLimit([5, 1, 4, 2, 3], 2, async (ms) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, ms));
    running--;
    return ms * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30]);
  assert.equal(most, 2);
});

test("pages open at the last day with records when the records end before today's Viet Nam date", () => {
  const now = new Date('2026-12-07T10:00:00+07:00');
  // The last record at 23:59 of the day before (Viet Nam time): that day, at 23:59.
  assert.deepEqual(openingCutoff('2026-12-06T23:59:00+07:00', now), {
    input: '2026-12-06T23:59',
    dataEnded: '2026-12-06',
  });
  // 16:59 UTC is already 23:59 in Viet Nam: the day is the Vietnamese one, not the UTC one.
  assert.deepEqual(openingCutoff('2021-09-10T16:59:00Z', now), { input: '2021-09-10T23:59', dataEnded: '2021-09-10' });
  // A record at the first minute of today, or later, or none: now.
  assert.deepEqual(openingCutoff('2026-12-07T00:00:00+07:00', now), { input: '2026-12-07T10:00', dataEnded: null });
  assert.deepEqual(openingCutoff('2026-12-08T09:00:00+07:00', now), { input: '2026-12-07T10:00', dataEnded: null });
  assert.deepEqual(openingCutoff(null, now), { input: '2026-12-07T10:00', dataEnded: null });
});
