// The command summary (contracts/command.md) over the hand-worked fixture, and the imports' bad-input refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { commandSummary } from './summary.ts';
import { dailyFile } from '../reports/service.ts';
import { loadCommandFixture, T } from './fixtures.ts';

const run = (t: TestDb, kind: string, csv: string) => importFile(t.db, t.ctx, kind, Readable.from([csv]));
const count = async (t: TestDb, table: string) =>
  Number((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

test(`command summary at T, worked by hand (${engineName})`, async () => {
  const t = await testDb();
  try {
    await loadCommandFixture(t);
    const s = await commandSummary(t.db, t.ctx, T);
    assert.equal(s.at, '2021-09-10T06:30:00+07:00');
    assert.equal(s.from, '2021-09-09T06:30:00+07:00');
    // T5 assigned after T's day and T6 cancelled are left out; T2 done after T is overdue at T (due 09/09);
    // T3 due on T's day is open; T7 done on T's day counts done (its day starts before T).
    assert.deepEqual(s.tasks, {
      total: 6,
      done: 2,
      open: 2,
      overdue: 2,
      by_assignee: [
        { assignee: '31340', total: 1, done: 1, open: 0, overdue: 0 },
        { assignee: '930', total: 2, done: 0, open: 2, overdue: 0 },
        { assignee: 'CA', total: 1, done: 0, open: 0, overdue: 1 },
        { assignee: 'SYT', total: 2, done: 1, open: 0, overdue: 1 },
      ],
    });
    // CLO: province 1000 − 300 (transfer) − 20 (count) = 680, district 930: 300 − 120 = 180; M5 is after T.
    // Received in A < t ≤ T: none (the transfer is not a receipt); issued: M4 at T exactly.
    // N95: M7 at A exactly is stock but not received in the period; M9 is.
    assert.deepEqual(s.supplies, [
      {
        item: 'CLO',
        name: 'Cloramin B',
        unit: 'kg',
        stock: { '930': 180, province: 680 },
        stock_total: 860,
        received: 0,
        issued: 120,
      },
      { item: 'MASK', name: 'Khẩu trang y tế', unit: 'cái', stock: {}, stock_total: 0, received: 0, issued: 0 },
      {
        item: 'N95',
        name: 'Khẩu trang N95',
        unit: 'cái',
        stock: { province: 990 },
        stock_total: 990,
        received: 200,
        issued: 10,
      },
    ]);
    // F4 dated T's day counts from 00:00; F6 is after T.
    assert.deepEqual(s.funds, {
      allocation: 1_500_000_000,
      donation: 250_000_000,
      spending: 300_000_000,
      by_source: [
        { kind: 'allocation', source: 'central', amount_vnd: 1_000_000_000 },
        { kind: 'allocation', source: 'province', amount_vnd: 500_000_000 },
        { kind: 'donation', source: 'Vietcombank', amount_vnd: 250_000_000 },
        { kind: 'spending', source: 'central', amount_vnd: 300_000_000 },
      ],
    });
    // nq68: B1–B3 approved by T (B4 after); only B1 paid by T (B2 paid after): 1/3 = 33.33 %.
    assert.deepEqual(s.support, [
      { programme: 'hg-01', approved: 1, approved_vnd: 1_000_000, paid: 1, paid_vnd: 1_000_000, paid_pct: 100 },
      { programme: 'nq68', approved: 3, approved_vnd: 6_000_000, paid: 1, paid_vnd: 1_500_000, paid_pct: 33.33 },
    ]);

    // A period from the start: M1 and M7 are receipts in it; M5 is still after T.
    const wide = await commandSummary(t.db, t.ctx, T, new Date('2021-08-31T00:00:00+07:00'));
    assert.deepEqual(
      wide.supplies.map((i) => [i.item, i.received, i.issued]),
      [
        ['CLO', 1000, 120],
        ['MASK', 0, 0],
        ['N95', 1000, 10],
      ],
    );
    // One second before T's day: T4 (assigned on T's day) is not there yet and T7 is done only on T's day (open
    // then); T2 and T8, due 09/09, are not yet overdue on 09/09 itself.
    const before = await commandSummary(t.db, t.ctx, new Date('2021-09-09T23:59:59+07:00'));
    assert.deepEqual(
      { ...before.tasks, by_assignee: undefined },
      { total: 5, done: 1, open: 4, overdue: 0, by_assignee: undefined },
    );

    // The same files again change nothing.
    const again = await run(
      t,
      'funds',
      'fund_ref,kind,amount_vnd,at,source,purpose\nF1,allocation,1000000000,2021-09-01,central,phòng chống dịch\n',
    );
    assert.equal(again.inserted + again.updated, 0, JSON.stringify(again));
  } finally {
    await t.close();
  }
});

test(`command imports refuse bad input with line and column, writing nothing (${engineName})`, async () => {
  const t = await testDb();
  try {
    await loadCommandFixture(t);
    const tasks = await run(
      t,
      'tasks',
      'task_ref,directive_number,title,assignee,assigned_on,due_on\n' +
        'N1,999/CV-XX,Việc A,SYT,2021-09-10,2021-09-12\n' +
        'N2,,Việc B,SYT,2021-09-10,2021-09-08\n' +
        'N3,,Việc C,99999,2021-09-10,\n' +
        'N4,,Việc D,SYT,2021-09-10,\n',
    );
    assert.deepEqual(
      tasks.rejected.map((r) => [r.line, r.column]),
      [
        [2, 'directive_number'],
        [3, 'due_on'],
        [4, 'assignee'],
      ],
    );
    assert.match(tasks.rejected[0].reason, /999\/CV-XX/);
    assert.match(tasks.rejected[1].reason, /08\/09\/2021.*10\/09\/2021/);
    assert.equal(tasks.inserted, 0);
    assert.equal(await count(t, 'command_tasks'), 8, 'nothing written: N4 is good but the file is refused');

    const funds = await run(t, 'funds', 'fund_ref,kind,amount_vnd,at\nX1,donation,-5000,2021-09-10\n');
    assert.deepEqual(
      funds.rejected.map((r) => [r.line, r.column]),
      [[2, 'amount_vnd']],
    );
    assert.match(funds.rejected[0].reason, /-5000/);

    const moves = await run(
      t,
      'supply_movements',
      'movement_ref,item,store,kind,quantity,at\n' +
        'X1,XYZ,province,receipt,5,2021-09-12 08:00\n' +
        'X2,CLO,kho-la,receipt,5,2021-09-12 08:00\n' +
        // 930 holds 180 kg of CLO after T: issuing 200 is refused naming 180.
        'X3,CLO,930,issue,200,2021-09-12 08:00\n' +
        'X4,N95,province,issue,-3,2021-09-12 08:00\n',
    );
    assert.deepEqual(
      moves.rejected.map((r) => [r.line, r.column]),
      [
        [2, 'item'],
        [3, 'store'],
        [4, 'quantity'],
        [5, 'quantity'],
      ],
    );
    assert.match(
      moves.rejected[2].reason,
      /Cloramin B tại kho 930 lúc 12\/09\/2021 08:00 chỉ còn 180 kg, không xuất được 200/,
    );
    assert.equal(await count(t, 'supply_movements'), 9);

    // The file's own rows count in order of time. Store 931: 100 received at 08:00, 150 issued at 09:00 →
    // refused at 100. Store 932: 60 issued at 07:00 before the receipt at 08:00 → refused at 0. Store 933: all
    // that came in goes out, down to exactly 0: accepted.
    const own = await run(
      t,
      'supply_movements',
      'movement_ref,item,store,kind,quantity,at\n' +
        'Y2,MASK,931,issue,150,2021-09-12 09:00\n' +
        'Y1,MASK,931,receipt,100,2021-09-12 08:00\n' +
        'Y4,MASK,932,issue,60,2021-09-12 07:00\n' +
        'Y5,MASK,932,receipt,100,2021-09-12 08:00\n' +
        'Y6,MASK,933,receipt,10,2021-09-12 08:00\n' +
        'Y7,MASK,933,issue,10,2021-09-12 08:00\n',
    );
    assert.deepEqual(
      own.rejected.map((r) => [r.line, r.column]),
      [
        [2, 'quantity'],
        [4, 'quantity'],
      ],
    );
    assert.match(own.rejected[0].reason, /tại kho 931 lúc 12\/09\/2021 09:00 chỉ còn 100 cái, không xuất được 150/);
    assert.match(own.rejected[1].reason, /tại kho 932 lúc 12\/09\/2021 07:00 chỉ còn 0 cái/);

    // Lowering a stored receipt below what was issued from it is refused on that row: CLO at 930 received 300
    // and issued 120; restating the transfer in as 100 leaves 100 at the issue of 120.
    const shrink = await run(
      t,
      'supply_movements',
      'movement_ref,item,store,kind,quantity,at\nM3,CLO,930,transfer_in,100,2021-09-09 10:00\n',
    );
    assert.deepEqual(
      shrink.rejected.map((r) => [r.line, r.column]),
      [[2, 'quantity']],
    );
    assert.match(shrink.rejected[0].reason, /chỉ còn 100 kg, không xuất được 120/);

    // Paid before approval, an unknown ward.
    const support = await run(
      t,
      'support',
      'beneficiary_ref,programme,approved_on,amount_vnd,paid_on,ward_code\n' +
        'S1,nq68,2021-09-10,100,2021-09-01,31318\n' +
        'S2,nq68,2021-09-10,100,,00000\n',
    );
    assert.deepEqual(
      support.rejected.map((r) => [r.line, r.column]),
      [
        [2, 'paid_on'],
        [3, 'ward_code'],
      ],
    );
  } finally {
    await t.close();
  }
});

test(`the daily report's HTML gains the supplies and support paragraphs only when there is data (${engineName})`, async () => {
  const t = await testDb();
  try {
    const empty = (await dailyFile(t.db, t.ctx, T, 'html')).toString('utf8');
    assert.ok(!empty.includes('Vật tư tồn kho'), 'no supplies paragraph without supplies');
    assert.ok(!empty.includes('đối tượng'), 'no support paragraph without support');

    await loadCommandFixture(t);
    const html = (await dailyFile(t.db, t.ctx, T, 'html')).toString('utf8');
    // Stock at T from the hand-worked summary above: CLO 180 in Vị Thanh (930) + 680 at the province; N95 990.
    for (const line of [
      'Vật tư tồn kho đến thời điểm báo cáo: Cloramin B 860 kg (Vị Thanh: 180; Hậu Giang: 680), Khẩu trang N95 990 cái (Hậu Giang: 990).',
      'Trong kỳ tiếp nhận Khẩu trang N95 200 cái; cấp phát Cloramin B 120 kg, Khẩu trang N95 10 cái.',
      'hg-01: đã phê duyệt 1 đối tượng với 1.000.000 đồng; đã chi trả cho 1 đối tượng (100%), 1.000.000 đồng.',
      'Nghị quyết 68/NQ-CP: đã phê duyệt 3 đối tượng với 6.000.000 đồng; đã chi trả cho 1 đối tượng (33,33%), 1.500.000 đồng.',
    ])
      assert.ok(html.includes(line), line);
  } finally {
    await t.close();
  }
});
