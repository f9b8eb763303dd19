// The command line as a user runs it: init, import with exit codes and the JSON summary (docs/contracts/cli.md).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineName, serverDatabase } from '../test/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'vi_VN.UTF-8' };
let dropDb: (() => Promise<void>) | undefined;

async function useServerDatabase(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const server = await serverDatabase(process.env.DATABASE_URL);
  env.DATABASE_URL = server.url;
  dropDb = server.drop;
}
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test(`[${engineName}] init, import (exit 0 / 2 / 1), idempotent re-import`, async () => {
  await useServerDatabase();
  // Help in the user's language: Vietnamese here (LANG=vi_VN), English with LANG=en….
  assert.match(cli('--help').out, /^Cách dùng:\n {2}phongdich init --province MÃ/m);
  assert.match(cli('import', '--help').out, /Không có --partial thì tệp có bất kỳ dòng lỗi nào sẽ không nhập gì/);
  const english = spawnSync(process.execPath, ['bin/phongdich.js', '--help'], {
    env: { ...env, LANG: 'en_US.UTF-8' },
    encoding: 'utf8',
  });
  assert.match(english.stdout, /^Usage:\n {2}phongdich init --province CODE/m);

  const init = cli('init', '--province', '93');
  assert.equal(init.code, 0, init.err);
  const first = JSON.parse(init.out);
  assert.equal(first.admin_username, 'admin');
  assert.match(first.admin_password, /^[A-Za-z0-9]{20}$/); // generated, shown once
  const again = cli('init', '--province', '93');
  assert.equal(again.code, 0);
  assert.equal(JSON.parse(again.out).admin_password, undefined);

  const good = join(dir, 'persons.csv');
  writeFileSync(
    good,
    'person_ref,full_name,phone,ward_code\nK1,Nguyễn Thị Kim,0909000001,31321\nK2,Lê Văn Khoa,,31324\n',
  );
  const r1 = cli('import', 'persons', good);
  assert.equal(r1.code, 0, r1.err);
  assert.deepEqual(JSON.parse(r1.out), { kind: 'persons', rows: 2, inserted: 2, updated: 0, rejected: [] });
  assert.deepEqual(JSON.parse(cli('import', 'persons', good).out), {
    kind: 'persons',
    rows: 2,
    inserted: 0,
    updated: 0,
    rejected: [],
  });

  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'person_ref,full_name,birth_year\nK3,Ok,1990\nK4,,1990\n');
  const r2 = cli('import', 'persons', bad);
  assert.equal(r2.code, 2);
  assert.deepEqual(JSON.parse(r2.out), {
    kind: 'persons',
    rows: 2,
    inserted: 0,
    updated: 0,
    rejected: [{ line: 3, column: 'full_name', reason: 'Bắt buộc phải có giá trị' }],
  });
  const r3 = cli('import', 'persons', bad, '--partial');
  assert.equal(r3.code, 2);
  assert.equal(JSON.parse(r3.out).inserted, 1);

  assert.equal(cli('import', 'persons', join(dir, 'missing.csv')).code, 1);
  const unknownKind = cli('import', 'nothing', good);
  assert.equal(unknownKind.code, 1);
  assert.match(unknownKind.err, /Loại dữ liệu nhập không hỗ trợ/);
});

test(`[${engineName}] mistakes are named in the user's language; binary is never written to a terminal`, () => {
  const unknown = cli('reprot', 'daily');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /Không có lệnh "reprot"\. Các lệnh: init, import, report, rules, serve, demo, audit$/m);
  const en = spawnSync(process.execPath, ['bin/phongdich.js', 'reprot'], { env: { ...env, LANG: 'en_US.UTF-8' } });
  assert.match(String(en.stderr), /Unknown command "reprot"/);

  const option = cli('report', 'daily', '--when', '2021-09-01');
  assert.equal(option.code, 1);
  assert.equal(option.err.trim(), 'Tùy chọn không hợp lệ: --when (xem phongdich report --help)');
  const noValue = cli('report', 'daily', '--at');
  assert.equal(noValue.err.trim(), 'Tùy chọn không hợp lệ: --at (xem phongdich report --help)');

  // The database was initialised by the test above: the report itself names the missing option.
  const missing = cli('report', 'daily');
  assert.equal(missing.code, 1);
  assert.equal(missing.err.trim(), '--at: Bắt buộc phải có giá trị');

  // `script` gives the command a terminal as its stdout, as a user typing it would.
  const tty = spawnSync(
    'script',
    [
      '-qec',
      `${process.execPath} bin/phongdich.js report daily --at 2021-09-01T09:00+07:00 --format docx`,
      '/dev/null',
    ],
    { env, encoding: 'utf8' },
  );
  assert.equal(tty.status, 1);
  assert.match(tty.stdout, /^Tệp DOCX là tệp nhị phân, không in ra màn hình: thêm --out TỆP/m);
  assert.ok(!tty.stdout.includes('PK\u0003\u0004')); // no zip bytes reached the terminal
});
