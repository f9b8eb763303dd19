// Loading a generated province (src/demo/) through the application's importer, kind after kind in dependency order.
// Kinds the importer does not have yet are skipped and named, so the demo works with whatever modules exist.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { importFile, importKinds } from './imports.ts';
import type { Rejected } from '../imports/pipeline.ts';
import { DEMO_KINDS, demoPath, type DemoKind } from '../demo/files.ts';
import { writeDemo, type DemoOptions, type DemoSummary } from '../demo/generate.ts';
import { loadCommandDemo } from '../command/demo.ts';

export interface DemoImport {
  kind: DemoKind;
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
    const r = await importFile(db, ctx, kind, createReadStream(demoPath(dir, kind)), { fileName: `demo-${kind}.csv` });
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

/** Generates the province of `ctx` into a temporary folder, imports it, removes the folder. */
export async function loadDemo(
  db: Db,
  ctx: Ctx,
  opts: Omit<DemoOptions, 'province'>,
): Promise<DemoLoad & { generated: DemoSummary }> {
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-demo-'));
  try {
    const generated = writeDemo(dir, { ...opts, province: ctx.province });
    const loaded = await importDemoDir(db, ctx, dir);
    await loadCommandDemo(db, ctx, generated.as_of); // directives, tasks, supplies, funds, support (issue 22)
    return { generated, ...loaded };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
