import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importFile } from '../app/imports.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
});
after(async () => {
  await t.close();
});

const csv = (s: string) => Readable.from([s]);
const count = async (sql: string) => (await t.db.query<{ n: number }>(sql))[0].n;

test(`[${engineName}] persons import: insert, idempotent re-import, update with audit`, async () => {
  // Vị Thanh ward 31321 exists in Hậu Giang (93); phones in three forms normalise to one.
  const file =
    'person_ref,full_name,birth_year,sex,id_number,phone,ward_code\n' +
    'P1,Nguyễn Văn An,1985,nam,093085000123,+84 912 345 678,31321\n' +
    'P2,"Trần Thị Bình",1990,Nữ,,84987654321,31321\n' +
    'P3,Lê Văn Cường,,,,0901234567,\n';
  const r1 = await importFile(t.db, t.ctx, 'persons', csv(file));
  assert.deepEqual(r1, { kind: 'persons', rows: 3, inserted: 3, updated: 0, rejected: [] });
  const p1 = (
    await t.db.query<{ phone: string; sex: string; id_kind: string }>(
      `SELECT phone, sex, id_kind FROM persons WHERE person_ref = 'P1'`,
    )
  )[0];
  assert.deepEqual(p1, { phone: '0912345678', sex: 'M', id_kind: 'cccd' });

  const r2 = await importFile(t.db, t.ctx, 'persons', csv(file));
  assert.deepEqual([r2.inserted, r2.updated, r2.rejected.length], [0, 0, 0]);

  const r3 = await importFile(t.db, t.ctx, 'persons', csv('person_ref,full_name,phone\nP2,Trần Thị Bình,0988000111\n'));
  assert.deepEqual([r3.inserted, r3.updated], [0, 1]);
  const aud = await t.db.query<{ b: string; a: string }>(
    `SELECT before->>'phone' AS b, after->>'phone' AS a FROM audit_log WHERE action = 'update' AND entity = 'person' AND entity_key = 'P2'`,
  );
  assert.deepEqual(aud, [{ b: '0987654321', a: '0988000111' }]);
  // An empty optional cell keeps the stored value.
  assert.equal(await count(`SELECT birth_year AS n FROM persons WHERE person_ref = 'P2'`), 1990);
});

test(`[${engineName}] a file with bad rows imports nothing and names every bad row`, async () => {
  const before = await count('SELECT count(*)::int AS n FROM persons');
  const file =
    'person_ref,full_name,birth_year,phone,id_number,ward_code\n' +
    'B1,Good Person,1970,0912000001,,31321\n' +
    'B2,,1970,,,\n' + // line 3: missing name
    'B3,Phạm D,abc,12345,,\n' + // line 4: bad year, bad phone
    'B4,Võ E,1980,,123,99999\n' + // line 5: bad id; unknown ward (checked in SQL)
    'B5,Đỗ F,1980,,,99998\n'; // line 6: unknown ward
  const r = await importFile(t.db, t.ctx, 'persons', csv(file));
  assert.equal(r.inserted + r.updated, 0);
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [3, 'full_name'],
      [4, 'birth_year'],
      [4, 'phone'],
      [5, 'id_number'],
      [6, 'ward_code'],
    ],
  );
  assert.match(r.rejected[0].reason, /Bắt buộc/);
  assert.equal(await count('SELECT count(*)::int AS n FROM persons'), before);

  const partial = await importFile(t.db, t.ctx, 'persons', csv(file), { partial: true });
  assert.equal(partial.inserted, 1);
  assert.equal(await count('SELECT count(*)::int AS n FROM persons'), before + 1);
});

test(`[${engineName}] header problems: unknown and missing columns reject the file`, async () => {
  const r = await importFile(t.db, t.ctx, 'persons', csv('person_ref,fullname\nX,Y\n'), { partial: true });
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [
      [1, 'fullname'],
      [1, 'full_name'],
    ],
  );
  assert.equal(r.inserted, 0);
  const en = await importFile(t.db, { ...t.ctx, lang: 'en' }, 'persons', csv('person_ref\nX\n'));
  assert.equal(en.rejected[0].reason, 'Missing required column: full_name');
});

test(`[${engineName}] a key repeated in one file: the last row wins`, async () => {
  const r = await importFile(t.db, t.ctx, 'persons', csv('person_ref,full_name\nD1,First\nD1,Second\n'));
  assert.deepEqual([r.rows, r.inserted], [2, 1]);
  assert.equal(
    (await t.db.query<{ full_name: string }>(`SELECT full_name FROM persons WHERE person_ref = 'D1'`))[0].full_name,
    'Second',
  );
});

test(`[${engineName}] population and hamlets imports`, async () => {
  const r = await importFile(
    t.db,
    t.ctx,
    'population',
    csv('\uFEFFward_code,population,population_18plus\n31321,12000,9000\n31324,8000,9000\n'),
  );
  assert.deepEqual(
    r.rejected.map((x) => [x.line, x.column]),
    [[3, 'population_18plus']],
  );
  const ok = await importFile(
    t.db,
    t.ctx,
    'population',
    csv('ward_code,population,population_18plus\n31321,12000,9000\n31324,8000,6000\n'),
  );
  assert.deepEqual([ok.inserted, ok.updated], [2, 0]);
  assert.equal(await count('SELECT sum(population_18plus)::int AS n FROM ward_population'), 15000);
  const h = await importFile(t.db, t.ctx, 'hamlets', csv('ward_code,name\n31321,Ấp 1\n31321,ấp 1\n31321,Khu vực 2\n'));
  assert.deepEqual([h.inserted, h.updated], [2, 0]);
  const again = await importFile(t.db, t.ctx, 'hamlets', csv('ward_code,name\n31321,ẤP 1\n'));
  assert.deepEqual([again.inserted, again.updated], [0, 1]);
});
