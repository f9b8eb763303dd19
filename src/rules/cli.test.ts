// `phongdich rules set|show` as a user runs it (docs/contracts/cli.md): national values fill the keys a file omits,
// an invalid file stores nothing and the error names the key, in Vietnamese or English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineName, serverDatabase } from '../test/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-rules-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'vi_VN.UTF-8' };
let dropDb: (() => Promise<void>) | undefined;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, body: unknown) {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
}

before(async () => {
  if (process.env.DATABASE_URL) {
    const server = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = server.url;
    dropDb = server.drop;
  }
  const init = cli('init', '--province', '93');
  assert.equal(init.code, 0, init.err);
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

test(`[${engineName}] rules show: the national set in force on a day`, () => {
  assert.match(cli('rules', '--help').out, /phongdich rules set TỪ_NGÀY TỆP\.json/);
  const r = cli('rules', 'show', '--at', '2021-10-11');
  assert.equal(r.code, 0, r.err);
  const set = JSON.parse(r.out);
  assert.equal(set.effective_from, '2021-10-11');
  assert.deepEqual(set.rules.zoning.rate_bands, [20, 50, 150]);
  assert.deepEqual(set.rules.zoning.levels, { met: [1, 2, 3, 3], not_met: [2, 3, 4, 4] });
  // before 2686/QĐ-BCĐQG (31/5/2021) the rule sets have no zoning key
  assert.equal(JSON.parse(cli('rules', 'show', '--at', '2021-05-30').out).rules.zoning, undefined);
  const none = cli('rules', 'show', '--at', '2019-12-31');
  assert.equal(none.code, 1);
  assert.match(none.err, /Không tìm thấy bộ quy định áp dụng ngày 2019-12-31/);
  assert.equal(cli('rules', 'show').code, 1);
});

test(`[${engineName}] rules set: a partial file keeps the national values; show reads it back`, () => {
  // Province's own matrix from 01/3/2022: five bands, the rest of zoning and every other key national (218/QĐ-BYT).
  const own = file('own.json', {
    name: 'Cấp độ dịch của tỉnh',
    basis: 'QĐ 555/QĐ-UBND',
    rules: { contact_window_days: 10, zoning: { rate_bands: [10, 50, 150, 200], levels: { met: [1, 1, 2, 3, 3] } } },
  });
  const bad = cli('rules', 'set', '2022-03-01', own);
  // levels.not_met still has the national 4 entries for 5 bands: refused, naming the key
  assert.equal(bad.code, 1);
  assert.equal(
    bad.err.trim(),
    'Tệp quy định không hợp lệ ở khoá rules.zoning.levels.not_met: Cần đúng 5 cấp độ (số ngưỡng tỷ lệ + 1)',
  );

  const good = file('good.json', {
    name: 'Cấp độ dịch của tỉnh',
    basis: 'QĐ 555/QĐ-UBND',
    rules: {
      contact_window_days: 10,
      zoning: { rate_bands: [10, 50, 150, 200], levels: { met: [1, 1, 2, 3, 3], not_met: [1, 2, 3, 4, 4] } },
    },
  });
  const r = cli('rules', 'set', '2022-03-01', good);
  assert.equal(r.code, 0, r.err);
  const shown = JSON.parse(cli('rules', 'show', '--at', '2022-03-05').out);
  assert.deepEqual(
    [shown.effective_from, shown.name, shown.basis],
    ['2022-03-01', 'Cấp độ dịch của tỉnh', 'QĐ 555/QĐ-UBND'],
  );
  assert.equal(shown.rules.contact_window_days, 10);
  assert.deepEqual(shown.rules.zoning, {
    method: 'rate_matrix',
    window_days: 7,
    rate_bands: [10, 50, 150, 200],
    coverage: { dose1_18plus_pct: 70, full_50plus_pct: 80, full_doses: 2 },
    levels: { met: [1, 1, 2, 3, 3], not_met: [1, 2, 3, 4, 4] },
    zero_level: 1,
  });
  // national 762/BYT-DP (21/02/2022) quarantine values, untouched
  assert.deepEqual(shown.rules.quarantine.home_vaccinated, {
    days: 5,
    follow_on_kind: 'self_monitoring',
    follow_on_days: 5,
    test_days: [1, 5],
  });
  // the day before, the national set of 21/02/2022
  assert.equal(JSON.parse(cli('rules', 'show', '--at', '2022-02-28').out).rules.contact_window_days, 14);

  // a bare rules object works too; it replaces the set of that day, named by default
  const bare = cli('rules', 'set', '2022-03-01', file('bare.json', { pool_max_size: 3 }));
  assert.equal(bare.code, 0, bare.err);
  const again = JSON.parse(bare.out);
  assert.deepEqual(
    [again.name, again.basis, again.rules.pool_max_size, again.rules.contact_window_days],
    ['Quy định của tỉnh từ 01/03/2022', null, 3, 14],
  );
  assert.deepEqual(again.rules.zoning.rate_bands, [50, 150, 200]);
});

test(`[${engineName}] rules set: an invalid file stores nothing, exit 1 and the key named (vi/en)`, () => {
  const cases: [unknown, string][] = [
    [{ zoning: { rate_bands: [50, 20, 200] } }, 'khoá zoning.rate_bands: Các ngưỡng tỷ lệ phải tăng dần'],
    [{ zoning: { zero_level: 5 } }, 'khoá zoning.zero_level: Không được lớn hơn 4'],
    [{ zonning: { zero_level: 1 } }, 'khoá zonning: Trường không được hỗ trợ: zonning'],
    [
      { zoning: { coverage: { full_50plus: 80 } } },
      'khoá zoning.coverage.full_50plus: Trường không được hỗ trợ: full_50plus',
    ],
    [
      { zoning: { method: 'guess' } },
      'khoá zoning.method: Giá trị không được chấp nhận, chỉ nhận: rate_matrix, assessed',
    ],
    [{ quarantine: { home: { days: 'ten' } } }, 'khoá quarantine.home.days: Phải là số'],
  ];
  for (const [body, message] of cases) {
    const r = cli('rules', 'set', '2022-04-01', file('bad.json', body));
    assert.equal(r.code, 1, JSON.stringify(body));
    assert.equal(r.err.trim(), `Tệp quy định không hợp lệ ở ${message}`);
  }
  const notJson = cli('rules', 'set', '2022-04-01', file('broken.json', '{"zoning": '));
  assert.equal(notJson.code, 1);
  assert.match(notJson.err, /Tệp quy định .*broken\.json không phải JSON hợp lệ/);
  const badDate = cli('rules', 'set', '2022-02-30', file('ok.json', {}));
  assert.equal(badDate.code, 1);
  assert.match(badDate.err, /Ngày phải có dạng YYYY-MM-DD/);

  env.LANG = 'en_US.UTF-8';
  const en = cli('rules', 'set', '2022-04-01', file('bad.json', { zoning: { levels: { met: [1, 2] } } }));
  env.LANG = 'vi_VN.UTF-8';
  assert.equal(en.code, 1);
  assert.equal(
    en.err.trim(),
    'Invalid rules file at key zoning.levels.met: Exactly 4 levels are needed (the number of rate bands + 1)',
  );
  // nothing was stored from 01/4/2022: the set in force is still the province's of 01/3/2022
  assert.equal(JSON.parse(cli('rules', 'show', '--at', '2022-04-02').out).effective_from, '2022-03-01');
});
