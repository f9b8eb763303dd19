// The testing figures of seeds 000 and 004 from records, and labs: capacity (seed 004's PCR capacity) and backlog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { putRuleSet } from '../rules/service.ts';
import { NATIONAL_RULE_SETS } from '../rules/national.ts';
import { testingFigures } from './figures.ts';
import { listLabs, pcrCapacity, putLab } from './labs.ts';
import { putRound, roundReport } from './screening.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
});
after(async () => {
  await t.close();
});

/** Persons `prefix`1…n in a ward, straight into the table (the import is tested elsewhere). */
const persons = (prefix: string, n: number, ward: string) =>
  t.db.query(
    `INSERT INTO persons (province_code, person_ref, full_name, ward_code)
   SELECT $1, $2 || i, $2 || i, $4 FROM generate_series(1, $3::int) i`,
    [t.ctx.province, prefix, n, ward],
  );

test(`[${engineName}] seed 000: 137 samples at 06:30 27/3/2020 — 3 negative, 134 pending`, async () => {
  await persons('E', 137, '31321');
  // Three samples of 21/3 with results on 24/3; the 134 returnees sampled on 26/3, two of them answered on 28/3.
  await t.db.query(
    `INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, lab, result, result_at)
     SELECT $1, 'E-S' || i, p.person_id,
            CASE WHEN i <= 3 THEN timestamptz '2020-03-21 09:00+07' ELSE timestamptz '2020-03-26 10:00+07' END, 'pcr', 'Pasteur HCM',
            CASE WHEN i <= 3 THEN 'negative' WHEN i <= 5 THEN 'negative' ELSE 'pending' END,
            CASE WHEN i <= 3 THEN timestamptz '2020-03-24 16:00+07' WHEN i <= 5 THEN timestamptz '2020-03-28 08:00+07' END
       FROM generate_series(1, 137) i JOIN persons p ON p.province_code = $1 AND p.person_ref = 'E' || i`,
    [t.ctx.province],
  );
  const f = await testingFigures(t.db, t.ctx, new Date('2020-03-27T06:30:00+07:00'));
  assert.deepEqual(
    [f.samples_taken, f.samples_taken_new, f.negative, f.positive, f.invalid, f.pending],
    [137, 134, 3, 0, 0, 134],
  );
});

test(`[${engineName}] seed 004: since 01/01/2021 to 18:00 01/8 — 91,781 samples, 61 positive, 15,301 rapid tests, 9,031 in high-risk areas`, async () => {
  await persons('D', 10_000, '31321');
  await persons('HR', 9_031, '31340');
  await t.db.exec(`
    CREATE TEMP TABLE d AS SELECT p.person_id, row_number() OVER (ORDER BY p.person_id) AS k FROM persons p WHERE p.person_ref LIKE 'D%';
    -- 67,449 PCR samples of Jan–Jun over D persons: 61 positive, 1,000 still pending, the rest negative.
    INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, result, result_at)
    SELECT '93', 'P' || i, d.person_id, timestamptz '2021-01-01 08:00+07' + (i % 180) * interval '1 day', 'pcr',
           CASE WHEN i <= 61 THEN 'positive' WHEN i <= 1061 THEN 'pending' ELSE 'negative' END,
           CASE WHEN i > 61 AND i <= 1061 THEN NULL ELSE timestamptz '2021-01-01 08:00+07' + (i % 180) * interval '1 day' + interval '10 hours' END
      FROM generate_series(1, 67449) i JOIN d ON d.k = 1 + i % 10000;
    -- 15,301 rapid tests at the checkpoints, all negative.
    INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, result, result_at)
    SELECT '93', 'T' || i, d.person_id, timestamptz '2021-07-24 08:00+07' + (i % 7) * interval '1 day', 'rapid_antigen', 'negative',
           timestamptz '2021-07-24 08:20+07' + (i % 7) * interval '1 day'
      FROM generate_series(1, 15301) i JOIN d ON d.k = 1 + i % 10000;
    -- 9,031 PCR samples in the high-risk area (ward 31340), 20–31/7, all negative.
    INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, result, result_at)
    SELECT '93', 'H' || p.person_ref, p.person_id, timestamptz '2021-07-20 08:00+07' + (p.person_id % 12) * interval '1 day', 'pcr',
           'negative', timestamptz '2021-07-20 20:00+07' + (p.person_id % 12) * interval '1 day'
      FROM persons p WHERE p.person_ref LIKE 'HR%';
    -- Outside the period: 2020 and after the cut-off.
    INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method)
    SELECT '93', 'O' || k, person_id, CASE WHEN k <= 50 THEN timestamptz '2020-12-31 23:59+07' ELSE timestamptz '2021-08-01 18:01+07' END, 'pcr'
      FROM d WHERE k <= 100;`);
  const T = new Date('2021-08-01T18:00:00+07:00');
  const f = await testingFigures(t.db, t.ctx, T, new Date('2021-01-01T00:00:00+07:00'));
  assert.deepEqual([f.samples_taken, f.positive, f.pending, f.negative], [91_781, 61, 1_000, 90_720]);
  assert.deepEqual([f.by_method.rapid_antigen.samples_taken, f.by_method.rapid_antigen.negative], [15_301, 15_301]);
  assert.equal(f.by_method.pcr.samples_taken, 76_480);
  await putRound(t.db, t.ctx, 'DB-HR', {
    campaign: 'Xét nghiệm khu vực nguy cơ cao',
    round_no: 1,
    starts_on: '2021-07-20',
    ends_on: '2021-07-31',
    areas: [{ ward_code: '31340' }],
  });
  const r = await roundReport(t.db, t.ctx, 'DB-HR', T);
  assert.deepEqual([r.sampled, r.samples, r.positive, r.positivity_pct], [9_031, 9_031, 0, 0]);
});

test(`[${engineName}] seed 004: PCR capacity 1,000 single samples a day — 5,000 in pools of 5, 10,000 in pools of 10`, async () => {
  for (const [code, cap, methods, active] of [
    ['PCR1', 400, ['pcr'], true],
    ['PCR2', 300, ['pcr'], true],
    ['PCR3', 300, ['pcr', 'rapid_antigen'], true],
    ['TEST-NHANH', 2000, ['rapid_antigen'], true],
    ['PCR-CU', 500, ['pcr'], false],
  ] as const) {
    await putLab(t.db, t.ctx, code, { name: `Phòng ${code}`, methods: [...methods], capacity_per_day: cap, active });
  }
  const at = new Date('2021-08-01T18:00:00+07:00');
  assert.deepEqual(await pcrCapacity(t.db, t.ctx, at), {
    labs: 3,
    capacity_per_day: 1000,
    pool_size: 5,
    pooled_capacity_per_day: 5000,
  });
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-07-15',
    name: 'Tỉnh: gộp 10',
    basis: 'QĐ tỉnh',
    rules: { ...NATIONAL_RULE_SETS[2].rules, pool_max_size: 10 },
  });
  assert.deepEqual(await pcrCapacity(t.db, t.ctx, at), {
    labs: 3,
    capacity_per_day: 1000,
    pool_size: 10,
    pooled_capacity_per_day: 10000,
  });
  await assert.rejects(
    putLab(t.db, { ...t.ctx, wards: ['31321'] }, 'PCR4', { name: 'x', methods: ['pcr'] }),
    (e: { key?: string; status?: number }) => e.key === 'province_scope_required' && e.status === 403,
  );
});

test(`[${engineName}] lab backlog: pending samples by age, a pending pool counts once, members of a resulted pool wait for a re-sample`, async () => {
  await putLab(t.db, t.ctx, 'CDC', { name: 'CDC tỉnh', methods: ['pcr'], capacity_per_day: 500 });
  await persons('B', 12, '31321');
  const T = new Date('2021-09-10T12:00:00+07:00');
  const h = (hours: number) => new Date(T.getTime() + hours * 3_600_000);
  // [sample, lab, taken (h from T), pool, result, result_at (h)]
  const rows: [string, string, number, string | null, string, number | null][] = [
    ['c1', 'CDC', -10, null, 'pending', null],
    ['c2', 'CDC', -30, null, 'pending', null],
    ['c3', 'CDC', -50, null, 'pending', null],
    ['c4', 'CDC', -80, null, 'pending', null],
    ['c5', 'CDC', -20, 'PA', 'pending', null],
    ['c6', 'CDC', -20, 'PA', 'pending', null],
    ['c7', 'CDC', -30, 'PB', 'pending', null],
    ['c8', 'CDC', -20, null, 'negative', -2],
    ['c9', 'CDC', -40, null, 'positive', -30],
    ['c10', 'CDC', -20, 'PC', 'pending', null],
    ['c11', 'CDC', 1, null, 'pending', null],
    ['t1', 'TTYT', -100, null, 'pending', null],
  ];
  await t.db.query(
    `INSERT INTO samples (province_code, sample_ref, person_id, taken_at, method, lab, pool_ref, result, result_at)
     SELECT $1, r->>0, p.person_id, (r->>2)::timestamptz, 'pcr', r->>1, r->>3, r->>4, (r->>5)::timestamptz
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(r, n) JOIN persons p ON p.province_code = $1 AND p.person_ref = 'B' || x.n`,
    [
      t.ctx.province,
      JSON.stringify(rows.map(([s, lab, tk, pool, res, at]) => [s, lab, h(tk), pool, res, at === null ? null : h(at)])),
    ],
  );
  await t.db.query(
    `INSERT INTO pools (province_code, pool_ref, result, result_at) VALUES ($1, 'PB', 'positive', $2), ($1, 'PC', 'negative', $3)`,
    [t.ctx.province, h(-5), h(-3)],
  );
  const labs = await listLabs(t.db, t.ctx, T);
  const pick = (code: string) => {
    const l = labs.find((x) => x.lab_code === code)!;
    return [l.registered, l.capacity_per_day, l.tests_24h, l.pending, l.tests_pending, l.backlog_by_age];
  };
  // CDC: c1–c6 wait (c5 c6 are one pool); tests in 24 h: c8, pool PB, pool PC.
  assert.deepEqual(pick('CDC'), [true, 500, 3, 6, 5, { le_24h: 3, '24_48h': 1, '48_72h': 1, gt_72h: 1 }]);
  assert.deepEqual(pick('TTYT'), [false, null, 0, 1, 1, { le_24h: 0, '24_48h': 0, '48_72h': 0, gt_72h: 1 }]);
  assert.deepEqual(pick('PCR1'), [true, 400, 0, 0, 0, { le_24h: 0, '24_48h': 0, '48_72h': 0, gt_72h: 0 }]);
  // A commune officer elsewhere sees the labs but none of these samples.
  const other = await listLabs(t.db, { ...t.ctx, wards: ['31340'] }, T);
  assert.equal(other.find((x) => x.lab_code === 'CDC')!.pending, 0);
  assert.equal(
    other.find((x) => x.lab_code === 'TTYT'),
    undefined,
  );
});
