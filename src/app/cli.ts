// The `phongdich` command line (docs/contracts/cli.md).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { checkServeConfig, loadConfig, type Config } from '../config.ts';
import { openDb, type Db } from '../db/connection.ts';
import { migrate, openAppDb } from '../db/migrate.ts';
import { declarationAuditSummary, pruneDeclarationAudit } from '../shared/audit.ts';
import { defaultProvince } from '../geo/service.ts';
import { storeWardShapes } from '../geo/ward-shapes.ts';
import { initProvince } from './province.ts';
import { GEOGRAPHIES, type Geography } from '../geo/reference.ts';
import { importFile, importKinds } from './imports.ts';
import { formatOf } from '../imports/sources.ts';
import { localFile } from '../imports/upload.ts';
import { progressLine } from '../imports/progress.ts';
import { AppError } from '../shared/errors.ts';
import { t } from '../shared/messages.ts';
import type { Lang } from '../shared/i18n.ts';
import { systemCtx, type Ctx } from '../shared/context.ts';
import { buildServer } from './server.ts';
import { ensureWebBuild } from '../web/build.ts';
import { MAX_PEOPLE, writeDemo } from '../demo/generate.ts';
import { loadDemo as loadDemoProvince } from './demo.ts';
import { ensureFirstAdmin } from '../auth/service.ts';
import { REPORT_HELP, REPORT_USAGE, reportCommand } from '../reports/cli.ts';
import { startReportSchedule } from '../reports/schedule.ts';
import { RULES_HELP, RULES_USAGE, rulesCommand } from '../rules/cli.ts';

const KINDS = Object.keys(importKinds).join(', ');

const USAGE: Record<Lang, string> = {
  en: `phongdich — epidemic command system for a province

Usage:
  phongdich init --province CODE [--geography 2024|2025]   create/migrate the database, load the admin units
  phongdich import KIND FILE [--partial]                   import a CSV or XLSX file (kinds: ${KINDS})
  phongdich import ward_shapes FILE.geojson                 import ward boundaries (GeoJSON, all or nothing)
  ${REPORT_USAGE.en}
  phongdich report period --to T --compare C [--from A]    the figures at T against any earlier instant C, new cases by district
  ${RULES_USAGE.en}
  phongdich serve [--port 8080] [--demo]                   HTTP API + web app (--demo: load the demo province if empty)
  phongdich demo [--people N] [--seed S] [--out DIR]       load (or with --out write the CSVs of) a generated province
  phongdich audit summary [--from D] [--to D] | prune --before D   the public declarations' audit: counts, retention

Database: DATABASE_URL=postgres://… uses that server; otherwise embedded PGlite in PHONGDICH_DATA_DIR (default ./data).
Language: LANG=en… English, otherwise Vietnamese.`,
  vi: `phongdich — hệ thống chỉ huy phòng, chống dịch của tỉnh

Cách dùng:
  phongdich init --province MÃ [--geography 2024|2025]     tạo/cập nhật cơ sở dữ liệu, nạp đơn vị hành chính
  phongdich import LOẠI TỆP [--partial]                    nhập tệp CSV hoặc XLSX (loại: ${KINDS})
  phongdich import ward_shapes TỆP.geojson                 nhập ranh giới xã (GeoJSON, nhận cả tệp hoặc không gì)
  ${REPORT_USAGE.vi}
  phongdich report period --to T --compare C [--from A]    số liệu đến T so với thời điểm C bất kỳ trước đó, ca mới theo huyện
  ${RULES_USAGE.vi}
  phongdich serve [--port 8080] [--demo]                   API HTTP và ứng dụng web (--demo: nạp tỉnh mẫu nếu trống)
  phongdich demo [--people N] [--seed S] [--out THƯ_MỤC]   nạp (hoặc với --out ghi các tệp CSV của) một tỉnh mẫu
  phongdich audit summary [--from N] [--to N] | prune --before N   nhật ký khai báo y tế công khai: số đếm, lưu trữ

Cơ sở dữ liệu: DATABASE_URL=postgres://… dùng máy chủ đó; nếu không, PGlite nhúng trong PHONGDICH_DATA_DIR (mặc định ./data).
Ngôn ngữ: LANG=en… tiếng Anh, còn lại tiếng Việt.`,
};

const HELP: Record<string, Record<Lang, string>> = {
  init: {
    en: "phongdich init --province CODE [--geography 2024|2025]\n  Creates or migrates the database and loads the province's admin units (both geographies and their mapping). Idempotent.\n  The first time, creates the user `admin` and prints its password once (or takes PHONGDICH_ADMIN_PASSWORD).",
    vi: 'phongdich init --province MÃ [--geography 2024|2025]\n  Tạo hoặc cập nhật cơ sở dữ liệu và nạp đơn vị hành chính của tỉnh (cả hai hệ địa giới và bảng chuyển đổi). Chạy lại không sao.\n  Lần đầu tạo người dùng `admin` và in mật khẩu một lần (hoặc lấy PHONGDICH_ADMIN_PASSWORD).',
  },
  import: {
    en: `phongdich import KIND FILE [--partial]\n  Imports a CSV of KIND (${KINDS}), or an Excel workbook (FILE ending in .xlsx: the first\n  worksheet, header in its first row). Without --partial a file with any invalid row imports nothing. On a terminal,\n  progress (rows, percent of the file read) is shown on stderr.\n  Prints {"kind","rows","inserted","updated","rejected":[{"line","column","reason"}]}; exit 0, 2 if rows were rejected, 1 on other errors.
  phongdich import ward_shapes FILE.geojson: the province's ward boundaries, a FeatureCollection of Polygons or
  MultiPolygons with properties.ward_code (as PUT /api/v1/geo/wards.geojson). Prints {"wards"}; an unknown code or an
  invalid geometry imports nothing and names the feature (features[i]) and its code.`,
    vi: `phongdich import LOẠI TỆP [--partial]\n  Nhập tệp CSV loại LOẠI (${KINDS}), hoặc sổ Excel (TỆP đuôi .xlsx: trang tính\n  đầu tiên, tiêu đề ở dòng đầu). Không có --partial thì tệp có bất kỳ dòng lỗi nào sẽ không nhập gì. Trên màn hình,\n  tiến độ (số dòng, phần trăm tệp đã đọc) hiện ở stderr.\n  In {"kind","rows","inserted","updated","rejected":[{"line","column","reason"}]}; mã thoát 0, 2 nếu có dòng bị từ chối, 1 nếu lỗi khác.
  phongdich import ward_shapes TỆP.geojson: ranh giới các xã của tỉnh, một FeatureCollection gồm Polygon hoặc
  MultiPolygon có properties.ward_code (như PUT /api/v1/geo/wards.geojson). In {"wards"}; mã không có hoặc hình học
  sai thì không nhập gì và nêu đối tượng (features[i]) cùng mã của nó.`,
  },
  report: REPORT_HELP,
  rules: RULES_HELP,
  serve: {
    en: 'phongdich serve [--port 8080] [--host 127.0.0.1] [--demo]\n  Starts the HTTP API (/api/v1, docs at /api/docs) and the web app. --demo loads the demo province into an empty database first.',
    vi: 'phongdich serve [--port 8080] [--host 127.0.0.1] [--demo]\n  Chạy API HTTP (/api/v1, tài liệu tại /api/docs) và ứng dụng web. --demo nạp tỉnh mẫu vào cơ sở dữ liệu trống trước.',
  },
  demo: {
    en: `phongdich demo [--people 20000] [--seed 1] [--province 93] [--out DIR]\n  A deterministic generated province (same seed, same data): real admin units, synthetic hamlets and households, an\n  epidemic wave of 2021 (cases, exposures, quarantine at facilities and home, samples and pools, vaccinations, outcomes).\n  Without --out: loads it through the importer, kind by kind (kinds not available yet are skipped and named).\n  With --out DIR: writes DIR/<kind>.csv in the import formats instead (no database); --people up to ${MAX_PEOPLE.toLocaleString('en')}.`,
    vi: `phongdich demo [--people 20000] [--seed 1] [--province 93] [--out THƯ_MỤC]\n  Một tỉnh mẫu sinh tất định (cùng seed, cùng dữ liệu): đơn vị hành chính thật, ấp và hộ giả lập, một đợt dịch năm\n  2021 (ca bệnh, tiếp xúc, cách ly tập trung và tại nhà, mẫu và mẫu gộp, tiêm chủng, kết cục).\n  Không có --out: nạp qua bộ nhập, từng loại một (loại chưa hỗ trợ thì bỏ qua và nêu tên).\n  Với --out THƯ_MỤC: ghi THƯ_MỤC/<loại>.csv theo định dạng nhập (không dùng cơ sở dữ liệu); --people tối đa ${MAX_PEOPLE.toLocaleString('vi')}.`,
  },
  audit: {
    en: `phongdich audit summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n  The public declarations' audit by day, actor and site: [{"day","actor","site_kind","site_code","declarations"}].\nphongdich audit prune --before YYYY-MM-DD\n  Retention: removes the declarations' audit rows of the days before that date, keeping their daily counts (the summary\n  above still shows them). Run by the owner of the tables (DATABASE_URL's login), not the application's role.\n  Prints {"pruned"}. The officers' audit (audit_log) is not touched.`,
    vi: `phongdich audit summary [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n  Nhật ký khai báo y tế công khai theo ngày, người thực hiện và điểm: [{"day","actor","site_kind","site_code","declarations"}].\nphongdich audit prune --before YYYY-MM-DD\n  Lưu trữ: xóa các dòng nhật ký khai báo của những ngày trước ngày đó, giữ số đếm theo ngày (bản tóm tắt trên vẫn\n  hiện). Do chủ sở hữu các bảng chạy (tài khoản của DATABASE_URL), không phải vai trò của ứng dụng.\n  In {"pruned"}. Nhật ký của cán bộ (audit_log) không bị đụng tới.`,
  },
};

async function withDb<T>(cfg: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openAppDb(cfg);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function ctxFor(db: Db, cfg: Config): Promise<Ctx> {
  const p = await defaultProvince(db);
  if (!p) throw new AppError(400, 'not_initialised');
  return systemCtx(p.province_code, 'cli', cfg.lang);
}

/** Creates the first admin if none exists; the password (generated unless PHONGDICH_ADMIN_PASSWORD) is shown once. */
async function firstAdmin(db: Db, cfg: Config) {
  const admin = await ensureFirstAdmin(db, await ctxFor(db, cfg), process.env.PHONGDICH_ADMIN_PASSWORD);
  return admin ? { admin_username: admin.username, admin_password: admin.password } : {};
}

async function loadDemo(db: Db, cfg: Config, province: string, people: number, seed: number) {
  await initProvince(db, province, '2024');
  const admin = await firstAdmin(db, cfg);
  const r = await loadDemoProvince(db, await ctxFor(db, cfg), { people, seed });
  if (r.not_loaded.length) {
    console.error(t(cfg.lang, 'demo_not_loaded', { kinds: r.not_loaded.join(', ') }));
  }
  return { ...admin, ...r };
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  province: { type: 'string' },
  geography: { type: 'string' },
  partial: { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  demo: { type: 'boolean' },
  people: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  at: { type: 'string' },
  format: { type: 'string' },
  kind: { type: 'string' },
  date: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  compare: { type: 'string' },
  before: { type: 'string' },
  cases: { type: 'string' },
  origin: { type: 'string' },
  since: { type: 'string' },
} as const;

/** The options of a command; an unknown or incomplete option is named in the user's language. */
function parseOptions(args: string[], command: string) {
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const option = /'(--?[\w-]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? String(e);
    throw new AppError(400, 'cli_unknown_option', { value: option, command });
  }
}

async function main(argv: string[]): Promise<number> {
  const cfg = loadConfig();
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE[cfg.lang]);
    return command ? 0 : 1;
  }
  if (!(command in HELP)) {
    console.error(
      `${USAGE[cfg.lang]}\n\n${t(cfg.lang, 'cli_unknown_command', { value: command, allowed: Object.keys(HELP).join(', ') })}`,
    );
    return 1;
  }
  const { values, positionals } = parseOptions(rest, command);
  if (values.help) {
    console.log(HELP[command][cfg.lang]);
    return 0;
  }

  switch (command) {
    case 'init': {
      const geography = (values.geography ?? '2024') as Geography;
      if (!values.province || !GEOGRAPHIES.includes(geography)) {
        console.error(HELP.init[cfg.lang]);
        return 1;
      }
      const r = await withDb(cfg, async (db) => ({
        ...(await initProvince(db, values.province!, geography)),
        ...(await firstAdmin(db, cfg)),
      }));
      console.log(JSON.stringify(r));
      return 0;
    }
    case 'import': {
      const [kind, file] = positionals;
      if (!kind || !file) {
        console.error(HELP.import[cfg.lang]);
        return 1;
      }
      if (kind === 'ward_shapes') {
        const shapes = JSON.parse(readFileSync(file, 'utf8')) as { features?: unknown };
        if (!Array.isArray(shapes.features)) throw new AppError(400, 'ward_shapes_empty', {}, 'features');
        const r = await withDb(cfg, async (db) =>
          storeWardShapes(db, await ctxFor(db, cfg), { features: shapes.features as unknown[] }),
        );
        console.log(JSON.stringify(r));
        return 0;
      }
      const result = await withDb(cfg, async (db) => {
        const ctx = await ctxFor(db, cfg);
        // On a terminal: rows read and percent of the file's bytes, then the checking and writing phases.
        // A regular file is read in place; a pipe is received to a temporary file first, so that the import's
        // transaction never waits on its writer.
        return importFile(db, ctx, kind, localFile(file), {
          partial: values.partial,
          fileName: file,
          format: formatOf(file),
          onProgress: process.stderr.isTTY
            ? (p) => process.stderr.write(`\r\x1b[K${progressLine(p, cfg.lang)} …`)
            : undefined,
        });
      });
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      console.log(JSON.stringify(result));
      return result.rejected.length ? 2 : 0;
    }
    case 'demo': {
      const people = Number(values.people ?? 20_000),
        seed = Number(values.seed ?? 1);
      if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE || !Number.isInteger(seed)) {
        console.error(HELP.demo[cfg.lang]);
        return 1;
      }
      if (values.out) {
        console.log(
          JSON.stringify({
            out: values.out,
            ...writeDemo(values.out, { people, seed, province: values.province ?? '93' }),
          }),
        );
        return 0;
      }
      const r = await withDb(cfg, (db) => loadDemo(db, cfg, values.province ?? '93', people, seed));
      console.log(JSON.stringify(r));
      return [...r.imports, ...r.extras].some((i) => i.rejected) ? 2 : 0;
    }
    case 'report': {
      // DOCX and XLSX are binary: refused on a terminal before any work, written to --out or a redirection.
      const binary = values.format === 'docx' || values.format === 'xlsx';
      if (binary && !values.out && process.stdout.isTTY)
        throw new AppError(400, 'cli_binary_to_terminal', { format: values.format!.toUpperCase() }, 'out');
      const out = await withDb(cfg, async (db) => reportCommand(db, await ctxFor(db, cfg), positionals[0], values));
      if (typeof out === 'string') console.log(out);
      else process.stdout.write(out);
      return 0;
    }
    case 'rules': {
      console.log(await withDb(cfg, async (db) => rulesCommand(db, await ctxFor(db, cfg), positionals, values)));
      return 0;
    }
    case 'audit': {
      const [sub] = positionals;
      const isDate = (d: string | undefined) => d === undefined || /^\d{4}-\d{2}-\d{2}$/.test(d);
      if (
        !isDate(values.from) ||
        !isDate(values.to) ||
        !isDate(values.before) ||
        !(sub === 'summary' || (sub === 'prune' && values.before))
      ) {
        console.error(HELP.audit[cfg.lang]);
        return 1;
      }
      // As the owner: the application's role may not prune (src/db/roles.ts).
      const db = await openDb(cfg);
      try {
        await migrate(db);
        const out =
          sub === 'prune'
            ? await pruneDeclarationAudit(db, values.before!)
            : await declarationAuditSummary(db, (await ctxFor(db, cfg)).province, { from: values.from, to: values.to });
        console.log(JSON.stringify(out));
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'serve': {
      checkServeConfig();
      const db = await openAppDb(cfg);
      if (values.demo && !(await defaultProvince(db))) {
        console.error(t(cfg.lang, 'demo_loading'));
        const demo = await loadDemo(db, cfg, '93', 20_000, 1);
        if (demo.admin_password) {
          console.error(t(cfg.lang, 'demo_admin', { username: demo.admin_username, password: demo.admin_password }));
        }
      }
      // The app is part of what serve serves: build it when missing or older than its sources (never API-only).
      await ensureWebBuild(() => console.error(t(cfg.lang, 'web_building')));
      const app = await buildServer(db, { logger: true, trustProxy: cfg.trustProxy });
      const port = Number(values.port ?? cfg.port);
      await app.listen({ port, host: values.host ?? cfg.host });
      const stopSchedule = startReportSchedule(db); // drafts the scheduled reports (idempotent across servers)
      const stop = async () => {
        stopSchedule();
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return -1; // keep running
    }
  }
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    const lang = loadConfig().lang;
    // The field at fault is named, unless the message names it: as the option when it is one (`--at: …`).
    if (err instanceof AppError) {
      const message = t(lang, err.key, err.params);
      const named = message.split(/[^\w.[\]-]+/).some((w) => w === err.field || w === `--${err.field}`);
      const field = err.field && !named && (err.field in OPTIONS ? `--${err.field}` : err.field);
      console.error(`${field ? `${field}: ` : ''}${message}`);
    } else console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
