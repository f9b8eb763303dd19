// The command API over HTTP: the summary as the contract says, directives search and files, tasks with the
// district's jurisdiction on the row read and written, the status history, a meeting's conclusions, supplies
// movements refused below zero, funds and donors, support progress per district, XLSX lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName } from '../test/db.ts';
import { addUser, signIn, testApp } from '../test/http.ts';
import { loadCommandFixture } from './fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test(`command API (${engineName})`, async () => {
  const t = await testDb();
  const app = await testApp(t);
  try {
    await loadCommandFixture(t);
    await addUser(t, 'tinh', 'province_officer', ['province', '93']);
    await addUser(t, 'vithanh', 'district_officer', ['district', '930']);
    await addUser(t, 'xa', 'commune_officer', ['ward', '31318']);
    const tinh = await signIn(app, 'tinh');
    const vt = await signIn(app, 'vithanh');
    const xa = await signIn(app, 'xa');

    // The summary as JSON (figures worked in summary.test.ts) and rendered.
    const s = await tinh('/api/v1/command/summary?at=2021-09-10T06:30:00%2B07:00');
    assert.equal(s.statusCode, 200, s.body);
    assert.deepEqual(
      { total: s.json().tasks.total, overdue: s.json().tasks.overdue, paid_pct: s.json().support[1].paid_pct },
      { total: 6, overdue: 2, paid_pct: 33.33 },
    );
    const docx = await tinh('/api/v1/command/summary?at=2021-09-10T06:30:00%2B07:00&format=docx');
    assert.equal(docx.statusCode, 200);
    assert.equal(docx.rawPayload.subarray(0, 2).toString(), 'PK');
    const html = await tinh('/api/v1/command/summary?at=2021-09-10T06:30:00%2B07:00&format=html');
    assert.match(html.body, /Cloramin B/);
    assert.match(html.body, /Nghị quyết 68\/NQ-CP/);
    // The district sees its own tasks in the summary: 930's T3 and T4 only.
    const vs = (await vt('/api/v1/command/summary?at=2021-09-10T06:30:00%2B07:00')).json();
    assert.deepEqual(vs.tasks.by_assignee, [{ assignee: '930', total: 2, done: 0, open: 2, overdue: 0 }]);

    // Directives: search without diacritics, by number; attach and download a file.
    const found = (await tinh('/api/v1/command/directives?q=ket%20luan%20tinh%20uy')).json();
    assert.deepEqual(
      found.map((d: { number: string }) => d.number),
      ['376-TB/TU'],
    );
    assert.deepEqual(
      (await tinh('/api/v1/command/directives?q=86')).json().map((d: { number: string }) => d.number),
      ['86/NQ-CP'],
    );
    const num = encodeURIComponent('376-TB/TU');
    const up = await tinh({
      method: 'PUT',
      url: `/api/v1/command/directives/${num}/file?name=${encodeURIComponent('376-TB-TU kết luận.pdf')}`,
      headers: { 'content-type': 'application/pdf' },
      payload: PDF,
    });
    assert.equal(up.statusCode, 200, up.body);
    assert.equal(up.json().file_name, '376-TB-TU kết luận.pdf');
    const down = await vt(`/api/v1/command/directives/${num}/file`);
    assert.equal(down.statusCode, 200);
    assert.equal(down.headers['content-type'], 'application/pdf');
    assert.deepEqual(down.rawPayload, PDF);
    const wrongType = await tinh({
      method: 'PUT',
      url: `/api/v1/command/directives/${num}/file?name=x.txt`,
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    assert.ok([400, 415].includes(wrongType.statusCode), wrongType.body);
    assert.equal((await vt({ method: 'POST', url: '/api/v1/command/directives', payload: {} })).statusCode, 403);

    // Tasks: the district lists only its own (930 and its wards), cannot read nor change another's.
    const vtTasks = (await vt('/api/v1/command/tasks')).json();
    assert.deepEqual(
      vtTasks.map((x: { task_ref: string }) => x.task_ref),
      ['T3', 'T4', 'T5'],
    );
    assert.equal(vtTasks[0].assignee_name, 'Vị Thanh');
    assert.equal((await vt('/api/v1/command/tasks/T7')).statusCode, 404);
    const steal = await vt({ method: 'PATCH', url: '/api/v1/command/tasks/T8', payload: { status: 'done' } });
    assert.equal(steal.statusCode, 403, 'a task of another assignee is refused on the row read');
    const away = await vt({ method: 'PATCH', url: '/api/v1/command/tasks/T3', payload: { assignee: '931' } });
    assert.equal(away.statusCode, 403, 'and on the row written');
    // A commune does not see the district's tasks (the district has other wards).
    assert.deepEqual((await xa('/api/v1/command/tasks')).json(), []);

    // Status changes with who and when.
    const done = await vt({
      method: 'PATCH',
      url: '/api/v1/command/tasks/T3',
      payload: { status: 'done', done_on: '2021-09-12', note: 'Đã lập 3 chốt' },
    });
    assert.equal(done.statusCode, 200, done.body);
    const h = done.json().history;
    assert.deepEqual(
      h.map((x: { status: string; actor: string; done_on: string | null; note: string | null }) => [
        x.status,
        x.actor,
        x.done_on,
        x.note,
      ]),
      [
        ['in_progress', 'test', null, null],
        ['done', 'vithanh', '2021-09-12', 'Đã lập 3 chốt'],
      ],
    );
    const early = await vt({
      method: 'PATCH',
      url: '/api/v1/command/tasks/T4',
      payload: { status: 'done', done_on: '2021-09-01' },
    });
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().field, 'done_on');

    // Overdue now: not done nor cancelled and past the deadline. T2 is stored done; T3 was just done.
    const overdue = (await tinh('/api/v1/command/tasks?overdue=true')).json();
    assert.deepEqual(
      overdue.map((x: { task_ref: string }) => x.task_ref),
      ['T8'],
      'T8 (CA, due 09/09/2021, open) is the one open task past its deadline now',
    );

    // A meeting's conclusions: one task per line, each assigned; an unknown code refuses the whole list.
    const bad = await tinh({
      method: 'POST',
      url: '/api/v1/command/tasks/conclusions',
      payload: {
        held_on: '2021-09-12',
        lines: [
          { title: 'A', assignee: 'SYT' },
          { title: 'B', assignee: '99999' },
        ],
      },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().field, 'lines.1.assignee');
    const kl = await tinh({
      method: 'POST',
      url: '/api/v1/command/tasks/conclusions',
      payload: {
        held_on: '2021-09-12',
        directive_number: '376-TB/TU',
        lines: [
          { title: 'Rà soát người về từ vùng dịch', assignee: '930', due_on: '2021-09-15' },
          { title: 'Bổ sung sinh phẩm', assignee: 'SYT' },
        ],
      },
    });
    assert.equal(kl.statusCode, 201, kl.body);
    assert.deepEqual(
      kl.json().map((x: { task_ref: string; assignee: string }) => [x.task_ref, x.assignee]),
      [
        ['KL-20210912-1', '930'],
        ['KL-20210912-2', 'SYT'],
      ],
    );
    // The district cannot give a task to another district.
    const give = await vt({
      method: 'POST',
      url: '/api/v1/command/tasks',
      payload: { title: 'X', assignee: '931', assigned_on: '2021-09-12' },
    });
    assert.equal(give.statusCode, 403);

    // Weekly table for 930, two weeks ending Sun 12/09/2021. Week of 30/08: T3 assigned (05/09), open at its end.
    // Week of 06/09: T4, T5, KL-20210912-1 assigned; T3 done on 12/09; open at its end: T4, T5, KL-20210912-1.
    const weekly = (await vt('/api/v1/command/tasks/weekly?date=2021-09-12&weeks=2')).json();
    assert.deepEqual(weekly.weeks, [
      { week_start: '2021-08-30', week_end: '2021-09-05' },
      { week_start: '2021-09-06', week_end: '2021-09-12' },
    ]);
    assert.deepEqual(weekly.rows, [
      {
        assignee: '930',
        assignee_name: 'Vị Thanh',
        weeks: [
          { assigned: 1, done: 0, open_at_end: 1 },
          { assigned: 3, done: 1, open_at_end: 3 },
        ],
      },
    ]);

    // Supplies: an issue beyond the stock is refused naming it; a transfer writes both halves.
    const over = await tinh({
      method: 'POST',
      url: '/api/v1/command/supplies/movements',
      payload: { item: 'CLO', store: '930', kind: 'issue', quantity: 181, at: '2021-09-12T08:00:00+07:00' },
    });
    assert.equal(over.statusCode, 409);
    assert.match(
      over.json().message,
      /Cloramin B tại kho Vị Thanh lúc 12\/09\/2021 08:00 chỉ còn 180 kg, không xuất được 181/,
    );
    const move = await tinh({
      method: 'POST',
      url: '/api/v1/command/supplies/movements',
      payload: {
        movement_ref: 'DC1',
        item: 'CLO',
        store: '930',
        kind: 'transfer',
        quantity: 80,
        at: '2021-09-12T08:00:00+07:00',
        to_store: '931',
      },
    });
    assert.equal(move.statusCode, 201, move.body);
    assert.deepEqual(
      move
        .json()
        .map((m: { movement_ref: string; store: string; kind: string }) => [m.movement_ref, m.store, m.kind])
        .sort(),
      [
        ['DC1-IN', '931', 'transfer_in'],
        ['DC1-OUT', '930', 'transfer_out'],
      ],
    );
    const stock = (await tinh('/api/v1/command/supplies/stock?at=2021-09-12T09:00:00%2B07:00')).json();
    assert.deepEqual(
      stock
        .filter((l: { item: string }) => l.item === 'CLO')
        .map((l: { store: string; stock: number }) => [l.store, l.stock]),
      [
        ['930', 100],
        ['931', 80],
        ['province', 1180],
      ],
      'CLO: 930 180 − 80; 931 80; province 680 + M5 500',
    );
    const stockXlsx = await tinh('/api/v1/command/supplies/stock.xlsx');
    assert.equal(stockXlsx.headers['content-type'], XLSX);

    // Funds and donors.
    const fund = await tinh({
      method: 'POST',
      url: '/api/v1/command/funds',
      payload: { kind: 'donation', amount_vnd: 30_000_000, at: '2021-09-12T10:00:00+07:00', source: 'Công ty B' },
    });
    assert.equal(fund.statusCode, 201, fund.body);
    const negative = await tinh({
      method: 'POST',
      url: '/api/v1/command/funds',
      payload: { kind: 'donation', amount_vnd: -1, at: '2021-09-12T10:00:00+07:00' },
    });
    assert.equal(negative.statusCode, 400);
    assert.deepEqual(
      (await tinh('/api/v1/command/funds/donors'))
        .json()
        .map((d: { donor: string; donations: number; in_kind: number; amount_vnd: number }) => [
          d.donor,
          d.donations,
          d.in_kind,
          d.amount_vnd,
        ]),
      // Công ty A gave in kind only: the receipt M7 of 800 N95 masks (source donation), no cash.
      [
        ['Vietcombank', 2, 0, 250_000_000],
        ['Công ty B', 1, 0, 30_000_000],
        ['Công ty A', 0, 1, 0],
      ],
    );

    // Support per programme and district at T: hg-01 B5 in Ngã Bảy; nq68 B1, B3 in Vị Thanh, B2 in Ngã Bảy.
    const progress = (await tinh('/api/v1/command/support/progress?at=2021-09-10T06:30:00%2B07:00')).json();
    assert.deepEqual(
      progress.map(
        (p: { programme: string; district_code: string; approved: number; paid: number; paid_pct: number }) => [
          p.programme,
          p.district_code,
          p.approved,
          p.paid,
          p.paid_pct,
        ],
      ),
      [
        ['hg-01', '931', 1, 1, 100],
        ['nq68', '930', 2, 1, 50],
        ['nq68', '931', 1, 0, 0],
      ],
    );

    // Beneficiaries: nq68 unpaid in Vị Thanh are B3 (approved 03/09) and B4 (11/09), B1 being paid; Vị Thanh's
    // officer sees its wards' B1, B3, B4 only (B2 and B5 live in Ngã Bảy).
    const refs = (r: { json(): { beneficiary_ref: string }[] }) => r.json().map((b) => b.beneficiary_ref);
    assert.deepEqual(
      refs(await tinh('/api/v1/command/support/beneficiaries?programme=nq68&district=930&unpaid=true')),
      ['B3', 'B4'],
    );
    assert.deepEqual(refs(await vt('/api/v1/command/support/beneficiaries')), ['B1', 'B3', 'B4']);

    for (const url of [
      'tasks.xlsx',
      'directives.xlsx',
      'supplies/movements.xlsx',
      'funds.xlsx',
      'support/progress.xlsx',
    ]) {
      const x = await tinh(`/api/v1/command/${url}`);
      assert.equal(x.statusCode, 200, url);
      assert.equal(x.headers['content-type'], XLSX, url);
    }
  } finally {
    await app.close();
    await t.close();
  }
});
