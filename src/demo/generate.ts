// A deterministic generated province (`phongdich demo`): the real admin units of the province, synthetic hamlets and
// households, and an epidemic wave of 2021 with its cases, exposures, quarantine, samples and pools, vaccinations
// and outcomes — written as the contract CSVs (docs/contracts/imports.md), one file per import kind, streamed to disk.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { Calendar } from './calendar.ts';
import { CsvFiles, demoPath, type DemoKind } from './files.ts';
import { generateEpidemic } from './epidemic.ts';
import { generatePeople, provinceGeo } from './population.ts';
import { Rng } from './random.ts';
import { writeZoningDemo } from '../zoning/demo.ts';

export interface DemoOptions {
  people: number;
  seed?: number;
  /** GSO code of the province (2024 list); default 93, Hậu Giang. */
  province?: string;
  /** Province-wide pooled screening rounds (1–5, default 1): more rounds, more samples. */
  screeningRounds?: number;
}

export interface DemoSummary {
  province: string;
  people: number;
  seed: number;
  /** The wave's first day and the export instant: nothing at or after `as_of` is in the files. */
  first_day: string;
  as_of: string;
  rows: Record<DemoKind, number>;
  ms: number;
}

export const MAX_PEOPLE = 2_000_000;

/** Writes DIR/<kind>.csv for every kind. Same options and seed → the same bytes. */
export function writeDemo(dir: string, opts: DemoOptions): DemoSummary {
  const started = performance.now();
  const province = opts.province ?? '93',
    seed = opts.seed ?? 1;
  if (!Number.isInteger(opts.people) || opts.people < 1 || opts.people > MAX_PEOPLE) {
    throw new RangeError(`people must be a whole number from 1 to ${MAX_PEOPLE}`);
  }
  const rng = new Rng(seed),
    cal = new Calendar();
  const geo = provinceGeo(province, rng);
  const files = new CsvFiles(dir);
  try {
    const people = generatePeople(rng, geo, cal, opts.people, files);
    generateEpidemic(rng, geo, cal, people, files, { screeningRounds: opts.screeningRounds ?? 1 });
    writeZoningDemo(geo, cal, files);
  } finally {
    files.close();
  }
  return {
    province,
    people: opts.people,
    seed,
    first_day: cal.start,
    as_of: `${cal.date(cal.days)}T00:00:00+07:00`,
    rows: { ...files.rows },
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The persons, population and hamlets of a generated province as import inputs (small provinces only: read into
 * memory). `db` is unused since the geography comes from reference-data; kept for callers' signature.
 */
export async function demoFiles(
  _db: Db,
  ctx: Ctx,
  people: number,
  seed = 1,
): Promise<{ persons: AsyncIterable<string>; population: string; hamlets: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-demo-'));
  try {
    writeDemo(dir, { people, seed, province: ctx.province });
    const read = (kind: DemoKind) => readFileSync(demoPath(dir, kind), 'utf8');
    return { persons: Readable.from([read('persons')]), population: read('population'), hamlets: read('hamlets') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
