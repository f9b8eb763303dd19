// One measured run of bench/import-audit.ts in its own process, on the source tree given (this one or the tree
// before the import audit): a fresh database (from the environment as for the CLI) migrated and initialised by that
// tree, then the first load of the persons file (every row inserted) and the second file (every row changed),
// each timed. Prints one JSON line: {first_ms, second_ms, audit_rows}.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, first, second] = process.argv.slice(2);
const from = (path: string) => import(pathToFileURL(join(root, path)).href);
const { loadConfig } = await from('src/config.ts');
const { openAppDb } = await from('src/db/migrate.ts');
const { initProvince } = await from('src/app/province.ts');
const { importFile } = await from('src/app/imports.ts');
const { systemCtx } = await from('src/shared/context.ts');

const db = await openAppDb(loadConfig());
try {
  await initProvince(db, '93', '2024');
  const ctx = systemCtx('93', 'bench', 'vi');
  const timed = async (file: string, updated: boolean) => {
    const started = performance.now();
    const r = await importFile(db, ctx, 'persons', createReadStream(file), { fileName: file });
    const ms = performance.now() - started;
    if (r.rejected.length || (updated ? r.updated : r.inserted) !== r.rows) throw new Error(JSON.stringify(r));
    return ms;
  };
  const first_ms = await timed(first, false);
  const second_ms = await timed(second, true);
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM audit_log');
  console.log(JSON.stringify({ first_ms, second_ms, audit_rows: n }));
} finally {
  await db.close();
}
