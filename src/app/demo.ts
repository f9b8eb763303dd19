// Loading a generated province (src/demo/) through the application's importer, kind after kind in dependency order.
// Kinds the importer does not have yet are skipped and named, so the demo works with whatever modules exist.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { importFile, importKinds } from './imports.ts';
import type { Rejected } from '../imports/pipeline.ts';
import { localFile } from '../imports/upload.ts';
import { DEMO_KINDS, demoPath, type DemoKind } from '../demo/files.ts';
import { writeDemo, type DemoOptions, type DemoSummary } from '../demo/generate.ts';
import { loadCommandDemo } from '../command/demo.ts';
import { loadDemoWardShapes } from '../geo/demo-shapes.ts';
import { loadEntryDemo } from '../entry/demo.ts';
import { loadTestingDemo } from '../testing/demo.ts';
import { loadVaccinationDemo } from '../vaccination/demo.ts';
import { cohortDemoDeclarations, loadCohortDemoCrossings } from '../entry/cohort-demo.ts';
import { residentsDemoFiles } from '../residents/demo.ts';
import { createDraft, issueDraft } from '../reports/service.ts';

export interface DemoImport<K extends string = DemoKind> {
  kind: K;
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  first_rejected: Rejected[];
  ms: number;
}
export interface DemoLoad {
  imports: DemoImport[];
  not_loaded: DemoKind[];
}

/** Imports DIR/<kind>.csv for every kind the importer knows, in dependency order. */
export async function importDemoDir(db: Db, ctx: Ctx, dir: string): Promise<DemoLoad> {
  const imports: DemoImport[] = [],
    notLoaded: DemoKind[] = [];
  for (const kind of DEMO_KINDS) {
    if (!(kind in importKinds)) {
      notLoaded.push(kind);
      continue;
    }
    const started = performance.now();
    const r = await importFile(db, ctx, kind, localFile(demoPath(dir, kind)), { fileName: `demo-${kind}.csv` });
    imports.push({
      kind,
      rows: r.rows,
      inserted: r.inserted,
      updated: r.updated,
      rejected: r.rejected.length,
      first_rejected: r.rejected.slice(0, 3),
      ms: Math.round(performance.now() - started),
    });
  }
  return { imports, not_loaded: notLoaded };
}

/**
 * What the demo adds from the loaded records, through the importer too: the returnees' declarations (arrival
 * cohorts), the residents abroad and the residents held in other provinces (docs/contracts/period-report.md); then
 * the returnees' crossings at the checkpoints.
 */
type ExtraKind = 'declarations' | 'residents_abroad' | 'quarantine';
async function importDemoExtras(db: Db, ctx: Ctx, dir: string, asOf: string): Promise<DemoImport<ExtraKind>[]> {
  const residents = await residentsDemoFiles(db, ctx, asOf);
  const files = [
    ['declarations', await cohortDemoDeclarations(db, ctx, asOf)],
    ['residents_abroad', residents.residents_abroad],
    ['quarantine', residents.quarantine],
  ] as const;
  const out: DemoImport<ExtraKind>[] = [];
  for (const [kind, csv] of files) {
    const path = join(dir, `extra-${kind}.csv`);
    writeFileSync(path, csv);
    const started = performance.now();
    const r = await importFile(db, ctx, kind, localFile(path), { fileName: `demo-extra-${kind}.csv` });
    out.push({
      kind,
      rows: r.rows,
      inserted: r.inserted,
      updated: r.updated,
      rejected: r.rejected.length,
      first_rejected: r.rejected.slice(0, 3),
      ms: Math.round(performance.now() - started),
    });
  }
  await loadCohortDemoCrossings(db, ctx);
  return out;
}

/** Issues the daily report of the wave's last morning (06:30; `as_of` is the midnight after the last day). */
async function issueDemoReport(db: Db, ctx: Ctx, asOf: string): Promise<void> {
  const draft = await createDraft(db, ctx, new Date(Date.parse(asOf) - 17.5 * 3_600_000));
  if (draft) await issueDraft(db, ctx, draft.draft_id);
}

/** Generates the province of `ctx` into a temporary folder, imports it, removes the folder. */
export async function loadDemo(
  db: Db,
  ctx: Ctx,
  opts: Omit<DemoOptions, 'province'>,
): Promise<DemoLoad & { generated: DemoSummary; extras: DemoImport<ExtraKind>[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-demo-'));
  try {
    const generated = writeDemo(dir, { ...opts, province: ctx.province });
    const loaded = await importDemoDir(db, ctx, dir);
    await loadCommandDemo(db, ctx, generated.as_of); // directives, tasks, supplies, funds, support (issue 22)
    await loadDemoWardShapes(db, ctx); // ward boundaries are not public: synthetic ones for the zoning map
    await loadEntryDemo(db, ctx, generated.as_of); // checkpoints, crossings, declarations: not import kinds
    const extras = await importDemoExtras(db, ctx, dir, generated.as_of); // arrival cohorts, residents abroad
    await loadTestingDemo(db, ctx, generated.first_day, opts.screeningRounds); // labs, screening rounds
    await loadVaccinationDemo(db, ctx); // supply, stock and rounds, worked back from the doses
    await issueDemoReport(db, ctx, generated.as_of); // the public portal shows the latest issued report
    return { generated, ...loaded, extras };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
