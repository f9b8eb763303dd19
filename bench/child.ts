// One measured task in its own process, so that its peak RSS is its own: `import` a CSV through the importer, or
// `copy` the same file raw into a bare table (the baseline). The database comes from the environment as for the CLI.
// Prints one JSON line: {ms, max_rss_mb, …}.
import { createReadStream, readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.ts';
import { openAppDb } from '../src/db/migrate.ts';
import { importFile } from '../src/app/imports.ts';
import { systemCtx } from '../src/shared/context.ts';

const task = JSON.parse(process.argv[2]) as { task: 'import' | 'copy'; file: string; kind?: string; province?: string };
const db = await openAppDb(loadConfig()); // as the server runs it: the application's role
let result: Record<string, unknown>;
try {
  const started = performance.now();
  if (task.task === 'import') {
    const r = await importFile(
      db,
      systemCtx(task.province ?? '93', 'bench', 'vi'),
      task.kind!,
      createReadStream(task.file),
      { fileName: task.file },
    );
    result = {
      ms: performance.now() - started,
      rows: r.rows,
      inserted: r.inserted,
      updated: r.updated,
      rejected: r.rejected.length,
      first_rejected: r.rejected.slice(0, 3),
    };
  } else {
    // The baseline: the same bytes into a table with the file's columns as text, no keys, no checks.
    const text = readFileSync(task.file, 'utf8');
    const newline = text.indexOf('\n');
    const columns = text.slice(0, newline).split(',');
    // A temporary table in one transaction (one connection): the application's role owns no table and may not
    // create one in the schema; the import it is compared with also runs in one transaction.
    const { ms, n } = await db.tx(async (tx) => {
      await tx.exec(`CREATE TEMP TABLE bench_bare (${columns.map((c) => `${c} text`).join(', ')}) ON COMMIT DROP`);
      await tx.copyCsv('bench_bare', columns, text.slice(newline + 1));
      const ms = performance.now() - started;
      const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_bare');
      return { ms, n };
    });
    result = { ms, rows: n };
  }
} finally {
  await db.close();
}
console.log(JSON.stringify({ ...result, max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }));
