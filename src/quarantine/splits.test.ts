// Seed 000's splits of the quarantine at an instant: centralized by the facility's site type (health centres vs other
// sites), home by workplace (companies in industrial zones, other workplaces, none). Hand-counted fixture at
// 12:00 on 26/3/2020: TTYT Ngã Bảy holds 2, Trường Quân sự 3 (one more left at 10:00, one arrives at 12:00 exactly);
// at home 2 at Minh Phú (industrial zone), 1 at a shop (other), 1 without a workplace, 1 self-monitoring (not home).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { load as loadCsv } from '../test/import.ts';
import { importFile } from '../app/imports.ts';
import { quarantineSplits } from './splits.ts';

let t: TestDb;
const load = (kind: string, csv: string) => loadCsv(t, kind, csv);

before(async () => {
  t = await testDb();
  const refs = ['N1', 'N2', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'H3', 'H4', 'S1'];
  await load(
    'persons',
    'person_ref,full_name,ward_code\n' + refs.map((r) => `${r},Người ${r},31321`).join('\n') + '\n',
  );
  await load(
    'facilities',
    'facility_code,name,kind,ward_code,beds,site_type\n' +
      'TTYT-NB,TTYT Ngã Bảy,both,31321,20,Trung tâm Y tế\nTQS,Trường Quân sự,quarantine,31321,100,\n',
  );
  await load(
    'quarantine',
    'person_ref,kind,start_at,facility_code,end_at,end_reason,workplace,workplace_type\n' +
      'N1,centralized,2020-03-20 08:00,TTYT-NB,,,,\nN2,centralized,2020-03-21 08:00,TTYT-NB,,,,\n' +
      'Q1,centralized,2020-03-20 08:00,TQS,,,,\nQ2,centralized,2020-03-20 08:00,TQS,,,,\n' +
      'Q3,centralized,2020-03-20 08:00,TQS,2020-03-26 10:00,completed,,\n' +
      'Q4,centralized,2020-03-26 12:00,TQS,,,,\n' +
      'H1,home,2020-03-24 08:00,,,,Công ty Minh Phú,khu công nghiệp\n' +
      'H2,home,2020-03-24 08:00,,,,Công ty Minh Phú,industrial_zone\n' +
      'H3,home,2020-03-24 08:00,,,,Cửa hàng Bình An,\nH4,home,2020-03-24 08:00,,,,,\n' +
      'S1,self_monitoring,2020-03-24 08:00,,,,Công ty Minh Phú,industrial_zone\n',
  );
});
after(async () => {
  await t.close();
});

test(`[${engineName}] centralized by site type and home by workplace, at an instant`, async () => {
  const s = await quarantineSplits(t.db, t.ctx, new Date('2020-03-26T12:00:00+07:00'));
  assert.deepEqual(s.centralized, [
    {
      site_type: 'health_centre',
      current: 2,
      facilities: [{ facility_code: 'TTYT-NB', name: 'TTYT Ngã Bảy', current: 2 }],
    },
    { site_type: 'other', current: 3, facilities: [{ facility_code: 'TQS', name: 'Trường Quân sự', current: 3 }] },
  ]);
  assert.deepEqual(s.home, [
    { workplace_type: 'industrial_zone', current: 2, workplaces: [{ workplace: 'Công ty Minh Phú', current: 2 }] },
    { workplace_type: 'other', current: 1, workplaces: [{ workplace: 'Cửa hàng Bình An', current: 1 }] },
    { workplace_type: 'none', current: 1, workplaces: [] },
  ]);
  // A minute earlier Q3 is still there and Q4 not yet.
  const before = await quarantineSplits(t.db, t.ctx, new Date('2020-03-26T09:59:00+07:00'));
  assert.equal(before.centralized[1].current, 3);
  assert.deepEqual(before.centralized[1].facilities, [{ facility_code: 'TQS', name: 'Trường Quân sự', current: 3 }]);
});

test(`[${engineName}] a site or workplace type the import does not know is refused, naming the column`, async () => {
  const r = await importFile(
    t.db,
    t.ctx,
    'facilities',
    Readable.from(['facility_code,name,kind,site_type\nX1,Trường X,quarantine,bệnh viện dã chiến\n']),
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [[2, 'site_type']],
  );
  assert.match(r.rejected[0].reason, /bệnh viện dã chiến/);
  const q = await importFile(
    t.db,
    t.ctx,
    'quarantine',
    Readable.from(['person_ref,kind,start_at,workplace_type\nH4,home,2020-03-25 08:00,chợ\n']),
  );
  assert.deepEqual(
    q.rejected.map((x) => [x.line, x.column]),
    [[2, 'workplace_type']],
  );
});
