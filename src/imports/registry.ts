// Every import kind, by the name used on the CLI, the API and in contracts/imports.md.
import type { Readable } from 'node:stream';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { personsKind } from '../people/import.ts';
import { hamletsKind, populationKind } from '../geo/import.ts';
import { casesKind, exposuresKind, outcomesKind } from '../tracing/import.ts';
import { facilitiesKind, quarantineKind } from '../quarantine/import.ts';
import { poolResultsKind, samplesKind } from '../testing/import.ts';
import { vaccinationsKind } from '../vaccination/import.ts';
import { declarationsKind } from '../entry/import.ts';
import { provinceCodes2024 } from '../geo/reference.ts';
import { runImport, type ImportKind, type ImportOptions, type ImportResult } from './pipeline.ts';

export const importKinds: Record<string, ImportKind> = Object.fromEntries(
  [
    personsKind,
    populationKind,
    hamletsKind,
    casesKind,
    outcomesKind,
    exposuresKind,
    facilitiesKind,
    quarantineKind,
    samplesKind,
    poolResultsKind,
    vaccinationsKind,
    declarationsKind,
  ].map((k) => [k.kind, k]),
);

export function importKind(name: string): ImportKind {
  const k = importKinds[name];
  if (!k)
    throw new AppError(400, 'unknown_kind', { value: name, allowed: Object.keys(importKinds).join(', ') }, 'kind');
  return k;
}

/** The header row of a kind's CSV, required columns first: what a clerk downloads as a template. */
export function templateCsv(kind: ImportKind): string {
  const cols = Object.entries(kind.columns)
    .sort(([, a], [, b]) => Number(!!b.required) - Number(!!a.required))
    .map(([n]) => n);
  return '\uFEFF' + cols.join(',') + '\n';
}

export function importFile(
  db: Db,
  ctx: Ctx,
  kindName: string,
  input: Readable,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  return runImport(db, ctx, importKind(kindName), input, { ...opts, env: { provinceCodes: provinceCodes2024() } });
}
