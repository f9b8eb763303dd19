// `phongdich report …` as a user runs it (docs/contracts/cli.md): JSON on stdout by default, files with --out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { engineName, serverDatabase } from '../test/db.ts';
import { openDb } from '../db/connection.ts';
import { systemCtx } from '../shared/context.ts';
import { loadScenario } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'phongdich-report-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, PHONGDICH_DATA_DIR: join(dir, 'data'), LANG: 'vi_VN.UTF-8' };
let dropDb: (() => Promise<void>) | undefined;

function cli(...args: string[]) {
  return cliIn(env, ...args);
}
function cliIn(environment: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/phongdich.js', ...args], { env: environment, encoding: 'utf8' });
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
    await loadScenario({ db, ctx: systemCtx('93', 'test', 'vi'), close: async () => {} });
  } finally {
    await db.close();
  }
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

test(`[${engineName}] report daily: the contract JSON on stdout, renderings to files`, async () => {
  assert.match(cli('--help').out, /phongdich report daily\|period\|review/);
  assert.match(cli('report', '--help').out, /--at THỜI_ĐIỂM_ISO \[--format json\|html\|docx\|xlsx\] \[--out TỆP\]/);

  const r = cli('report', 'daily', '--at', '2021-09-10T06:30:00+07:00');
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.equal(json.as_of, '2021-09-10T06:30:00+07:00');
  assert.deepEqual(json.current.cases, {
    total: 5,
    new: 2,
    new_community: 1,
    discharged: 1,
    died: 1,
    transferred_out: 1,
    active: 2,
  });

  const out = join(dir, 'bao-cao.docx');
  const d = cli('report', 'daily', '--at', '2021-09-10T06:30:00+07:00', '--format', 'docx', '--out', out);
  assert.equal(d.code, 0, d.err);
  assert.equal(JSON.parse(d.out).out, out);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('5 (+2)'));

  const html = cli('report', 'daily', '--at', '2021-09-10 06:30', '--format', 'html');
  assert.match(html.out, /^<!doctype html>/);

  const missing = cli('report', 'daily');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /Bắt buộc/);
  const bad = cli('report', 'daily', '--at', 'hôm qua');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /Thời điểm không hợp lệ/);
});

test(`[${engineName}] report period and review`, () => {
  const p = cli('report', 'period', '--kind', 'week', '--date', '2021-09-10');
  assert.equal(p.code, 0, p.err);
  assert.deepEqual(
    JSON.parse(p.out).series.map((d: { cases_new: number }) => d.cases_new),
    [0, 0, 0, 2, 2, 0, 0],
  );
  const r = cli('report', 'review', '--to', '2021-09-12');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).table.rows.find((x: { group: string }) => x.group === 'screened').self_monitoring, 1);
});

test(`[${engineName}] report period --to --compare: the contract JSON, a file, errors naming the option`, async () => {
  assert.match(cli('--help').out, /phongdich report period --to T --compare C \[--from A\] +số liệu đến T so với/);
  const help = cli('report', '--help').out;
  assert.match(help, /phongdich report period --to THỜI_ĐIỂM_ISO --compare THỜI_ĐIỂM_ISO \[--from THỜI_ĐIỂM_ISO\]/);
  assert.match(
    cliIn({ ...env, LANG: 'en' }, 'report', '--help').out,
    /report period --to ISO_INSTANT --compare ISO_INSTANT/,
  );

  const r = cli('report', 'period', '--to', '2021-09-10T06:30:00+07:00', '--compare', '2021-09-09 06:30');
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out);
  assert.deepEqual(
    [json.to, json.compare_at, json.from],
    ['2021-09-10T06:30:00+07:00', '2021-09-09T06:30:00+07:00', '2021-09-09T06:30:00+07:00'],
  );
  // The daily report of 10/9 06:30: at_to its current, at_compare its previous (P = C).
  const daily = JSON.parse(cli('report', 'daily', '--at', '2021-09-10T06:30:00+07:00').out);
  assert.deepEqual([json.at_to, json.at_compare], [daily.current, daily.previous]);
  // In (9/9 06:30, 10/9 06:30]: C4 (Ngã Bảy, community, a second after C) and C2 (Vị Thanh, quarantine, exactly at
  // T); C3 exactly at C is not new, C5 a second after T not yet.
  assert.deepEqual(json.new_cases_by_district.slice(0, 3), [
    { district_code: '930', new: 1, new_community: 0 },
    { district_code: '931', new: 1, new_community: 1 },
    { district_code: '932', new: 0, new_community: 0 },
  ]);
  assert.equal(json.new_cases_by_district.length, 8);
  assert.deepEqual(json.new_cases_by_detected_in, { community: 1, quarantine: 1, entry: 0 });
  assert.equal(json.days_since_last_case, 0);

  const out = join(dir, 'giai-doan.docx');
  const d = cli(
    'report',
    'period',
    '--to',
    '2021-09-10T06:30:00+07:00',
    '--compare',
    '2021-09-09T06:30:00+07:00',
    '--format',
    'docx',
    '--out',
    out,
  );
  assert.equal(d.code, 0, d.err);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  assert.ok(xml.includes('5 (+2)'));
  assert.ok(xml.includes('Số ngày không ghi nhận ca mắc mới'));

  const fail = (environment: NodeJS.ProcessEnv, ...args: string[]) => {
    const x = cliIn(environment, 'report', 'period', ...args);
    assert.equal(x.code, 1, x.out);
    return x.err.trim();
  };
  assert.equal(
    fail(env, '--to', '2021-09-10T06:30:00+07:00', '--compare', '2021-09-11T06:30:00+07:00'),
    '--compare: Thời điểm so sánh (2021-09-11T06:30:00+07:00) sau thời điểm chốt số liệu (2021-09-10T06:30:00+07:00)',
  );
  assert.equal(
    fail({ ...env, LANG: 'en' }, '--to', '2021-09-10T06:30:00+07:00', '--compare', '2021-09-11T06:30:00+07:00'),
    '--compare: The comparison instant (2021-09-11T06:30:00+07:00) is after the cut-off (2021-09-10T06:30:00+07:00)',
  );
  assert.match(
    fail(env, '--to', '2021-09-10T06:30:00+07:00', '--compare', '2021-09-01 06:30', '--from', '2021-09-11 00:00'),
    /^--from: Thời điểm bắt đầu tính ca mới \(2021-09-11 00:00\) sau thời điểm chốt số liệu/,
  );
  assert.match(
    fail(env, '--to', 'hôm nay', '--compare', '2021-09-01 06:30'),
    /^--to: Thời điểm không hợp lệ .*: hôm nay$/,
  );
  assert.match(fail(env, '--to', '2021-09-10T06:30:00+07:00'), /^--compare: Bắt buộc/);
  assert.match(
    fail({ ...env, LANG: 'en' }, '--to', '2021-09-10T06:30:00+07:00', '--compare', '2021-09-01', '--kind', 'week'),
    /^--kind: The report against an earlier instant/,
  );
});
