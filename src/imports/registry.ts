// The import kinds of an application, by the name used on the CLI, the API and in docs/contracts/imports.md. The
// pipeline does not know the modules: the composition root (src/app/imports.ts) hands it their kinds.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { runImport, type ImportKind, type ImportOptions, type ImportResult, type RowEnv } from './pipeline.ts';
import type { ImportInput } from './upload.ts';

export interface ImportCatalogue {
  readonly importKinds: Readonly<Record<string, ImportKind>>;
  importKind(name: string): ImportKind;
  importFile(db: Db, ctx: Ctx, kindName: string, input: ImportInput, opts?: ImportOptions): Promise<ImportResult>;
}

/** The catalogue of the given kinds; `env` gives the reference lists a row is checked against, per import. */
export function importCatalogue(kinds: ImportKind[], env: () => RowEnv): ImportCatalogue {
  const importKinds: Record<string, ImportKind> = Object.fromEntries(kinds.map((k) => [k.kind, k]));
  const importKind = (name: string): ImportKind => {
    const k = Object.hasOwn(importKinds, name) ? importKinds[name] : undefined; // not `__proto__`, `toString`…
    if (!k)
      throw new AppError(400, 'unknown_kind', { value: name, allowed: Object.keys(importKinds).join(', ') }, 'kind');
    return k;
  };
  return {
    importKinds,
    importKind,
    importFile: (db, ctx, kindName, input, opts = {}) =>
      runImport(db, ctx, importKind(kindName), input, { ...opts, env: env() }),
  };
}

/** The header row of a kind's CSV, required columns first: what a clerk downloads as a template. */
export function templateCsv(kind: ImportKind): string {
  const cols = Object.entries(kind.columns)
    .sort(([, a], [, b]) => Number(!!b.required) - Number(!!a.required))
    .map(([n]) => n);
  return '\uFEFF' + cols.join(',') + '\n';
}
