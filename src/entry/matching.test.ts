// Declarations are linked to persons: by ID number, else by phone + name (diacritics ignored) + birth year, never
// when that is ambiguous or an ID contradicts; and the CSV import of declarations (kind `declarations`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { provinceCodes2024 } from '../geo/reference.ts';
import { createSite } from './sites.ts';
import { insertDeclaration, matchDeclarations, toDeclaration } from './declarations.ts';

let t: TestDb;
const imp = (kind: string, csv: string, partial = false) =>
  importFile(t.db, t.ctx, kind, Readable.from([csv]), { partial });
const linked = async () =>
  Object.fromEntries(
    (
      await t.db.query<{ declaration_ref: string; person_ref: string | null }>(
        `SELECT d.declaration_ref, p.person_ref FROM declarations d LEFT JOIN persons p ON p.province_code = d.province_code AND p.person_id = d.person_id
    ORDER BY 1`,
      )
    ).map((r) => [r.declaration_ref, r.person_ref]),
  );

before(async () => {
  t = await testDb('11');
  await createSite(t.db, t.ctx, 'checkpoint', {
    checkpoint_code: 'TG',
    name: 'Chốt Tuần Giáo',
    kind: 'checkpoint',
    ward_code: '03253',
  });
  const r = await imp(
    'persons',
    'person_ref,full_name,birth_year,id_number,phone,ward_code\n' +
      'P1,Lò Văn Pành,1990,011090001234,0912345678,03253\n' +
      'P2,Nguyễn Thị Hoa,1990,,0912000002,03127\n' +
      'P3,Trần Văn Nam,1980,,0912000003,03253\n' +
      'P4,Trần Văn Nam,1980,,0912000003,03127\n' + // the same phone, name and year twice: ambiguous
      'P5,Lê Văn Đức,1975,011075000555,0912000005,03253\n',
  );
  assert.equal(r.inserted, 5, JSON.stringify(r.rejected));
});
after(async () => {
  await t.close();
});

const HEADER =
  'declaration_ref,declared_at,channel,checkpoint_code,full_name,birth_year,id_number,phone,from_province,to_ward_code\n';
const FILE =
  HEADER +
  'APP-1,2021-07-25 08:00,app,TG,Lo Van Panh,,011090001234,0988000001,01,03259\n' + // ID → P1 (name and phone differ)
  'APP-2,2021-07-25 08:10,app,TG,nguyen thi hoa,1990,,+84912000002,01,03259\n' + // phone + folded name + year → P2
  'APP-3,2021-07-25 08:20,app,TG,Trần Văn Nam,1980,,0912000003,01,03259\n' + // two candidates → none
  'APP-4,2021-07-25 08:30,app,TG,Lê Văn Đức,1975,011075000999,0912000005,01,03259\n' + // phone+name+year, but another ID → none
  'APP-5,2021-07-25 08:40,app,TG,Nguyễn Thị Hoa,1991,,0912000002,01,03259\n' + // another birth year → none
  'APP-6,2021-07-25 08:50,paper,,Vàng A Sử,2001,,0912000006,01,03259\n'; // not registered yet

test(`[${engineName}] imported declarations are linked by ID, then phone + name + birth year`, async () => {
  const r = await imp('declarations', FILE);
  assert.deepEqual([r.rows, r.inserted, r.updated, r.rejected], [6, 6, 0, []]);
  assert.deepEqual(await linked(), {
    'APP-1': 'P1',
    'APP-2': 'P2',
    'APP-3': null,
    'APP-4': null,
    'APP-5': null,
    'APP-6': null,
  });
  const [d1] = await t.db.query(
    `SELECT full_name, birth_year, sex, phone FROM declarations WHERE declaration_ref = 'APP-1'`,
  );
  assert.deepEqual(
    d1,
    { full_name: 'Lo Van Panh', birth_year: 1990, sex: 'M', phone: '0988000001' },
    'as declared; year and sex from the CCCD',
  );
});

test(`[${engineName}] the same file twice changes nothing; a changed row updates and is audited`, async () => {
  const again = await imp('declarations', FILE);
  assert.deepEqual([again.inserted, again.updated], [0, 0]);
  const changed = await imp(
    'declarations',
    HEADER + 'APP-6,2021-07-25 08:50,paper,,Vàng A Sử,2001,,0912000006,01,03253\n',
  );
  assert.deepEqual([changed.inserted, changed.updated], [0, 1]);
  const audit = await t.db.query(
    `SELECT before->>'to_ward_code' AS was, after->>'to_ward_code' AS now FROM audit_log WHERE action = 'update' AND entity = 'declaration' AND entity_key = 'APP-6'`,
  );
  assert.deepEqual(audit, [{ was: '03259', now: '03253' }]);
});

test(`[${engineName}] declarations already stored are linked once the person is registered`, async () => {
  const r = await imp(
    'persons',
    'person_ref,full_name,birth_year,phone,ward_code\nP6,Vàng A Sử,2001,0912000006,03253\n',
  );
  assert.equal(r.inserted, 1);
  assert.deepEqual(await matchDeclarations(t.db, t.ctx), { linked: 1 });
  assert.equal((await linked())['APP-6'], 'P6');
  assert.deepEqual(await matchDeclarations(t.db, t.ctx), { linked: 0 });
});

test(`[${engineName}] the one-statement insert (QR form, staff) matches the same way`, async () => {
  const env = { provinceCodes: provinceCodes2024(), geography: '2024' as const };
  // (At TG this would be APP-4 again: the same phone and name at the same site within 10 minutes is a double submission.)
  const byPhone = await insertDeclaration(
    t.db,
    t.ctx,
    toDeclaration(
      { full_name: 'LÊ VĂN ĐỨC', birth_year: 1975, phone: '0912 000 005', from_province: '24' },
      'paper',
      env,
    ),
    null,
  );
  assert.equal(byPhone!.duplicate, false);
  const byId = await insertDeclaration(
    t.db,
    t.ctx,
    toDeclaration({ full_name: 'Pành', id_number: '011090001234', from_province: '24' }, 'paper', env),
    null,
  );
  const refs = await linked();
  assert.equal(refs[byPhone!.declaration_ref], 'P5');
  assert.equal(refs[byId!.declaration_ref], 'P1');
  assert.equal(
    await insertDeclaration(t.db, t.ctx, toDeclaration({ full_name: 'X', from_province: '24' }, 'paper', env), {
      kind: 'checkpoint',
      code: 'NOPE',
    }),
    null,
  );
});

test(`[${engineName}] import rows are checked like the form, and name line and column`, async () => {
  const r = await imp(
    'declarations',
    HEADER +
      'B-1,2021-07-25 09:00,app,TG,Ngọc,1990,,12345,01,03259\n' +
      'B-2,2021-07-25 09:00,app,XX,Ngọc,1990,,0912000009,01,03259\n' +
      'B-3,2021-07-25 09:00,app,TG,Ngọc,1990,011095000001,0912000009,01,03259\n' +
      'B-4,2021-07-25 09:00,app,TG,Ngọc,1990,,0912000009,99,03259\n' +
      'B-5,2021-07-25 09:00,app,TG,Ngọc,1990,,0912000009,01,00001\n' +
      'B-6,hôm qua,app,TG,Ngọc,1990,,0912000009,01,03259\n',
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [2, 'phone'],
      [3, 'checkpoint_code'],
      [4, 'id_number'],
      [5, 'from_province'],
      [6, 'to_ward_code'],
      [7, 'declared_at'],
    ],
  );
  assert.equal(r.inserted, 0, 'all or nothing');
  const both = await imp(
    'declarations',
    'declaration_ref,declared_at,checkpoint_code,accommodation_code,full_name,from_country\nC-1,2021-07-25 09:00,TG,NN1,Smith,LA\n',
  );
  assert.deepEqual(
    both.rejected.map((x) => [x.line, x.column]),
    [[2, 'accommodation_code']],
  );
});
