// Samples, results and corrections, pools (negative, positive then individual re-samples, invalid), pool size
// limits from the rule set, and a positive PCR result confirming the case in the same transaction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { putRuleSet } from '../rules/service.ts';
import { NATIONAL_RULE_SETS } from '../rules/national.ts';
import { createSample, getPool, getSample, recordPoolResult, recordResult, resampleList } from './service.ts';
import { testingFigures } from './figures.ts';

let t: TestDb;
const at = (s: string) => new Date(s + ':00+07:00');
const sample = (ref: string, person: string, taken: string, more: Record<string, unknown> = {}) =>
  createSample(t.db, t.ctx, { sample_ref: ref, person_ref: person, taken_at: at(taken), method: 'pcr', ...more });
const counts = async (when: string) => {
  const f = await testingFigures(t.db, t.ctx, at(when));
  return { taken: f.samples_taken, negative: f.negative, positive: f.positive, invalid: f.invalid, pending: f.pending };
};
const caseOf = async (ref: string) =>
  (
    await t.db.query<{ confirmed_at: Date; detected_in: string }>(
      `SELECT c.confirmed_at, c.detected_in FROM cases c JOIN persons p USING (province_code, person_id) WHERE p.person_ref = $1`,
      [ref],
    )
  )[0];
const rejects = (p: Promise<unknown>, key: string, field?: string) =>
  assert.rejects(
    p,
    (e: { key?: string; field?: string }) => e.key === key && (field === undefined || e.field === field),
  );

before(async () => {
  t = await testDb();
  // Ten people at ten addresses, and a household of 16 at one address (ward 31321).
  const rows = ['person_ref,full_name,ward_code,address'];
  for (let i = 1; i <= 10; i++) rows.push(`N${i},Người ${i},31321,Số ${i} đường A`);
  for (let i = 1; i <= 16; i++) rows.push(`H${i},Thành viên ${i},31321,"12 Trần Hưng Đạo, khu vực 3"`);
  const r = await importFile(t.db, t.ctx, 'persons', Readable.from([rows.join('\n') + '\n']));
  assert.deepEqual([r.inserted, r.rejected], [26, []]);
});
after(async () => {
  await t.close();
});

test(`[${engineName}] a negative pool makes every member negative at the pool's result time, without touching them`, async () => {
  for (const [ref, who] of [
    ['S1', 'N1'],
    ['S2', 'N2'],
    ['S3', 'N3'],
  ])
    await sample(ref, who, '2021-09-01 08:00', { pool_ref: 'G1', lab: 'CDC' });
  await recordPoolResult(t.db, t.ctx, 'G1', { result: 'negative', result_at: at('2021-09-01 20:00') });
  assert.deepEqual(await counts('2021-09-01 19:59'), { taken: 3, negative: 0, positive: 0, invalid: 0, pending: 3 });
  assert.deepEqual(await counts('2021-09-01 20:00'), { taken: 3, negative: 3, positive: 0, invalid: 0, pending: 0 });
  const own = await t.db.query<{ result: string }>(`SELECT DISTINCT result FROM samples WHERE pool_ref = 'G1'`);
  assert.deepEqual(own, [{ result: 'pending' }]);
  const s1 = await getSample(t.db, t.ctx, 'S1');
  assert.equal(s1.effective_result, 'negative');
  assert.equal((s1.effective_result_at as Date).toISOString(), '2021-09-01T13:00:00.000Z');
});

test(`[${engineName}] a positive pool leaves members pending and on the re-sample list; their individual samples decide`, async () => {
  await sample('S4', 'N4', '2021-09-02 08:00', { pool_ref: 'G2' });
  await sample('S5', 'N5', '2021-09-02 08:00', { pool_ref: 'G2' });
  await recordPoolResult(t.db, t.ctx, 'G2', { result: 'positive', result_at: at('2021-09-02 20:00') });
  // Before the pool result nobody is on the list; after it both members, to be re-sampled.
  assert.deepEqual(await resampleList(t.db, t.ctx, { at: at('2021-09-02 19:00') }), []);
  const list = async (when: string, all = false) =>
    (await resampleList(t.db, t.ctx, { at: at(when), all })).map((r) => [
      r.sample_ref,
      r.status,
      r.resample_ref,
      r.decision,
    ]);
  assert.deepEqual(await list('2021-09-02 21:00'), [
    ['S4', 'to_resample', null, null],
    ['S5', 'to_resample', null, null],
  ]);

  // N4 and N5 are sampled again alone (PCR); a rapid test of N5 in between does not count as the re-sample.
  await sample('R5x', 'N5', '2021-09-03 07:00', { method: 'rapid_antigen' });
  await sample('R4', 'N4', '2021-09-03 08:00');
  await sample('R5', 'N5', '2021-09-03 08:30');
  assert.deepEqual(await list('2021-09-03 09:00'), [
    ['S4', 'awaiting_result', 'R4', null],
    ['S5', 'awaiting_result', 'R5', null],
  ]);

  await recordResult(t.db, t.ctx, 'R4', {
    result: 'positive',
    result_at: at('2021-09-03 20:00'),
    ct_values: { E: 22.5, N: 24.1 },
  });
  await recordResult(t.db, t.ctx, 'R5', { result: 'negative', result_at: at('2021-09-03 20:30') });
  assert.deepEqual(await list('2021-09-03 21:00'), []);
  assert.deepEqual(await list('2021-09-03 21:00', true), [
    ['S4', 'decided', 'R4', 'positive'],
    ['S5', 'decided', 'R5', 'negative'],
  ]);
  // As known at 20:15 only N4's re-sample had its result.
  assert.deepEqual(await list('2021-09-03 20:15'), [['S5', 'awaiting_result', 'R5', null]]);

  // The positive PCR confirmed N4 as a case at the result time, in the same transaction; the rapid test is pending.
  const c = await caseOf('N4');
  assert.equal(c.confirmed_at.toISOString(), '2021-09-03T13:00:00.000Z');
  assert.equal(c.detected_in, 'community');
  assert.equal(await caseOf('N5'), undefined);
  // Members stay pending (contract): S1–S3 negative by G1, S4 S5 pending, R4 positive, R5 negative, R5x pending.
  assert.deepEqual(await counts('2021-09-04 00:00'), { taken: 8, negative: 4, positive: 1, invalid: 0, pending: 3 });
  const pool = await getPool(t.db, t.ctx, 'G2');
  assert.deepEqual([pool.result, pool.size, pool.max_size, pool.household], ['positive', 2, 5, false]);
  assert.deepEqual(
    (pool.members as { decision: string }[]).map((m) => m.decision),
    ['positive', 'negative'],
  );
});

test(`[${engineName}] an invalid pool makes its members invalid and sends them to be re-sampled`, async () => {
  await sample('S6', 'N6', '2021-09-05 08:00', { pool_ref: 'G3' });
  await recordPoolResult(t.db, t.ctx, 'G3', { result: 'invalid', result_at: at('2021-09-05 18:00') });
  assert.equal((await getSample(t.db, t.ctx, 'S6')).effective_result, 'invalid');
  const f = await counts('2021-09-05 18:00');
  assert.deepEqual([f.invalid, f.pending], [1, 3]);
  const list = await resampleList(t.db, t.ctx, { at: at('2021-09-05 19:00'), pool_ref: 'G3' });
  assert.deepEqual(
    list.map((r) => [r.sample_ref, r.pool_result, r.status]),
    [['S6', 'invalid', 'to_resample']],
  );
  // Changing a pool's result is a correction: it needs a reason and is audited.
  await rejects(
    recordPoolResult(t.db, t.ctx, 'G3', { result: 'negative', result_at: at('2021-09-05 19:00') }),
    'correction_reason_required',
    'reason',
  );
  await recordPoolResult(t.db, t.ctx, 'G3', {
    result: 'negative',
    result_at: at('2021-09-05 19:00'),
    reason: 'chạy lại máy',
  });
  const [a] = await t.db.query<{ action: string; b: string; r: string }>(
    `SELECT action, before->>'result' AS b, after->>'reason' AS r FROM audit_log WHERE entity = 'pool' AND entity_key = 'G3' AND action = 'correct'`,
  );
  assert.deepEqual(a, { action: 'correct', b: 'invalid', r: 'chạy lại máy' });
});

test(`[${engineName}] a result correction is a new version: reason required, the earlier one kept and audited`, async () => {
  await rejects(
    recordResult(t.db, t.ctx, 'R5', { result: 'positive', result_at: at('2021-09-04 09:00') }),
    'correction_reason_required',
    'reason',
  );
  const same = await recordResult(t.db, t.ctx, 'R5', { result: 'negative', result_at: at('2021-09-03 20:30') });
  assert.equal(same.version, 1); // the same result again is no change
  const s = await recordResult(t.db, t.ctx, 'R5', {
    result: 'positive',
    result_at: at('2021-09-04 09:00'),
    ct_values: { Ct: 31 },
    reason: 'nhầm ống mẫu',
  });
  assert.equal(s.version, 2);
  assert.deepEqual(
    (s.earlier_versions as Record<string, unknown>[]).map((v) => [v.version, v.result, v.reason, v.superseded_by]),
    [[1, 'negative', 'nhầm ống mẫu', 'test']],
  );
  const audits = await t.db.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE entity = 'sample' AND entity_key = 'R5' ORDER BY audit_id`,
  );
  assert.deepEqual(
    audits.map((x) => x.action),
    ['insert', 'result', 'correct'],
  );
  // The corrected positive PCR confirms N5 now.
  assert.equal((await caseOf('N5')).confirmed_at.toISOString(), '2021-09-04T02:00:00.000Z');
  await rejects(
    recordResult(t.db, t.ctx, 'R5', { result: 'negative', reason: 'x' }),
    'result_at_required',
    'result_at',
  );
  await rejects(
    recordResult(t.db, t.ctx, 'R5', { result: 'negative', result_at: at('2021-09-01 09:00'), reason: 'x' }),
    'result_before_taken',
    'result_at',
  );
});

test(`[${engineName}] the rule set decides whether a positive PCR confirms a case; a rapid test never does`, async () => {
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-10-01',
    name: 'Tỉnh: xác nhận thủ công',
    basis: 'QĐ tỉnh',
    rules: { ...NATIONAL_RULE_SETS[3].rules, auto_confirm_positive_pcr: false },
  });
  await sample('P7', 'N7', '2021-10-02 08:00', { result: 'positive', result_at: at('2021-10-02 18:00') });
  assert.equal(await caseOf('N7'), undefined);
  await sample('P8', 'N8', '2021-09-20 08:00', {
    method: 'rapid_antigen',
    result: 'positive',
    result_at: at('2021-09-20 08:20'),
  });
  assert.equal(await caseOf('N8'), undefined);
  await sample('P9', 'N8', '2021-09-20 09:00', { result: 'positive', result_at: at('2021-09-20 18:00') });
  assert.equal((await caseOf('N8')).confirmed_at.toISOString(), '2021-09-20T11:00:00.000Z');
});

test(`[${engineName}] pool size limits come from the rule set: 5, household pools up to 15`, async () => {
  for (let i = 1; i <= 5; i++) await sample(`L${i}`, `N${i}`, '2021-09-10 08:00', { pool_ref: 'G5' });
  await rejects(sample('L6', 'N6', '2021-09-10 08:00', { pool_ref: 'G5' }), 'pool_too_large', 'pool_ref');
  assert.equal((await t.db.query(`SELECT 1 FROM samples WHERE sample_ref = 'L6'`)).length, 0); // nothing written
  // A household (one address): 15 fit, the 16th does not.
  for (let i = 1; i <= 15; i++) await sample(`HH${i}`, `H${i}`, '2021-09-10 09:00', { pool_ref: 'GH' });
  await rejects(sample('HH16', 'H16', '2021-09-10 09:00', { pool_ref: 'GH' }), 'pool_too_large', 'pool_ref');
  // From 2021-10-01 this province's rule set allows pools of 10.
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-10-01',
    name: 'Tỉnh: gộp 10',
    basis: 'QĐ tỉnh',
    rules: { ...NATIONAL_RULE_SETS[3].rules, auto_confirm_positive_pcr: false, pool_max_size: 10 },
  });
  for (let i = 1; i <= 6; i++) await sample(`M${i}`, `N${i}`, '2021-10-10 08:00', { pool_ref: 'G10' });
  assert.equal((await getPool(t.db, t.ctx, 'G10')).max_size, 10);
  // Only PCR samples are pooled; Ct values need a result.
  await rejects(
    sample('X1', 'N1', '2021-09-10 08:00', { method: 'rapid_antigen', pool_ref: 'G7' }),
    'pool_not_pcr',
    'pool_ref',
  );
  await rejects(sample('X2', 'N1', '2021-09-10 08:00', { ct_values: { N: 20 } }), 'ct_without_result', 'ct_values');
  await rejects(sample('S1', 'N1', '2021-09-10 08:00'), 'sample_exists', 'sample_ref');
  await rejects(sample('X3', 'NOBODY', '2021-09-10 08:00'), 'unknown_person', 'person_ref');
});
