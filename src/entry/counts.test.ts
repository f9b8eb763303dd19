// Counts per checkpoint per day, and the report figures as of a cut-off T (records ≤ T), worked out by hand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { provinceCodes2024 } from '../geo/reference.ts';
import { addShift, createSite } from './sites.ts';
import { createArea } from './followups.ts';
import { createCrossing, dailyCounts } from './crossings.ts';
import { createIncident, createViolation } from './incidents.ts';
import { countCheckpoints, countCrossings, countDeclarations, countIncidents, countViolations } from './counts.ts';

let t: TestDb;
const T = '2021-08-01T18:00:00+07:00';

before(async () => {
  t = await testDb('11');
  const site = (
    checkpoint_code: string,
    kind: 'checkpoint' | 'airport' | 'border_post',
    ward_code: string,
    more = {},
  ) => createSite(t.db, t.ctx, 'checkpoint', { checkpoint_code, name: checkpoint_code, kind, ward_code, ...more });
  await site('TG', 'checkpoint', '03253');
  await site('ML', 'checkpoint', '03148', { active_to: '2021-07-31' }); // closed before T
  await site('AP', 'airport', '03127', { mode: 'air' });
  await site('BP1', 'border_post', '03148', { border: 'la' });
  await site('BP2', 'border_post', '03148', { border: 'CN', mobility: 'mobile' });
  await createSite(t.db, t.ctx, 'accommodation', {
    accommodation_code: 'NN1',
    name: 'Nhà nghỉ',
    kind: 'guest_house',
    ward_code: '03127',
  });
  for (const [cp, starts_at, ends_at, force, staff] of [
    ['TG', '2021-08-01T06:00:00+07:00', '2021-08-01T18:00:00+07:00', 'militia', 5], // ends at T: not on duty at T
    ['TG', '2021-08-01T06:00:00+07:00', '2021-08-01T18:00:00+07:00', 'police', 3],
    ['TG', '2021-08-01T18:00:00+07:00', '2021-08-02T06:00:00+07:00', 'militia', 4],
    ['BP1', '2021-08-01T00:00:00+07:00', '2021-08-02T00:00:00+07:00', 'border_guard', 6],
    ['BP1', '2021-08-01T00:00:00+07:00', '2021-08-02T00:00:00+07:00', 'military', 2],
  ] as const)
    await addShift(t.db, t.ctx, cp, { starts_at, ends_at, force, staff });
  await createArea(t.db, t.ctx, { level: 'province', area_code: '01', effective_from: '2021-07-20' });

  const env = { provinceCodes: provinceCodes2024(), geography: '2024' as const };
  for (const [cp, at, direction, decision, from, rapid_test] of [
    ['TG', '2021-07-31T23:50:00+07:00', 'in', 'allowed', '01', 'negative'],
    ['TG', '2021-08-01T00:10:00+07:00', 'in', 'quarantine', '01', 'positive'],
    ['TG', '2021-08-01T10:00:00+07:00', 'in', 'turned_back', '24', null],
    ['TG', '2021-08-01T11:00:00+07:00', 'out', 'allowed', '11', null],
    ['AP', '2021-08-01T09:00:00+07:00', 'in', 'allowed', '79', 'negative'],
    ['TG', '2021-08-01T19:00:00+07:00', 'in', 'allowed', '01', null], // after T
  ] as const) {
    await createCrossing(
      t.db,
      t.ctx,
      {
        checkpoint_code: cp,
        crossed_at: at,
        direction,
        decision,
        from_province: from,
        rapid_test,
        full_name: `Người qua ${at}`,
        purpose: 'return_home',
      },
      env,
    );
  }
  const r = await importFile(
    t.db,
    t.ctx,
    'declarations',
    Readable.from([
      'declaration_ref,declared_at,channel,checkpoint_code,accommodation_code,full_name,from_province,to_ward_code\n' +
        'K1,2021-07-31 20:00,paper,TG,,A,01,03259\n' +
        'K2,2021-08-01 08:00,paper,TG,,B,01,03259\n' +
        'K3,2021-08-01 09:00,paper,TG,,C,24,03259\n' +
        'K4,2021-08-01 09:30,app,AP,,D,79,03127\n' +
        'K5,2021-08-01 12:00,accommodation,,NN1,E,01,\n' +
        'K6,2021-08-02 08:00,paper,TG,,F,01,03259\n',
    ]),
  );
  assert.deepEqual(r.rejected, []);
  for (const [kind, occurred_at, people, border] of [
    ['illegal_entry', '2021-07-10T10:00:00+07:00', 5, 'LA'],
    ['illegal_entry', '2021-07-20T10:00:00+07:00', 3, 'CN'],
    ['received_from_neighbour', '2021-07-15T10:00:00+07:00', 20, 'LA'],
    ['returned_to_neighbour', '2021-08-02T10:00:00+07:00', 8, 'LA'],
  ] as const)
    await createIncident(t.db, t.ctx, {
      kind,
      occurred_at,
      people,
      border,
      place: 'Mốc 79',
      checkpoint_code: 'BP1',
      handling: 'quarantine',
    });
  for (const [kind, occurred_at, fine_vnd] of [
    ['false_declaration', '2021-07-21T10:00:00+07:00', 1_500_000],
    ['false_declaration', '2021-07-22T10:00:00+07:00', null],
    ['no_mask', '2021-07-23T10:00:00+07:00', 2_000_000],
    ['leaving_quarantine', '2021-08-01T18:00:01+07:00', 10_000_000],
  ] as const)
    await createViolation(t.db, t.ctx, {
      kind,
      occurred_at,
      offender_name: 'Người vi phạm',
      ward_code: '03253',
      fine_vnd,
    });
});
after(async () => {
  await t.close();
});

test(`[${engineName}] counts per checkpoint per Viet Nam day`, async () => {
  const rows = await dailyCounts(t.db, t.ctx, { from: '2021-07-31', to: '2021-08-01' });
  assert.deepEqual(
    rows.map((r) => [
      r.day,
      r.checkpoint_code,
      r.crossings_in,
      r.crossings_out,
      r.allowed,
      r.quarantine,
      r.turned_back,
      r.crossings_from_outbreak,
      r.rapid_tests,
      r.rapid_positive,
      r.declarations,
      r.declarations_from_outbreak,
    ]),
    [
      ['2021-07-31', 'TG', 1, 0, 1, 0, 0, 1, 1, 0, 1, 1],
      ['2021-08-01', 'AP', 1, 0, 1, 0, 0, 0, 1, 0, 1, 0],
      ['2021-08-01', 'TG', 3, 1, 2, 1, 1, 2, 1, 1, 2, 1], // the whole day, 19:00 included
    ],
  );
  const one = await dailyCounts(t.db, t.ctx, { from: '2021-08-02', to: '2021-08-02', checkpoint_code: 'TG' });
  assert.deepEqual(
    one.map((r) => [r.crossings_in, r.declarations]),
    [[0, 1]],
  );
});

test(`[${engineName}] declarations and crossings as of T, and over a period`, async () => {
  assert.deepEqual(await countDeclarations(t.db, t.ctx, { at: T }), {
    total: 5,
    from_outbreak_areas: 3,
    by_channel: {
      accommodation: { total: 1, from_outbreak_areas: 1 },
      app: { total: 1, from_outbreak_areas: 0 },
      paper: { total: 3, from_outbreak_areas: 2 },
    },
    by_checkpoint: { AP: { total: 1, from_outbreak_areas: 0 }, TG: { total: 3, from_outbreak_areas: 2 } },
  });
  const day = await countDeclarations(t.db, t.ctx, { at: T, since: '2021-08-01T00:00:00+07:00' });
  assert.deepEqual([day.total, day.from_outbreak_areas], [4, 2]);

  const c = await countCrossings(t.db, t.ctx, { at: T });
  assert.deepEqual(
    [c.entries, c.exits, c.entries_from_outbreak_areas, c.rapid_tests, c.rapid_positive],
    [4, 1, 2, 3, 1],
  );
  assert.deepEqual(c.by_decision, { allowed: 3, quarantine: 1, turned_back: 1 });
  assert.deepEqual([c.by_mode.road.entries, c.by_mode.road.exits, c.by_mode.air.entries], [3, 1, 1]);
  assert.deepEqual(Object.keys(c.by_day), ['2021-07-31', '2021-08-01']);
  assert.deepEqual([c.by_day['2021-08-01'].entries, c.by_checkpoint.TG.turned_back], [3, 1]);

  // A commune officer of Him Lam (03127) counts the airport and the guest house only.
  const himLam = { ...t.ctx, wards: ['03127'] };
  assert.equal((await countDeclarations(t.db, himLam, { at: T })).total, 2);
  assert.equal((await countCrossings(t.db, himLam, { at: T })).entries, 1);
});

test(`[${engineName}] checkpoints operating and staff on duty at T; incidents and violations by kind`, async () => {
  const cp = await countCheckpoints(t.db, t.ctx, { at: T });
  assert.deepEqual([cp.sites, cp.staff, cp.staff_by_force], [4, 12, { border_guard: 6, militia: 4, military: 2 }]);
  assert.deepEqual(
    cp.by_kind.map((k) => [k.kind, k.mobility, k.border, k.sites, k.staff]),
    [
      ['airport', 'fixed', null, 1, 0],
      ['border_post', 'fixed', 'LA', 1, 8],
      ['border_post', 'mobile', 'CN', 1, 0],
      ['checkpoint', 'fixed', null, 1, 4],
    ],
  );

  assert.deepEqual(await countIncidents(t.db, t.ctx, { at: T }), {
    illegal_entry: { cases: 2, people: 8, by_border: { CN: { cases: 1, people: 3 }, LA: { cases: 1, people: 5 } } },
    received_from_neighbour: { cases: 1, people: 20, by_border: { LA: { cases: 1, people: 20 } } },
  });
  assert.deepEqual(await countViolations(t.db, t.ctx, { at: T }), {
    false_declaration: { count: 2, fined: 1, fines_vnd: 1_500_000 },
    no_mask: { count: 1, fined: 1, fines_vnd: 2_000_000 },
  });
  assert.deepEqual(Object.keys(await countViolations(t.db, t.ctx, { at: '2021-08-01T18:00:01+07:00' })), [
    'false_declaration',
    'leaving_quarantine',
    'no_mask',
  ]);
});
