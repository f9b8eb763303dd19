import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';
import { fold } from '../shared/text.ts';
import {
  createPerson,
  getPerson,
  listDuplicates,
  markNotDuplicate,
  mergeHistory,
  mergePersons,
  searchPersons,
  updatePerson,
} from './service.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
  const file =
    'person_ref,full_name,birth_year,id_number,phone,ward_code\n' +
    'A1,Nguyễn Văn An,1985,093085000123,0912345678,31321\n' +
    'A2,Nguyễn Văn Ân,1962,,0912000002,31324\n' +
    'A3,NGUYỄN VĂN AN,1985,,+84912345678,31321\n' + // same phone + folded name + year as A1
    'A4,Trần Thị Bình,1985,093085000123,,31321\n' + // same CCCD as A1 (typed twice)
    'A5,Lê Văn Đức,1970,,0987000005,31324\n' +
    'A6,Nguyễn Văn An,1999,,0912345678,31321\n'; // same phone and name, another year: not a duplicate
  const r = await importFile(t.db, t.ctx, 'persons', Readable.from([file]));
  assert.equal(r.inserted, 6, JSON.stringify(r.rejected));
});
after(async () => {
  await t.close();
});

const refs = (rows: Record<string, unknown>[]) => rows.map((r) => r.person_ref).sort();

test(`[${engineName}] SQL fold_vi equals the JS fold`, async () => {
  const samples = ['Nguyễn Văn An', 'ĐẶNG THỊ ÁNH', 'Huỳnh  Ỷ  ', 'Phường Ngã Bảy'];
  for (const s of samples) {
    const [{ f }] = await t.db.query<{ f: string }>('SELECT fold_vi($1) AS f', [s.normalize('NFC')]);
    assert.equal(f, fold(s), s);
  }
});

test(`[${engineName}] search by name ignores diacritics and case`, async () => {
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: 'nguyen van an' })), ['A1', 'A2', 'A3', 'A6']);
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: 'NGUYỄN VĂN ÂN' })), ['A1', 'A2', 'A3', 'A6']);
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: 'duc' })), ['A5']);
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: 'binh', ward_code: '31324' })), []);
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: 'Bình', ward_code: '31321' })), ['A4']);
});

test(`[${engineName}] search by phone in any form and by ID number`, async () => {
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: '+84 912 345 678' })), ['A1', 'A3', 'A6']);
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: '0987000005' })), ['A5']);
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: '093085000123' })), ['A1', 'A4']);
});

test(`[${engineName}] duplicates: same ID, or same phone + name + birth year`, async () => {
  const d = await listDuplicates(t.db, t.ctx);
  assert.deepEqual(
    d.map((x) => [x.a_ref, x.b_ref, x.reasons]),
    [
      ['A1', 'A3', 'phone_name_birth_year'],
      ['A1', 'A4', 'id_number'],
    ],
  );
  await markNotDuplicate(t.db, t.ctx, 'A4', 'A1');
  assert.deepEqual(
    (await listDuplicates(t.db, t.ctx)).map((x) => [x.a_ref, x.b_ref]),
    [['A1', 'A3']],
  );
});

test(`[${engineName}] merge keeps the merged record and its history`, async () => {
  await updatePerson(t.db, t.ctx, 'A3', { address: '12 Trần Hưng Đạo' });
  const kept = await mergePersons(t.db, t.ctx, 'A1', 'A3', 'same person, typed twice');
  assert.equal(kept.address, '12 Trần Hưng Đạo'); // taken from the merged record
  assert.equal(kept.phone, '0912345678');
  const merged = await getPerson(t.db, t.ctx, 'A3');
  assert.equal(merged.merged_into_ref, 'A1');
  assert.deepEqual(refs(await searchPersons(t.db, t.ctx, { q: '0912345678' })), ['A1', 'A6']);
  assert.deepEqual(await listDuplicates(t.db, t.ctx), []);
  const history = await mergeHistory(t.db, t.ctx, 'A1');
  assert.equal(history.length, 1);
  assert.equal((history[0].merged_snapshot as { full_name: string }).full_name, 'NGUYỄN VĂN AN');
  await assert.rejects(mergePersons(t.db, t.ctx, 'A6', 'A3'), /already merged/);
  const audit = await t.db.query(
    `SELECT action FROM audit_log WHERE entity = 'person' AND entity_key = 'A1' AND action = 'merge'`,
  );
  assert.equal(audit.length, 1);
});

test(`[${engineName}] create and update validate like the import`, async () => {
  const p = await createPerson(t.db, t.ctx, {
    person_ref: 'N1',
    full_name: ' Hồ  Thị  Xuân ',
    phone: '84 98 7654 321',
    ward_code: '31321',
  });
  assert.equal(p.full_name, 'Hồ Thị Xuân');
  assert.equal(p.phone, '0987654321');
  await assert.rejects(
    createPerson(t.db, t.ctx, { person_ref: 'N1', full_name: 'X' }),
    (e: { status: number }) => e.status === 409,
  );
  await assert.rejects(
    createPerson(t.db, t.ctx, { person_ref: 'N2', full_name: 'X', ward_code: '00001' }),
    (e: { field: string; key: string }) => e.field === 'ward_code' && e.key === 'unknown_ward',
  );
  await assert.rejects(
    updatePerson(t.db, t.ctx, 'N1', { id_number: '093085000999', birth_year: 1990 }),
    (e: { key: string }) => e.key === 'bad_cccd_birth',
  );
  const u = await updatePerson(t.db, t.ctx, 'N1', { id_number: '093090000999' });
  assert.deepEqual([u.birth_year, u.sex], [1990, 'M']);
});
