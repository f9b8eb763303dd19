// Scheduled drafts with an injected clock: seed 000's 9h (figures to 06:30) and 15h reports, catching up after a
// stop, one draft per slot however many servers run the schedule.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { systemCtx } from '../shared/context.ts';
import { defaultTemplate, putTemplate } from './template.ts';
import { draftDue, dueSlots, startReportSchedule } from './schedule.ts';

let t: TestDb;
const vn = (s: string) => new Date(`${s}+07:00`);
const iso = (d: Date) => d.toISOString();

before(async () => {
  t = await testDb();
  const template = await defaultTemplate(t.db, '93', { level: 'province', code: '93' });
  await putTemplate(t.db, t.ctx, { ...template, schedule: [{ time: '09:00', cutoff: '06:30' }, { time: '15:00' }] });
});
after(async () => {
  await t.close();
});

test('slots: today and yesterday in Viet Nam time, cut-off before the slot', () => {
  // 01:00 on 10/9 in Viet Nam is still 9/9 in UTC: the slot is 10/9 00:30 VN, its 23:00 cut-off the evening before.
  assert.deepEqual(
    dueSlots({ time: '00:30', cutoff: '23:00' }, vn('2021-09-09T01:00:00'), vn('2021-09-10T01:00:00')).map(
      ({ slot, asOf }) => [iso(slot), iso(asOf)],
    ),
    [['2021-09-09T17:30:00.000Z', '2021-09-09T16:00:00.000Z']],
  );
  assert.deepEqual(
    dueSlots({ time: '09:00' }, vn('2021-09-10T08:00:00'), vn('2021-09-10T09:00:00')).map(({ slot, asOf }) => [
      iso(slot),
      iso(asOf),
    ]),
    [['2021-09-10T02:00:00.000Z', '2021-09-10T02:00:00.000Z']],
  );
  assert.deepEqual(dueSlots({ time: '09:00' }, vn('2021-09-10T08:00:00'), vn('2021-09-10T08:59:59')), []);
});

test(`[${engineName}] draftDue: each slot once, catching up the last 24 hours`, async () => {
  assert.deepEqual(await draftDue(t.db, vn('2021-09-10T08:59:59')), [
    { province_code: '93', scope_code: '93', draft_id: 1, as_of: '2021-09-09T06:30:00+07:00' },
    { province_code: '93', scope_code: '93', draft_id: 2, as_of: '2021-09-09T15:00:00+07:00' },
  ]);
  const at9 = await draftDue(t.db, vn('2021-09-10T09:00:00'));
  assert.deepEqual(
    at9.map((d) => d.as_of),
    ['2021-09-10T06:30:00+07:00'],
  );
  assert.deepEqual(await draftDue(t.db, vn('2021-09-10T09:00:30')), []);
  // Two servers at 15:00: one draft.
  const both = await Promise.all([
    draftDue(t.db, vn('2021-09-10T15:00:05')),
    draftDue(t.db, vn('2021-09-10T15:00:06')),
  ]);
  assert.deepEqual(
    both.flat().map((d) => d.as_of),
    ['2021-09-10T15:00:00+07:00'],
  );
  const rows = await t.db.query<{ slot: Date; created_by: string; status: string; narrative: unknown }>(
    `SELECT slot, created_by, status, narrative FROM report_drafts ORDER BY slot`,
  );
  assert.deepEqual(
    rows.map((r) => iso(r.slot)),
    ['2021-09-09T02:00:00.000Z', '2021-09-09T08:00:00.000Z', '2021-09-10T02:00:00.000Z', '2021-09-10T08:00:00.000Z'],
  );
  assert.ok(rows.every((r) => r.created_by === 'system' && r.status === 'draft'));
  assert.deepEqual(rows[0].narrative, [
    { title: 'Nhận định tình hình', text: '' },
    { title: 'Các biện pháp đã triển khai', text: '' },
    { title: 'Kiến nghị, đề xuất', text: '' },
  ]);
});

test(`[${engineName}] a district's schedule drafts over its wards`, async () => {
  await t.db
    .query(`INSERT INTO users (province_code, username, display_name, role, scope_level, scope_code, password_hash)
                    VALUES ('93', 'vithanh', 'Vị Thanh', 'district_officer', 'district', '930', 'x')`);
  const [u] = await t.db.query<{ user_id: number }>(`SELECT user_id FROM users WHERE username = 'vithanh'`);
  const ctx = { ...systemCtx('93', 'vithanh', 'vi'), userId: u.user_id, wards: ['31318', '31321', '31324'] };
  await putTemplate(t.db, ctx, {
    ...(await defaultTemplate(t.db, '93', { level: 'district', code: '930' })),
    schedule: [{ time: '08:00' }],
  });
  const made = await draftDue(t.db, vn('2021-09-11T08:00:00'));
  const mine = made.filter((d) => d.scope_code === '930');
  assert.deepEqual(
    mine.map((d) => d.as_of),
    ['2021-09-11T08:00:00+07:00'],
  );
  const [d] = await t.db.query<{ scope_wards: string[] }>(`SELECT scope_wards FROM report_drafts WHERE draft_id = $1`, [
    mine[0].draft_id,
  ]);
  assert.ok(d.scope_wards.includes('31321') && !d.scope_wards.includes('31340'));
  assert.equal(d.scope_wards.length, 9); // Vị Thanh's nine wards, from the admin units, not from the user's session
});

test(`[${engineName}] the runner started by serve drafts on its first tick and stops`, async () => {
  const stop = startReportSchedule(t.db, { now: () => vn('2021-09-12T09:00:01'), everyMs: 20 });
  try {
    for (let i = 0; i < 200; i++) {
      const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM report_drafts WHERE slot = $1`, [
        vn('2021-09-12T09:00:00'),
      ]);
      if (n === 1) break;
      await sleep(20);
    }
  } finally {
    stop();
  }
  const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM report_drafts WHERE slot = $1`, [
    vn('2021-09-12T09:00:00'),
  ]);
  assert.equal(n, 1);
});
