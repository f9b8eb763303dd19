// `phongdich report cohort` and `phongdich report residents` as a user runs them (docs/contracts/cli.md,
// period-report.md): the contract JSON on stdout, --out, the files of --format read back, and a bad option named
// with exit code 1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineName, serverDatabase } from '../test/db.ts';
import { readDocx } from '../test/docx.ts';
import { openDb } from '../db/connection.ts';
import { systemCtx } from '../shared/context.ts';
import { COHORT_AT, loadCohortScenario } from '../entry/test-cohort.ts';
import { loadResidentsScenario, RESIDENTS_AT } from './test-residents.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-residents-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'vi_VN.UTF-8' };
let dropDb: (() => Promise<void>) | undefined;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  if (process.env.DATABASE_URL) {
    const server = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = server.url;
    dropDb = server.drop;
  }
  const init = cli('init', '--province', '93');
  assert.equal(init.code, 0, init.err);
  const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.PHONGDICH_DATA_DIR! });
  try {
    const t = { db, ctx: systemCtx('93', 'test', 'vi'), close: async () => {} };
    await loadCohortScenario(t);
    await loadResidentsScenario(t);
  } finally {
    await db.close();
  }
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

test(`[${engineName}] report cohort: the contract's JSON (test-cohort.ts, worked by hand there), and as a DOCX`, async () => {
  assert.match(cli('report', '--help').out, /phongdich report cohort --origin MÃ --since YYYY-MM-DD --at/);
  const r = cli('report', 'cohort', '--origin', '01', '--since', '2021-07-20', '--at', COHORT_AT);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), {
    origin: '01',
    since: '2021-07-20',
    at: '2021-08-01T18:00:00+07:00',
    arrived: 5,
    under_management: 3,
    centralized: 1,
    home: 1,
    self_monitoring: 1,
    sampled: 2,
    positive: 0,
    negative: 1,
    pending: 1,
  });
  const out = join(dir, 'cohort.json');
  const f = cli('report', 'cohort', '--origin', 'abroad', '--since', '2021-07-20', '--at', COHORT_AT, '--out', out);
  assert.equal(f.code, 0, f.err);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).arrived, 1);

  // As a DOCX: the same figures, the origin by name.
  const docx = join(dir, 'cohort.docx');
  const d = cli(
    'report',
    'cohort',
    '--origin',
    '01',
    '--since',
    '2021-07-20',
    '--at',
    COHORT_AT,
    '--format',
    'docx',
    '--out',
    docx,
  );
  assert.equal(d.code, 0, d.err);
  const { paragraphs, tables } = await readDocx(readFileSync(docx));
  assert.ok(
    paragraphs.some((p) => /^Người về từ .*Hà Nội từ ngày 20\/07\/2021$/.test(p)),
    paragraphs.join('\n'),
  );
  assert.deepEqual(tables.find((tb) => tb[0][0] === 'Chỉ tiêu')!.slice(1), [
    ['Tổng số người về', '5'],
    ['Đang quản lý (cách ly, theo dõi)', '3'],
    ['Cách ly tập trung', '1'],
    ['Cách ly tại nhà', '1'],
    ['Tự theo dõi sức khỏe', '1'],
    ['Đã lấy mẫu xét nghiệm', '2'],
    ['Dương tính', '0'],
    ['Âm tính', '1'],
    ['Chờ kết quả', '1'],
  ]);

  const bad = cli('report', 'cohort', '--origin', '99', '--since', '2021-07-20', '--at', COHORT_AT);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^origin: không có tỉnh\/thành phố mã 99/);
  const late = cli('report', 'cohort', '--origin', '01', '--since', '2021-08-05', '--at', COHORT_AT);
  assert.equal(late.code, 1);
  assert.match(late.err, /^since \(2021-08-05\) sau thời điểm at/);
  const none = spawnSync(
    process.execPath,
    ['bin/phongdich.js', 'report', 'cohort', '--since', '2021-07-20', '--at', COHORT_AT],
    {
      env: { ...env, LANG: 'en_US.UTF-8' },
      encoding: 'utf8',
    },
  );
  assert.equal(none.status, 1);
  assert.match(none.stderr, /^Missing parameter origin/);
});

test(`[${engineName}] report residents: the contract's JSON (test-residents.ts), and as files`, async () => {
  const r = cli('report', 'residents', '--at', RESIDENTS_AT);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.deepEqual(Object.keys(json), ['at', 'abroad', 'held_elsewhere']);
  assert.deepEqual([json.abroad.total, json.abroad.returned], [6, 2]);
  assert.deepEqual(json.held_elsewhere, [
    { province_code: '19', completed: 1, current: 0 },
    { province_code: '82', completed: 1, current: 1 },
    { province_code: '84', completed: 0, current: 1 },
  ]);
  const bad = cli('report', 'residents', '--at', 'hôm qua');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^at: thời điểm không hợp lệ/);
  // Rendered like every report: the HTML on stdout, the DOCX to --out, with the JSON's numbers.
  const expected = json.abroad.expected_by_country.reduce((s: number, c: { count: number }) => s + c.count, 0);
  const html = cli('report', 'residents', '--at', RESIDENTS_AT, '--format', 'html');
  assert.equal(html.code, 0, html.err);
  assert.ok(html.out.includes(`Đang ở nước ngoài 6 người; đã về 2 người; dự kiến về ${expected} người.`));
  const out = join(dir, 'residents.docx');
  assert.equal(cli('report', 'residents', '--at', RESIDENTS_AT, '--format', 'docx', '--out', out).code, 0);
  const { paragraphs, tables } = await readDocx(readFileSync(out));
  assert.ok(paragraphs.includes('Cách ly ở tỉnh khác 4 người: đã hết thời gian cách ly 2, đang cách ly 2.'));
  const held = tables.find((tb) => tb[0][0] === 'Mã tỉnh')!;
  assert.deepEqual(
    held.slice(1, -1).map((r) => [r[0], r[2], r[3]]),
    json.held_elsewhere.map((h: { province_code: string; completed: number; current: number }) => [
      h.province_code,
      String(h.completed),
      String(h.current),
    ]),
  );
  assert.deepEqual(held.at(-1), ['Tổng cộng', '', '2', '2']);
  const byCountry = tables.find((tb) => tb[0][0] === 'Mã nước')!;
  assert.deepEqual(byCountry.at(-1), ['Tổng cộng', '', String(expected)]);
});
