// `npm run bench` — the benchmark suite (bench/README.md): generates a province, measures every figure on PGlite and
// on the PostgreSQL server of DATABASE_URL (a database of its own, dropped after), prints the table.
// `npm run bench:smoke` runs the same code on a few thousand rows in seconds, so the suite cannot rot.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDemo, type DemoSummary } from '../src/demo/generate.ts';
import { demoPath } from '../src/demo/files.ts';
import { provinceUnits } from '../src/geo/reference.ts';
import {
  PROVINCE,
  dailyReport,
  declarationPosts,
  periodReport,
  fLevelsFull,
  fLevelsOneResult,
  importVsCopy,
  loadRest,
  personPosts,
  personSearch,
  type Cell,
} from './benches.ts';
import { fmt, freshEngine, machine, runChild, seconds, withDb, type Engine, type EngineName } from './lib.ts';

const { values: opt } = parseArgs({
  options: {
    smoke: { type: 'boolean' },
    people: { type: 'string' },
    samples: { type: 'string' },
    'samples-people': { type: 'string' },
    engines: { type: 'string' },
    seconds: { type: 'string' },
    queries: { type: 'string' },
    'statement-timeout': { type: 'string' },
    only: { type: 'string' },
    'write-readme': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
const smoke = !!opt.smoke;
const people = Number(opt.people ?? (smoke ? 3_000 : 1_500_000));
const samplesWanted = Number(opt.samples ?? (smoke ? 2_000 : 1_000_000));
/** The samples benchmark's own province (its persons are referenced); by default the same size. */
const samplesPeople = Number(opt['samples-people'] ?? people);
const loadSeconds = Number(opt.seconds ?? (smoke ? 1 : 10));
const queries = Number(opt.queries ?? (smoke ? 20 : 400));
/** PostgreSQL only: a statement running longer fails (a pathological import cannot hold the run for hours). */
const statementTimeout = opt['statement-timeout'] ?? (smoke ? '2min' : '15min');
const engines = (opt.engines?.split(',') ?? [
  'pglite',
  ...(process.env.DATABASE_URL ? ['postgres'] : []),
]) as EngineName[];
if (engines.includes('postgres') && !process.env.DATABASE_URL) throw new Error('postgres needs DATABASE_URL');
/** The report's cut-off: near the wave's peak, when the most exposures are in the contact window. */
const AT = '2021-08-10T06:30:00+07:00';
/** The period report compares AT with nine days before, as seed 001 compares 10/9 with 01/9. */
const COMPARE = '2021-08-01T06:30:00+07:00';

const FIGURES = {
  generate: { name: 'Generate the province (all CSVs)', target: '—' },
  persons_import: { name: 'Import persons vs raw COPY', target: '— (the samples target applies to samples)' },
  samples_import: { name: 'Import samples vs raw COPY', target: '≤ 2.5× COPY, peak RSS ≤ 512 MB (both)' },
  daily_report: { name: 'Daily report', target: '≤ 0.5 s PostgreSQL, ≤ 1.5 s PGlite' },
  period_report: { name: 'Period report against an earlier instant', target: '≤ 1 s PostgreSQL, ≤ 2.5 s PGlite' },
  flevel_one: { name: `F-levels after one result (${smoke ? 30 : '10k'} descendants)`, target: '≤ 0.2 s PostgreSQL' },
  flevel_full: { name: 'F-levels full recompute', target: '≤ 5 s for 300k exposures' },
  person_search: { name: 'Person search p95', target: '— (none set)' },
  api_post: { name: 'API POST /persons (autocannon, 10 conn.)', target: '— (none set)' },
  declaration_post: {
    name: 'Declaration POST (autocannon, 32 conn.)',
    target: '≥ 3,000 req/s, p99 ≤ 50 ms PostgreSQL',
  },
} as const;
type Figure = keyof typeof FIGURES;
const only = opt.only?.split(',') as Figure[] | undefined;
const wanted = (...fs: Figure[]) => !only || fs.some((f) => only.includes(f));
if (opt.help) {
  console.log(`npm run bench -- [--people 1500000] [--samples 1000000] [--samples-people N] [--engines pglite,postgres] [--seconds 10]
                    [--queries 400] [--statement-timeout 15min] [--only FIGURE,…] [--write-readme] [--smoke]
  PostgreSQL runs when DATABASE_URL is set. --write-readme puts the table into bench/README.md and the numbers into
  bench/results.json. --only measures some figures (ids: ${Object.keys(FIGURES).join(', ')}) and, with
  --write-readme, replaces just those cells. --smoke: 3,000 persons, 1 s of load: every benchmark still runs.`);
  process.exit(0);
}

/** Whether a figure meets its target on an engine (null: no target there). */
function met(f: Figure, engine: EngineName, c: Cell): boolean | null {
  const n = c.numbers as Record<string, number> | undefined;
  if (c.value === undefined || !n) return null;
  switch (f) {
    case 'samples_import':
      return n.ratio <= 2.5 && n.rss_mb <= 512;
    case 'daily_report':
      return c.value <= (engine === 'postgres' ? 0.5 : 1.5);
    case 'period_report':
      return c.value <= (engine === 'postgres' ? 1 : 2.5);
    case 'flevel_one':
      return engine === 'postgres' ? c.value <= 0.2 : null;
    case 'flevel_full':
      return c.value <= 5;
    case 'declaration_post':
      return engine === 'postgres' ? n.rps >= 3000 && n.p99_ms <= 50 : null;
    default:
      return null;
  }
}

/** One engine's run: what it measured, on what, when. Kept in bench/results.json, one entry per engine. */
interface EngineRun {
  date: string;
  smoke: boolean;
  machine: ReturnType<typeof machine>;
  version: string;
  people: number;
  rows: DemoSummary['rows'];
  samples_rows: number;
  samples_people: number;
  at: string;
  /** Figures measured again later with --only (figure and date). */
  remeasured?: string[];
  /** Import time of each other kind of the province (ms), loaded before the report. */
  load_ms?: Record<string, number>;
  cells: Partial<Record<Figure, Cell>>;
}
const runs: Partial<Record<EngineName, EngineRun>> = {};
const failures: string[] = [];
async function measure(run: EngineRun, engine: EngineName, f: Figure, fn: () => Promise<Cell>): Promise<void> {
  process.stderr.write(`[${engine}] ${FIGURES[f].name} …\n`);
  const started = performance.now();
  try {
    run.cells[f] = await fn();
  } catch (e) {
    failures.push(`${engine} ${f}: ${(e as Error).stack ?? e}`);
    run.cells[f] = { text: `error: ${(e as Error).message.slice(0, 200)}` };
  }
  process.stderr.write(`[${engine}]   ${run.cells[f]!.text} (${seconds(performance.now() - started)} in all)\n`);
}

// 1. The province, generated once for every engine, and a samples file with more screening rounds (same persons).
const work = mkdtempSync(join(tmpdir(), 'phongdich-bench-files-'));
const provinceDir = join(work, 'province'),
  samplesDir = join(work, 'samples');
const extraSamples = join(work, 'samples-bench.csv');
const wardCode = provinceUnits(PROVINCE, '2024')!.units.find((u) => u.level === 'ward' && u.geography === '2024')!.code;

try {
  process.stderr.write(`generating ${fmt(people)} persons …\n`);
  const generated = writeDemo(provinceDir, { people, seed: 1 });
  const allRows = Object.values(generated.rows).reduce((a, b) => a + b, 0);
  const generateCell: Cell = {
    text: `${fmt(people)} persons → ${fmt(allRows)} rows in all files in **${seconds(generated.ms)}** (${fmt(Math.round(people / (generated.ms / 1000)))} persons/s)`,
    value: generated.ms,
    numbers: { ...generated.rows, ms: generated.ms },
  };
  let samplesRows = 0;
  if (wanted('samples_import')) {
    const more = writeDemo(samplesDir, { people: samplesPeople, seed: 1, screeningRounds: 5 });
    // The first N samples (whole lines) of the bigger file: each row stands alone, so any prefix is a valid file.
    const text = readFileSync(demoPath(samplesDir, 'samples'), 'utf8');
    samplesRows = Math.min(samplesWanted, more.rows.samples);
    let end = text.indexOf('\n') + 1;
    for (let i = 0; i < samplesRows; i++) end = text.indexOf('\n', end) + 1;
    writeFileSync(extraSamples, text.slice(0, end));
    rmSync(samplesDir, { recursive: true, force: true });
  }

  for (const name of engines) {
    const run: EngineRun = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      smoke,
      machine: machine(),
      version: '',
      people,
      rows: generated.rows,
      samples_rows: samplesRows,
      samples_people: samplesPeople,
      at: AT,
      cells: { generate: generateCell },
    };
    runs[name] = run;
    let engine: Engine = await freshEngine(name, PROVINCE, statementTimeout);
    try {
      run.version =
        name === 'pglite'
          ? `PGlite ${run.machine.pglite}`
          : await withDb(
              engine,
              async (db) =>
                `PostgreSQL ${(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0].v}`,
            );
      const province = wanted('person_search', 'daily_report', 'period_report', 'flevel_full', 'api_post');
      if (wanted('persons_import'))
        await measure(run, name, 'persons_import', () =>
          importVsCopy(engine, 'persons', demoPath(provinceDir, 'persons')),
        );
      else if (province)
        await runChild(engine, {
          task: 'import',
          kind: 'persons',
          file: demoPath(provinceDir, 'persons'),
          province: PROVINCE,
        });
      await withDb(engine, async (db) => {
        if (wanted('person_search'))
          await measure(run, name, 'person_search', () => personSearch(db, demoPath(provinceDir, 'persons'), queries));
        if (wanted('flevel_one'))
          await measure(run, name, 'flevel_one', () =>
            fLevelsOneResult(db, wardCode, smoke ? [1, 2, 4, 8, 16] : [1, 10, 90, 900, 9000]),
          );
        if (!province) return;
        process.stderr.write(`[${name}] loading the other kinds …\n`);
        const loaded = await loadRest(db, provinceDir);
        run.load_ms = loaded.ms;
        process.stderr.write(`[${name}]   ms: ${JSON.stringify(loaded)}\n`);
        if (loaded.failed) {
          // Without the whole province the report and the full recompute would measure something else.
          failures.push(`${name} loading: ${loaded.failed}`);
          for (const f of ['daily_report', 'period_report', 'flevel_full'] as const)
            run.cells[f] = { text: `not measured: ${loaded.failed}` };
        } else {
          if (wanted('daily_report')) await measure(run, name, 'daily_report', () => dailyReport(db, AT));
          if (wanted('period_report')) await measure(run, name, 'period_report', () => periodReport(db, AT, COMPARE));
          if (wanted('flevel_full')) await measure(run, name, 'flevel_full', () => fLevelsFull(db, AT));
        }
      });
      if (wanted('api_post')) await measure(run, name, 'api_post', () => personPosts(engine, wardCode, loadSeconds));
    } finally {
      await engine.drop();
    }
    if (wanted('declaration_post'))
      await measure(run, name, 'declaration_post', () => declarationPosts(name, loadSeconds, smoke));
    if (!wanted('samples_import')) continue;
    // Samples into a province of the same size: persons present (set-based here, the figure is the samples import).
    engine = await freshEngine(name, PROVINCE, statementTimeout);
    try {
      await withDb(engine, (db) =>
        db.query(
          `INSERT INTO persons (province_code, person_ref, full_name)
         SELECT $1, 'DEMO-' || lpad(i::text, 7, '0'), 'Người ' || i FROM generate_series(1, $2::int) i`,
          [PROVINCE, samplesPeople],
        ),
      );
      await measure(run, name, 'samples_import', () => importVsCopy(engine, 'samples', extraSamples));
    } finally {
      await engine.drop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 2. The table: this run's engines, and with --write-readme the last run of each engine (bench/results.json).
function render(all: Partial<Record<EngineName, EngineRun>>): string {
  const header = (Object.entries(all) as [EngineName, EngineRun][]).map(
    ([name, r]) =>
      `- **${name === 'pglite' ? 'PGlite' : 'PostgreSQL'}**: ${r.date}${r.smoke ? ' (smoke)' : ''}, ${r.version}, ${r.machine.cores} cores ` +
      `(${r.machine.cpu}), ${r.machine.memory_gib} GiB, Node ${r.machine.node}. Province 93 (Hậu Giang), seed 1: ${fmt(r.people)} persons, ` +
      `${fmt(r.rows.samples)} samples, ${fmt(r.rows.quarantine)} quarantine episodes, ${fmt(r.rows.exposures)} exposures, ` +
      `${fmt(r.rows.cases)} cases, ${fmt(r.rows.vaccinations)} doses; samples benchmark ${fmt(r.samples_rows)} rows over ${fmt(r.samples_people ?? r.people)} persons; report at ${r.at}.` +
      (r.load_ms
        ? ` The other kinds imported in: ${Object.entries(r.load_ms)
            .map(([k, ms]) => `${k} ${seconds(ms)}`)
            .join(', ')}.`
        : '') +
      (r.remeasured ? ` Measured again: ${r.remeasured.join('; ')}.` : ''),
  );
  const cellText = (f: Figure, e: EngineName) => {
    const c = all[e]?.cells[f];
    if (!c)
      return all[e] ? '—' : e === 'postgres' && !process.env.DATABASE_URL ? 'not run (no DATABASE_URL)' : 'not run';
    const ok = met(f, e, c);
    return c.text + (ok === true ? ' ✅' : ok === false ? ' ❌' : '');
  };
  return [
    ...header,
    '',
    '| figure | target | PGlite | PostgreSQL |',
    '|---|---|---|---|',
    ...(Object.keys(FIGURES) as Figure[]).map(
      (f) => `| ${FIGURES[f].name} | ${FIGURES[f].target} | ${cellText(f, 'pglite')} | ${cellText(f, 'postgres')} |`,
    ),
  ].join('\n');
}
console.log(render(runs));

if (opt['write-readme']) {
  const resultsFile = new URL('./results.json', import.meta.url);
  const previous = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Partial<Record<EngineName, EngineRun>>)
    : {};
  const merged = { ...previous, ...runs };
  for (const [name, run] of Object.entries(runs) as [EngineName, EngineRun][]) {
    const before = previous[name];
    if (!only || !before) continue;
    // Only some figures were measured again: keep the engine's last full run, replace those cells.
    const again = only.filter((f) => run.cells[f]);
    merged[name] = {
      ...before,
      cells: { ...before.cells, ...Object.fromEntries(again.map((f) => [f, run.cells[f]])) },
      remeasured: [...(before.remeasured ?? []), `${again.join(', ')} on ${run.date}`],
    };
  }
  writeFileSync(resultsFile, JSON.stringify(merged, null, 2) + '\n');
  const readme = new URL('./README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- results:start -->',
    end = '<!-- results:end -->';
  writeFileSync(
    readme,
    text.slice(0, text.indexOf(start) + start.length) + '\n' + render(merged) + '\n' + text.slice(text.indexOf(end)),
  );
}
if (failures.length) {
  console.error(`\n${failures.length} benchmark(s) failed:\n${failures.join('\n\n')}`);
  process.exitCode = 1;
}
