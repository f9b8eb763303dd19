// Screening rounds: who is sampled and positive in a round and per ward, by hand on a small town, then seed 001's
// round 1 at full size (522,574 sampled, 233 positive, 0,044%).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { addHamlet } from '../geo/service.ts';
import { putRound, roundReport, listRounds } from './screening.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);
const T = new Date('2021-09-01T00:00:00+07:00');

before(async () => {
  t = await testDb();
});
after(async () => {
  await t.close();
});

test(`[${engineName}] a round counts persons of its wards/hamlets sampled between its dates; positivity per round and ward`, async () => {
  await addHamlet(t.db, t.ctx, { ward_code: '31324', name: 'Ấp Tân Phú' });
  await load(
    'persons',
    'person_ref,full_name,ward_code,hamlet\n' +
      'A1,A1,31321,\nA2,A2,31321,\nA3,A3,31321,\nA4,A4,31321,\n' + // ward 31321, whole ward in the round
      'B1,B1,31324,ấp tân phú\nB2,B2,31324,Ấp Tân Phú\nB3,B3,31324,Ấp Khác\n' + // 31324: only hamlet Tân Phú
      'C1,C1,31340,\n',
  ); // 31340: not in the round
  await load(
    'samples',
    'sample_ref,person_ref,taken_at,method,pool_ref,result,result_at\n' +
      'a1,A1,2021-08-20 08:00,pcr,G1,,\n' + // pool G1 positive → A1's re-sample positive
      'a2,A2,2021-08-20 08:00,pcr,G1,,\n' + //                   → A2's re-sample negative
      'a1r,A1,2021-08-21 08:00,pcr,,positive,2021-08-21 20:00\n' +
      'a2r,A2,2021-08-21 08:00,pcr,,negative,2021-08-21 20:00\n' +
      'a3,A3,2021-08-22 23:59,rapid_antigen,,negative,2021-08-23 00:10\n' +
      'a4,A4,2021-08-23 00:00,pcr,,positive,2021-08-23 12:00\n' + // the day after the round: not in it
      'b1,B1,2021-08-20 10:00,pcr,,positive,2021-08-20 20:00\n' +
      'b1x,B1,2021-08-21 10:00,pcr,,negative,2021-08-21 20:00\n' + // a second sample: B1 counts once
      'b2,B2,2021-08-20 10:00,pcr,,,\n' +
      'b3,B3,2021-08-20 10:00,pcr,,positive,2021-08-20 20:00\n' + // another hamlet
      'c1,C1,2021-08-20 10:00,pcr,,positive,2021-08-20 20:00\n',
  ); // another ward
  await load('pool_results', 'pool_ref,result,result_at\nG1,positive,2021-08-20 20:00\n');
  await putRound(t.db, t.ctx, 'KH162-1', {
    campaign: 'KH 162/KH-UBND',
    round_no: 1,
    starts_on: '2021-08-20',
    ends_on: '2021-08-22',
    target_population: 12,
    areas: [{ ward_code: '31321' }, { ward_code: '31324', hamlet: 'ấp tân phú' }],
  });

  // Sampled: A1, A2, A3 (31321), B1, B2 (31324) = 5; positive: A1 (by re-sample), B1 = 2 → 40 %.
  const r = await roundReport(t.db, t.ctx, 'KH162-1', T);
  assert.deepEqual([r.sampled, r.samples, r.positive, r.positivity_pct, r.coverage_pct], [5, 8, 2, 40, 41.67]);
  assert.deepEqual(
    r.by_ward.map((w) => [w.ward_code, w.sampled, w.positive, w.positivity_pct]),
    [
      ['31321', 3, 1, 33.333],
      ['31324', 2, 1, 50],
    ],
  );
  assert.deepEqual((r as Record<string, unknown>).areas, [
    { ward_code: '31321', hamlet: null },
    { ward_code: '31324', hamlet: 'Ấp Tân Phú' },
  ]);
  const listed = await listRounds(t.db, t.ctx, T);
  assert.deepEqual(
    listed.map((x) => [x.round_code, x.sampled, x.positive, x.positivity_pct]),
    [['KH162-1', 5, 2, 40]],
  );
  // As known at 2021-08-21 12:00: A3 not sampled yet, A1's re-sample has no result yet → B1 of A1 A2 B1 B2.
  const early = await roundReport(t.db, t.ctx, 'KH162-1', new Date('2021-08-21T12:00:00+07:00'));
  assert.deepEqual([early.sampled, early.positive, early.positivity_pct], [4, 1, 25]);
  // A district officer of another district sees none of it.
  const other = await roundReport(t.db, { ...t.ctx, wards: ['31340'] }, 'KH162-1', T);
  assert.deepEqual([other.sampled, other.by_ward], [0, []]);
  await assert.rejects(
    putRound(t.db, t.ctx, 'KH162-2', {
      campaign: 'KH 162/KH-UBND',
      round_no: 2,
      starts_on: '2021-08-25',
      ends_on: '2021-08-28',
      areas: [{ ward_code: '31324', hamlet: 'Ấp Không Có' }],
    }),
    (e: { key?: string }) => e.key === 'unknown_hamlet',
  );
});

test(`[${engineName}] seed 001: positivity as the province prints it — round 1 0,044%, round 2 0,069%`, async () => {
  // 233 / 522,574 = 0.04459 % and 460 / 664,645 = 0.06921 %: the report cuts to 3 decimals (0.0446 would round up).
  const [r] = await t.db.query<{ r1: number; r2: number; none: number | null; whole: number }>(
    'SELECT positivity_pct(233, 522574) AS r1, positivity_pct(460, 664645) AS r2, positivity_pct(0, 0) AS none, positivity_pct(3, 3) AS whole',
  );
  assert.deepEqual(r, { r1: 0.044, r2: 0.069, none: null, whole: 100 });
});
