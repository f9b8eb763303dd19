// Outbreak areas inside the province come from zoning (issue 20): a declaration or crossing from a ward or district
// of Điện Biên is from an outbreak area when, on its Viet Nam day, that ward or its district is at level 4 (decision
// over the computed level) or under lockdown (on it or a unit above). The judgement is stored on the record, with
// its follow-ups; the hand-kept list refuses the province's own units. Figures worked out by hand below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { load } from '../test/import.ts';
import { importFile } from '../app/imports.ts';
import { putRuleSet, rulesOn } from '../rules/service.ts';
import { createZoningDecision, createZoningMeasure, deleteZoningDecision } from '../zoning/service.ts';
import { countDeclarations } from './counts.ts';
import { tuanGiao } from './fixtures.ts';

// Điện Biên: Him Lam (03127, city 094); Na Lay (03151) in Mường Lay (095); Thị trấn Mường Chà (03172, district 097);
// Tủa Chùa (03217) and Huổi Só (03220) in district 098; Sông Đà (03148, 095); Mường Thanh (03136, 094).
const HIM_LAM = '03127',
  NA_LAY = '03151',
  MUONG_CHA = '03172',
  TUA_CHUA = '03217',
  SONG_DA = '03148',
  MUONG_THANH = '03136';

let t: TestDb;
let app: FastifyInstance;
let token: string;
let tinh: Client;

before(async () => {
  t = await testDb('11');
  ({ token } = await tuanGiao(t));
  app = await testApp(t);
  await addUser(t, 'tinh', 'province_officer', ['province', '11']);
  tinh = await signIn(app, 'tinh');
  const decide = (unit_code: string, level: number, from_date: string, to_date: string | null, n: string) =>
    createZoningDecision(t.db, t.ctx, { unit_code, level, from_date, to_date, decision_number: n, reason: null });
  // August 2021 is "assessed" (2686/QĐ-BCĐQG): levels come from decisions.
  await decide(HIM_LAM, 4, '2021-08-01', '2021-08-10', '15/QĐ-UBND');
  await decide(MUONG_CHA, 3, '2021-08-01', null, '16/QĐ-UBND');
  await createZoningMeasure(t.db, t.ctx, {
    unit_code: '095',
    measure: 'lockdown',
    from_date: '2021-08-05',
    to_date: '2021-08-20',
    decision_number: '17/QĐ-UBND',
    note: null,
  });
  // From 8/8 the province owes only a test for an arrival from its own outbreak areas (rule key outbreak_followups).
  const national = await rulesOn(t.db, t.ctx, '2021-08-08');
  await putRuleSet(t.db, t.ctx, {
    effective_from: '2021-08-08',
    name: 'Tỉnh: chỉ xét nghiệm người đến từ vùng dịch trong tỉnh',
    basis: 'CV tỉnh',
    rules: { ...national.rules, outbreak_followups: ['test'] },
  });
  await putRuleSet(t.db, t.ctx, { ...national, effective_from: '2021-08-21' });
  // November 2021 is rate × coverage (4800/QĐ-BYT: ≥ 150 per 100,000 in 7 days and coverage not met → level 4).
  // Tủa Chùa: 2 community cases in 1,000 people = 200 → band 3, nobody vaccinated → level 4. Sông Đà: the same rate,
  // but 7 of its 10 adults have a dose and both its 2 people aged 50+ two doses → coverage met → level 3.
  await load(
    t,
    'population',
    `ward_code,population,population_18plus,population_50plus\n${TUA_CHUA},1000,100,20\n${SONG_DA},1000,10,2\n`,
  );
  const adults = Array.from({ length: 7 }, (_, i) => `S${i},Người S${i},${i < 2 ? 1960 : 1990},${SONG_DA}`);
  await load(
    t,
    'persons',
    `person_ref,full_name,birth_year,ward_code\nT1,Ca T1,1990,${TUA_CHUA}\nT2,Ca T2,1991,${TUA_CHUA}\nT3,Ca T3,1992,${TUA_CHUA}\n${adults.join('\n')}\n`,
  );
  await load(
    t,
    'vaccinations',
    `person_ref,dose_number,product,given_on\n${[
      ...adults.map((a) => `${a.split(',')[0]},1,astrazeneca,2021-08-01`),
      'S0,2,astrazeneca,2021-10-01',
      'S1,2,astrazeneca,2021-10-01',
    ].join('\n')}\n`,
  );
  await load(
    t,
    'cases',
    `person_ref,confirmed_at,detected_in
T1,2021-11-02T10:00:00+07:00,community
T2,2021-11-03T10:00:00+07:00,community
T3,2021-11-09T10:00:00+07:00,community
S2,2021-11-02T10:00:00+07:00,community
S3,2021-11-03T10:00:00+07:00,community
`,
  );
});
after(async () => {
  await app.close();
  await t.close();
});

const HEADER = 'declaration_ref,declared_at,checkpoint_code,full_name,phone,from_ward,from_district,to_ward_code\n';
interface Judged {
  ref: string;
  unit: string | null;
  level: number | null;
  measure: string | null;
  decision: string | null;
  area: number | null;
}
const judged = async (refs: string[]) =>
  (
    await t.db.query<Judged>(
      `SELECT declaration_ref AS ref, zoning_unit_code AS unit, zoning_level AS level, zoning_measure AS measure,
              zoning_decision AS decision, outbreak_area_id AS area
         FROM declarations WHERE declaration_ref = ANY($1) ORDER BY declaration_ref`,
      [refs],
    )
  ).map((r) => `${r.ref} ${r.unit ?? '-'} ${r.level ?? '-'} ${r.measure ?? '-'} ${r.decision ?? '-'} ${r.area ?? '-'}`);
const tasks = async (refs: string[]) =>
  (
    await t.db.query<{ ref: string; kind: string; ward: string | null; due: string; area: number | null }>(
      `SELECT d.declaration_ref AS ref, f.kind, f.ward_code AS ward, f.due_on AS due, f.outbreak_area_id AS area
         FROM entry_followups f JOIN declarations d ON d.declaration_id = f.declaration_id
        WHERE d.declaration_ref = ANY($1) AND f.status = 'open' ORDER BY 1, 2`,
      [refs],
    )
  ).map((r) => `${r.ref} ${r.kind} ${r.ward ?? '-'} ${r.due} ${r.area ?? '-'}`);

test(`[${engineName}] a ward at level 4 by decision on the day, its district under lockdown; a ward at level 3 is not`, async () => {
  const r = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([
      HEADER +
        // Him Lam's decision runs to 10/8 inclusive: 23:59 on the 10th (Viet Nam time, here written in UTC) is in it,
        // 00:00 on the 11th is not.
        `A1,2021-08-10T16:59:00Z,TG,Người A1,0912000101,${HIM_LAM},,03259\n` +
        `A2,2021-08-11T00:00:00+07:00,TG,Người A2,0912000102,${HIM_LAM},,03259\n` +
        `A3,2021-08-01T00:00:00+07:00,TG,Người A3,0912000103,${HIM_LAM},,\n` +
        `A4,2021-07-31T23:59:59+07:00,TG,Người A4,0912000104,${HIM_LAM},,03259\n` +
        // Na Lay is not decided, but Mường Lay (095) is locked down 5–20/8: inherited by its wards.
        `B1,2021-08-06T09:00:00+07:00,TG,Người B1,0912000105,${NA_LAY},,03259\n` +
        `B2,2021-08-21T09:00:00+07:00,TG,Người B2,0912000106,${NA_LAY},,03259\n` +
        // The district given alone is judged too.
        `B3,2021-08-06T09:00:00+07:00,TG,Người B3,0912000107,,095,03259\n` +
        // Thị trấn Mường Chà is at level 3 (its district too, as the highest of its wards): not an outbreak area.
        `C1,2021-08-06T09:00:00+07:00,TG,Người C1,0912000108,${MUONG_CHA},,03259\n`,
    ]),
  );
  assert.deepEqual(r.rejected, []);
  assert.deepEqual(await judged(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'C1']), [
    'A1 03127 4 - 15/QĐ-UBND -',
    'A2 - - - - -',
    'A3 03127 4 - 15/QĐ-UBND -',
    'A4 - - - - -',
    'B1 095 - lockdown 17/QĐ-UBND -',
    'B2 - - - - -',
    'B3 095 - lockdown 17/QĐ-UBND -',
    'C1 - - - - -',
  ]);
  // Follow-ups on the destination's list (A3: none given, no person: the province's), due the day of arrival, with no
  // hand-kept area; test and quarantine, but from 8/8 the province's rule set owes a test only (A1).
  assert.deepEqual(await tasks(['A1', 'A3', 'B1', 'B3']), [
    'A1 test 03259 2021-08-10 -',
    'A3 quarantine - 2021-08-01 -',
    'A3 test - 2021-08-01 -',
    'B1 quarantine 03259 2021-08-06 -',
    'B1 test 03259 2021-08-06 -',
    'B3 quarantine 03259 2021-08-06 -',
    'B3 test 03259 2021-08-06 -',
  ]);
  // The lists say it in words: the unit, level 4 or lockdown, the decision; the due list too.
  const a1 = (await tinh('/api/v1/entry/declarations/A1')).json();
  assert.deepEqual(
    [a1.outbreak_area, a1.outbreak_zoning],
    [
      'Phường Him Lam',
      {
        unit_code: HIM_LAM,
        unit_name: 'Phường Him Lam',
        tier: 'ward',
        level: 4,
        measure: null,
        decision_number: '15/QĐ-UBND',
      },
    ],
  );
  const b1 = (await tinh('/api/v1/entry/declarations/B1')).json();
  assert.deepEqual(
    [b1.outbreak_area, b1.outbreak_zoning.tier, b1.outbreak_zoning.level, b1.outbreak_zoning.measure],
    ['Thị xã Mường Lay', 'district', null, 'lockdown'],
  );
  const only = (await tinh('/api/v1/entry/declarations?outbreak_only=true&from=2021-08-01T00:00:00%2B07:00')).json();
  assert.deepEqual(only.map((d: { declaration_ref: string }) => d.declaration_ref).sort(), ['A1', 'A3', 'B1', 'B3']);
  const due = (await tinh('/api/v1/entry/followups?ward_code=03259')).json();
  const b1task = due.find((f: { source_ref: string }) => f.source_ref === 'B1');
  assert.deepEqual(
    [b1task.outbreak_area, b1task.zone_level, b1task.outbreak_zoning.measure],
    ['Thị xã Mường Lay', null, 'lockdown'],
  );
});

test(`[${engineName}] the computed level: 200 per 100,000 with coverage not met is level 4; met, level 3; no case, 1`, async () => {
  const r = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([
      HEADER +
        `K1,2021-11-04T08:00:00+07:00,TG,Người K1,0912000201,${TUA_CHUA},,03259\n` +
        `K2,2021-11-04T08:00:00+07:00,TG,Người K2,0912000202,${SONG_DA},,03259\n` +
        // 10/11: the window (4–10/11) holds only T3's case: 100 → band 2, still level 4 in 4800 (not met: 2, 3, 4, 4).
        `K3,2021-11-10T08:00:00+07:00,TG,Người K3,0912000203,${TUA_CHUA},,03259\n` +
        // 17/11: no case in the window (11–17/11): level 1.
        `K4,2021-11-17T08:00:00+07:00,TG,Người K4,0912000204,${TUA_CHUA},,03259\n`,
    ]),
  );
  assert.deepEqual(r.rejected, []);
  assert.deepEqual(await judged(['K1', 'K2', 'K3', 'K4']), [
    'K1 03217 4 - - -',
    'K2 - - - - -',
    'K3 03217 4 - - -',
    'K4 - - - - -',
  ]);
  // What zoning says of those days, for the reader checking the figures above.
  const lv = await t.db.query<{ day: string; unit_code: string; level: number }>(
    `SELECT day::text, unit_code, level FROM zoning_levels('11', '2021-11-04', '2021-11-17')
      WHERE unit_code IN ($1, $2) AND day IN ('2021-11-04', '2021-11-10', '2021-11-17') ORDER BY 1, 2`,
    [TUA_CHUA, SONG_DA],
  );
  assert.deepEqual(
    lv.map((l) => `${l.day} ${l.unit_code} ${l.level}`),
    [
      '2021-11-04 03148 3',
      '2021-11-04 03217 4',
      '2021-11-10 03148 1',
      '2021-11-10 03217 4',
      '2021-11-17 03148 1',
      '2021-11-17 03217 1',
    ],
  );
  assert.deepEqual(await tasks(['K1']), ['K1 quarantine 03259 2021-11-04 -', 'K1 test 03259 2021-11-04 -']);
});

test(`[${engineName}] the hand-kept list is for areas outside the province: its own units are refused, naming the field`, async () => {
  const add = (payload: Record<string, unknown>, lang = 'vi') =>
    tinh({ method: 'POST', url: '/api/v1/entry/outbreak-areas', payload, headers: { 'accept-language': lang } });
  for (const [level, area_code, name] of [
    ['ward', HIM_LAM, 'Phường Him Lam'],
    ['district', '095', 'Thị xã Mường Lay'],
    ['province', '11', 'Điện Biên'],
  ]) {
    const vi = await add({ level, area_code, effective_from: '2021-09-01' });
    assert.deepEqual(
      [vi.statusCode, vi.json().error, vi.json().field],
      [400, 'outbreak_area_in_province', 'area_code'],
    );
    assert.equal(
      vi.json().message,
      `${name} là đơn vị trong tỉnh: vùng dịch trong tỉnh lấy theo cấp độ dịch (xã, huyện ở cấp 4 hoặc đang phong tỏa), không nhập tay. Danh sách này chỉ dành cho vùng ngoài tỉnh`,
    );
  }
  const en = await add({ level: 'ward', area_code: NA_LAY, effective_from: '2021-09-01' }, 'en');
  assert.equal(
    en.json().message,
    'Phường Na Lay is a unit of this province: outbreak areas inside the province come from risk zoning (a ward or district at level 4 or under lockdown), not typed in. This list is for areas outside the province',
  );
  assert.equal(
    (await t.db.query(`SELECT 1 FROM outbreak_areas WHERE area_code IN ($1, '095', '11')`, [HIM_LAM])).length,
    0,
  );

  // Outside the province: accepted. Viet Nam as a whole is listed for September, yet an origin inside the province is
  // judged by zoning only (Him Lam is no longer at level 4 then).
  const vn = await add({ level: 'country', area_code: 'VN', effective_from: '2021-09-01', effective_to: '2021-09-30' });
  assert.equal(vn.statusCode, 201, vn.body);
  const r = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([
      HEADER +
        `V1,2021-09-02T08:00:00+07:00,TG,Người V1,0912000301,03646,,03259\n` +
        `V2,2021-09-02T08:00:00+07:00,TG,Người V2,0912000302,${HIM_LAM},,03259\n`,
    ]),
  );
  assert.deepEqual(r.rejected, []);
  const listed = await t.db.query<{ ref: string; area: string | null }>(
    `SELECT d.declaration_ref AS ref, a.name AS area FROM declarations d LEFT JOIN outbreak_areas a ON a.area_id = d.outbreak_area_id
      WHERE d.declaration_ref IN ('V1', 'V2') ORDER BY 1`,
  );
  assert.deepEqual(listed, [
    { ref: 'V1', area: 'VN' }, // Phường Chiềng Lề, Sơn La
    { ref: 'V2', area: null },
  ]);

  // A row of the province stored before this rule (a legacy listing) may still be ended, not moved to another unit.
  const [{ area_id }] = await t.db.query<{ area_id: number }>(
    `INSERT INTO outbreak_areas (province_code, level, area_code, name, effective_from)
     VALUES ('11', 'ward', $1, 'Phường Him Lam', '2021-06-01') RETURNING area_id`,
    [HIM_LAM],
  );
  const ended = await tinh({
    method: 'PATCH',
    url: `/api/v1/entry/outbreak-areas/${area_id}`,
    payload: { effective_to: '2021-06-30' },
  });
  assert.equal(ended.statusCode, 200, ended.body);
  const moved = await tinh({
    method: 'PATCH',
    url: `/api/v1/entry/outbreak-areas/${area_id}`,
    payload: { area_code: NA_LAY },
  });
  assert.deepEqual(
    [moved.statusCode, moved.json().error, moved.json().field],
    [400, 'outbreak_area_in_province', 'area_code'],
  );
});

test(`[${engineName}] the public form and the import judge alike; a crossing and the origin check too`, async () => {
  // Today: Mường Thanh at level 4 by an open decision, Tân Thanh (03133) locked down (both from 2022: rate × coverage,
  // so district 094 is judged on its own totals, not lifted to 4 by its ward as in an "assessed" period).
  await createZoningDecision(t.db, t.ctx, {
    unit_code: MUONG_THANH,
    level: 4,
    from_date: '2022-01-01',
    to_date: null,
    decision_number: '30/QĐ-UBND',
    reason: null,
  });
  await createZoningMeasure(t.db, t.ctx, {
    unit_code: '03133',
    measure: 'lockdown',
    from_date: '2022-01-01',
    to_date: null,
    decision_number: null,
    note: 'Tổ 5',
  });
  let ip = 0;
  const declare = (payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/public/entry/declarations',
      remoteAddress: `10.9.0.${++ip}`,
      payload: {
        checkpoint_code: 'TG',
        t: token,
        birth_year: 1990,
        sex: 'F',
        from_country: 'VN',
        to_ward_code: '03259',
        ...payload,
      },
    });
  const q = await declare({ full_name: 'Lò Thị Quỳnh', phone: '0912000401', from_ward: MUONG_THANH });
  assert.equal(q.statusCode, 201, q.body);
  const receipt = q.json();
  assert.deepEqual(
    [receipt.outbreak_area, receipt.zone_level, receipt.outbreak_measure],
    ['Phường Mường Thanh', 4, null],
  );
  const again = await declare({ full_name: 'Lò Thị Quỳnh', phone: '0912000401', from_ward: MUONG_THANH });
  assert.deepEqual(
    [again.json().duplicate, again.json().declaration_ref, again.json().outbreak_area, again.json().zone_level],
    [true, receipt.declaration_ref, 'Phường Mường Thanh', 4],
  );
  const l = await declare({ full_name: 'Lò Văn Lâm', phone: '0912000402', from_ward: '03133' });
  assert.deepEqual(
    [l.json().outbreak_area, l.json().zone_level, l.json().outbreak_measure],
    ['Phường Tân Thanh', null, 'lockdown'],
  );
  const now = new Date().toISOString();
  const r = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([
      HEADER +
        `I1,${now},TG,Lò Thị Quỳnh,0912000403,${MUONG_THANH},,03259\n` +
        `I2,${now},TG,Lò Văn Lâm,0912000404,03133,,03259\n`,
    ]),
  );
  assert.deepEqual(r.rejected, []);
  const same = (rows: string[]) => rows.map((x) => x.split(' ').slice(1).join(' '));
  assert.deepEqual(
    same([...(await judged([receipt.declaration_ref])), ...(await judged([l.json().declaration_ref]))]),
    ['03136 4 - 30/QĐ-UBND -', '03133 - lockdown - -'],
  );
  assert.deepEqual(same(await judged(['I1', 'I2'])), ['03136 4 - 30/QĐ-UBND -', '03133 - lockdown - -']);
  const kinds = async (ref: string) => (await tasks([ref])).map((x) => x.split(' ')[1]);
  assert.deepEqual(await kinds(receipt.declaration_ref), ['quarantine', 'test']);
  assert.deepEqual(await kinds('I1'), ['quarantine', 'test']);

  // A crossing from Na Lay on 7/8 (Mường Lay locked down) owes its follow-ups; one showing declaration B1 does not.
  const cross = (payload: Record<string, unknown>) =>
    tinh({
      method: 'POST',
      url: '/api/v1/entry/crossings',
      payload: {
        checkpoint_code: 'TG',
        crossed_at: '2021-08-07T10:00:00+07:00',
        purpose: 'work',
        decision: 'allowed',
        ...payload,
      },
    });
  const c = await cross({ full_name: 'Quàng Văn Chiến', from_ward: NA_LAY, to_ward_code: '03259' });
  assert.equal(c.statusCode, 201, c.body);
  assert.deepEqual(
    [c.json().outbreak_area, c.json().outbreak_zoning.unit_code, c.json().outbreak_zoning.measure, c.json().followups],
    ['Thị xã Mường Lay', '095', 'lockdown', ['quarantine', 'test']],
  );
  const shown = await cross({ declaration_ref: 'B1' });
  assert.deepEqual([shown.json().outbreak_zoning?.unit_code, shown.json().followups], ['095', null]);
  const listed = (
    await tinh('/api/v1/entry/crossings?from=2021-08-07T00:00:00%2B07:00&to=2021-08-07T23:59:59%2B07:00')
  ).json();
  assert.deepEqual(
    listed.map(
      (x: { full_name: string; outbreak_zoning: { measure: string } }) => `${x.full_name} ${x.outbreak_zoning.measure}`,
    ),
    ['Người B1 lockdown', 'Quàng Văn Chiến lockdown'],
  );
  const [day7] = (await tinh('/api/v1/entry/checkpoints/daily?from=2021-08-07&to=2021-08-07')).json();
  assert.equal(day7.crossings_from_outbreak, 2);

  // What the checkpoint form asks before deciding: the judgement of an origin on a day.
  const check = async (q: string) => (await tinh(`/api/v1/entry/outbreak-areas/check?${q}`)).json();
  const naLay = await check(`day=2021-08-06&from_ward=${NA_LAY}`);
  assert.deepEqual([naLay.outbreak_area, naLay.zoning.unit_code, naLay.zoning.measure], [null, '095', 'lockdown']);
  assert.equal((await check(`day=2021-08-21&from_ward=${NA_LAY}`)).zoning, null);
  assert.equal((await check(`day=2021-08-11&from_ward=${HIM_LAM}`)).zoning, null);
});

test(`[${engineName}] what was judged stays: report figures and lists at any later cut-off; a re-import of a changed row re-judges it`, async () => {
  const T = { at: '2021-08-31T23:59:59+07:00', since: '2021-07-31T00:00:00+07:00' };
  // August (A1–A4, B1–B3, C1): A1, A3 (Him Lam at 4), B1, B3 (Mường Lay locked down) = 4 of 8.
  const before = await countDeclarations(t.db, t.ctx, T);
  assert.deepEqual([before.total, before.from_outbreak_areas], [8, 4]);
  // The decision is withdrawn later: what was judged on the day stays.
  await deleteZoningDecision(t.db, t.ctx, HIM_LAM, '2021-08-01');
  assert.deepEqual(await countDeclarations(t.db, t.ctx, T), before);
  assert.deepEqual(await judged(['A1']), ['A1 03127 4 - 15/QĐ-UBND -']);
  // The same file again changes nothing, so judges nothing again.
  const row = `A1,2021-08-10T16:59:00Z,TG,Người A1,0912000101,${HIM_LAM},,03259\n`;
  const same = await importFile(t.db, t.ctx, 'declarations', Readable.from([HEADER + row]));
  assert.deepEqual([same.inserted, same.updated], [0, 0]);
  assert.deepEqual(await judged(['A1']), ['A1 03127 4 - 15/QĐ-UBND -']);
  // A corrected row is judged again, on today's knowledge of its day: no longer an outbreak area, its task withdrawn.
  const fixed = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([HEADER + row.replace('0912000101', '0912000111')]),
  );
  assert.equal(fixed.updated, 1);
  assert.deepEqual(await judged(['A1']), ['A1 - - - - -']);
  const [task] = await t.db.query<{ status: string; note: string }>(
    `SELECT f.status, f.note FROM entry_followups f JOIN declarations d ON d.declaration_id = f.declaration_id
      WHERE d.declaration_ref = 'A1'`,
  );
  assert.deepEqual(task, { status: 'cancelled', note: 'Tự động huỷ: nơi đi không còn là vùng dịch' });
  assert.equal((await countDeclarations(t.db, t.ctx, T)).from_outbreak_areas, 3);
});
