// The one bulk-import pipeline. A kind declares its columns, how a row becomes staging values, set-based checks
// and one set-based apply. The file is complete on disk before anything else (upload.ts); then, in one
// transaction, the pipeline streams it from there (CSV or XLSX, see sources.ts), validates each row, COPYs valid
// rows into a temporary staging table, runs the checks, and applies everything: all or nothing unless `partial`.
import { createReadStream } from 'node:fs';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { t, type MessageKey, type MessageParams } from '../shared/messages.ts';
import { date, instant, type CellParser } from './fields.ts';
import { readRows, spreadsheetText, type CellHint, type ImportFormat } from './sources.ts';
import type { Permission } from '../shared/permissions.ts';
import { scopeParam } from '../auth/scope.ts';
import { unstorableText } from '../shared/text.ts';
import type { ImportResult, Rejected } from './schemas.ts';
import { DEFAULT_MAX_BYTES, isImportFile, withReceivedFile, type ImportInput } from './upload.ts';

export type { ImportResult, Rejected };

export interface RowError {
  column: string;
  key: MessageKey;
  params?: MessageParams;
}

/** Per-run facts a kind may need while validating rows (loaded once, not per row). */
export interface RowEnv {
  provinceCodes: ReadonlySet<string>;
}

export interface ImportKind {
  kind: string;
  /** What the actor needs besides imports.run to load this kind. */
  permission: Permission;
  /** CSV columns: required ones first is not needed; order in the file is free. */
  columns: Record<string, { required?: boolean; parse: CellParser<unknown> }>;
  /** Staging columns (name → SQL type), filled from the parsed row by `stage`. */
  staging: Record<string, string>;
  /** Key columns in staging: within one file the last row with a key wins. */
  key: string[];
  /** Turns parsed cells (absent/empty = undefined) into staging values, or row-level errors. */
  stage(cells: Record<string, unknown>, env: RowEnv): unknown[] | RowError[];
  /**
   * Set-based checks over staging: each SQL selects `line` of failing rows and the message's params (`value`, …);
   * $1 = province. A `scoped` check also gets $2 = the actor's ward codes (null for the whole province), so that its
   * reason tells the actor nothing about records outside the jurisdiction.
   */
  checks?: { column: string; key: MessageKey; sql: string; scoped?: boolean }[];
  /**
   * Rows touching wards outside the actor's jurisdiction: SQL selecting `line, value` from staging,
   * $1 = province, $2 = the actor's ward codes. Run only for actors with less than the whole province.
   */
  scopeCheck?: string;
  /** Applies staging (table `import_staging`, deduplicated) to the real tables; returns counts. */
  apply(tx: Db, ctx: Ctx): Promise<{ inserted: number; updated: number }>;
}

const FLUSH_BYTES = 4 << 20;

/**
 * Where a long import stands: receiving the upload (bytes of totalBytes, the Content-Length when sent), reading the
 * file (rows so far, bytes of totalBytes, the file's size), then checking, then applying.
 */
export interface ImportProgress {
  phase: 'receiving' | 'reading' | 'checking' | 'applying';
  rows: number;
  bytes: number;
  totalBytes?: number;
}

export interface ImportOptions {
  partial?: boolean;
  fileName?: string;
  /** csv (default) or xlsx: the first worksheet of an Excel workbook, header in its first non-empty row. */
  format?: ImportFormat;
  /** The size announced before the file arrives (a Content-Length); once on disk, the file's own size is used. */
  totalBytes?: number;
  onProgress?: (p: ImportProgress) => void;
}

class RejectedImport extends Error {
  constructor(readonly result: ImportResult) {
    super('import rejected');
  }
}

const cellHint = (p: CellParser<unknown>): CellHint => (p === date ? 'date' : p === instant ? 'instant' : 'text');

export async function runImport(
  db: Db,
  ctx: Ctx,
  kind: ImportKind,
  input: ImportInput,
  opts: ImportOptions & { env: RowEnv },
): Promise<ImportResult> {
  // The transaction opens only once the whole file is on disk: it then waits on nothing but the database.
  if (!isImportFile(input))
    return withReceivedFile(input, { maxBytes: DEFAULT_MAX_BYTES }, (file) => runImport(db, ctx, kind, file, opts));
  const rejected: Rejected[] = [];
  const reject = (line: number, column: string, key: MessageKey, params?: MessageParams) =>
    rejected.push({ line, column, reason: t(ctx.lang, key, params) });
  const stagingCols = Object.keys(kind.staging);
  const specs = Object.entries(kind.columns).map(([name, spec]) => ({
    name,
    ...spec,
    hint: cellHint(spec.parse),
    at: -1,
  }));
  let rows = 0;
  let bytes = 0;
  const progress = (phase: ImportProgress['phase']) =>
    opts.onProgress?.({ phase, rows, bytes, totalBytes: input.bytes });

  try {
    return await db.tx(async (tx) => {
      // Set-based checks and the apply join the whole file at once (hash joins over the persons, index builds).
      await tx.exec("SET LOCAL work_mem = '64MB'; SET LOCAL maintenance_work_mem = '256MB'");
      await tx.exec(
        `CREATE TEMP TABLE import_staging (line integer NOT NULL, ${stagingCols
          .map((c) => `${c} ${kind.staging[c]}`)
          .join(', ')}) ON COMMIT DROP`,
      );

      let header: string[] | null = null;
      let buffer = '';
      // On a server the COPY of one batch runs while the next is parsed; at most one is in flight.
      let copying: Promise<void> = Promise.resolve();
      const flush = async () => {
        await copying;
        if (buffer) {
          copying = tx.copyCsv('import_staging', ['line', ...stagingCols], buffer);
          copying.catch(() => {}); // handled where it is awaited; meanwhile not an unhandled rejection
        }
        buffer = '';
      };
      try {
        for await (const batch of readRows(createReadStream(input.path), opts.format ?? 'csv', (n) => {
          bytes = n;
        })) {
          for (const { line, cells: record } of batch) {
            if (!header) {
              header = record.map((h) => spreadsheetText(h, 'text').trim());
              const unknown = header.filter((h) => !Object.hasOwn(kind.columns, h));
              for (const h of unknown) reject(1, h, 'unknown_column', { name: h });
              for (const c of specs) {
                c.at = header.indexOf(c.name);
                if (c.required && c.at < 0) reject(1, c.name, 'missing_column', { name: c.name });
              }
              if (rejected.length)
                throw new RejectedImport({ kind: kind.kind, rows: 0, inserted: 0, updated: 0, rejected });
              continue;
            }
            rows++;
            const cells: Record<string, unknown> = {};
            const errors: RowError[] = [];
            for (const spec of specs) {
              const v = spec.at >= 0 ? record[spec.at] : undefined;
              const raw = (typeof v === 'string' ? v : spreadsheetText(v, spec.hint)).trim();
              if (raw === '') {
                if (spec.required) errors.push({ column: spec.name, key: 'required' });
                continue;
              }
              if (unstorableText(raw)) {
                errors.push({ column: spec.name, key: 'bad_text', params: { field: spec.name } });
                continue;
              }
              const p = spec.parse(raw);
              if ('ok' in p) cells[spec.name] = p.ok;
              else errors.push({ column: spec.name, key: p.error, params: p.params });
            }
            // Row-level rules run even after a bad cell (unless a required one is missing or bad: `stage` relies on
            // them) so every fault is named.
            const staged = specs.some((s) => s.required && !(s.name in cells)) ? [] : kind.stage(cells, opts.env);
            if (isErrors(staged)) errors.push(...staged.filter((e) => !errors.some((x) => x.column === e.column)));
            if (errors.length) {
              errors.sort((a, b) => header!.indexOf(a.column) - header!.indexOf(b.column));
              for (const e of errors) reject(line, e.column, e.key, e.params);
              continue;
            }
            buffer += stagingLine(line, staged);
          }
          if (buffer.length >= FLUSH_BYTES) {
            await flush();
            progress('reading');
          }
        }
        await flush();
        await copying;
      } catch (e) {
        await copying.catch(() => {});
        if (e instanceof RejectedImport) throw e;
        if ((e as { code?: string }).code?.startsWith?.('CSV_')) {
          reject(rows + 2, '', 'csv_malformed', { detail: (e as Error).message });
          throw new RejectedImport({ kind: kind.kind, rows, inserted: 0, updated: 0, rejected });
        }
        if (opts.format === 'xlsx' && !(e as { code?: string }).code) {
          // exceljs reports a broken or non-XLSX file with a plain Error (zip or XML trouble).
          reject(rows + 1, '', 'xlsx_malformed', { detail: (e as Error).message });
          throw new RejectedImport({ kind: kind.kind, rows, inserted: 0, updated: 0, rejected });
        }
        throw e;
      }
      progress('checking');

      for (const check of kind.checks ?? []) {
        const params = check.scoped ? [ctx.province, scopeParam(ctx)] : [ctx.province];
        const bad = await tx.query<{ line: number } & MessageParams>(check.sql, params);
        for (const { line, ...params } of bad) reject(line, check.column, check.key, params);
      }
      if (kind.scopeCheck && ctx.wards !== null) {
        const outside = await tx.query<{ line: number; column: string; value: string }>(kind.scopeCheck, [
          ctx.province,
          scopeParam(ctx),
        ]);
        for (const o of outside) reject(o.line, o.column, 'out_of_scope', { value: o.value ?? '—' });
      }
      rejected.sort((a, b) => a.line - b.line);
      if (rejected.length && !opts.partial) {
        throw new RejectedImport({ kind: kind.kind, rows, inserted: 0, updated: 0, rejected });
      }
      if (rejected.length) {
        await tx.query('DELETE FROM import_staging WHERE line = ANY($1::int[])', [
          [...new Set(rejected.map((r) => r.line))],
        ]);
      }
      // Within one file a key given twice: the later row wins.
      const keyCols = kind.key.join(', ');
      await tx.exec(`DELETE FROM import_staging s USING import_staging later
        WHERE (${kind.key.map((k) => `s.${k}`).join(', ')}) = (${kind.key.map((k) => `later.${k}`).join(', ')})
          AND later.line > s.line`);
      await tx.exec(`CREATE INDEX ON import_staging (${keyCols}); ANALYZE import_staging`);

      progress('applying');
      const counts = await kind.apply(tx, ctx);
      // The batch is audited with the run's facts (kind, file, user, counts); its rows by upsertFromStaging.
      await tx.query(
        `WITH run AS (
           INSERT INTO import_runs (province_code, kind, file_name, rows, inserted, updated, rejected, partial, actor)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *)
         INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, after)
         SELECT province_code, actor, $10, 'import', 'import_run', import_id::text, to_jsonb(run) FROM run`,
        [
          ctx.province,
          kind.kind,
          opts.fileName ?? null,
          rows,
          counts.inserted,
          counts.updated,
          rejected.length,
          !!opts.partial,
          ctx.actor,
          ctx.requestId ?? null,
        ],
      );
      return { kind: kind.kind, rows, ...counts, rejected };
    });
  } catch (e) {
    if (e instanceof RejectedImport) return e.result;
    throw e;
  }
}

/** A staging row as COPY CSV (as csvRecord writes it: strings quoted, null empty), built in one pass per row. */
function stagingLine(line: number, values: unknown[]): string {
  let out = String(line);
  for (const v of values) {
    if (v === null || v === undefined) out += ',';
    else if (typeof v === 'string') out += v.includes('"') ? `,"${v.replace(/"/g, '""')}"` : `,"${v}"`;
    else if (v instanceof Date) out += ',' + v.toISOString();
    else out += ',' + String(v);
  }
  return out + '\n';
}

function isErrors(v: unknown[] | RowError[]): v is RowError[] {
  const first = v[0] as RowError | undefined;
  return typeof first === 'object' && first !== null && 'key' in first && 'column' in first;
}

/**
 * The usual apply: upsert staging into `table` by its key; optional columns left empty keep the stored value.
 * Counts only real changes (an identical row is neither inserted nor updated) and audits every update with
 * before/after. `select` maps staging to target columns (SQL expressions over staging alias `s`, $1 = province).
 */
export async function upsertFromStaging(
  tx: Db,
  ctx: Ctx,
  spec: {
    table: string;
    entity: string;
    /** Key columns besides province_code (a unique constraint of the table). */
    conflict: string[];
    /** The audit entity key, an SQL expression over the returned row `up`. */
    keyExpr: string;
    set: Record<string, string>;
    keepIfEmpty?: string[];
    insertOnly?: Record<string, string>;
    /** Joins after `FROM import_staging s`, e.g. to turn a person_ref into a person_id (alias `p`). */
    join?: string;
    /** Key columns the database generates (not inserted), matched against these staging expressions. */
    matchOnly?: Record<string, string>;
    /** A timestamp column set to now() on update. */
    touch?: string;
    /**
     * More data-modifying CTEs of the same statement, reading `up` (rows written, with inserted_now) and `old`: for
     * what updating stored rows entails (a file of new rows only is inserted without them).
     */
    alsoWith?: string;
    /**
     * A file at least this many rows that is also at least as large as the table is a bulk load: the table's
     * secondary indexes and foreign keys are dropped for the write and rebuilt after it (see deferringIndexes).
     */
    bulkFrom?: number;
  },
): Promise<{ inserted: number; updated: number }> {
  const cols = Object.keys(spec.set);
  const newVal = (c: string) => (spec.keepIfEmpty?.includes(c) ? `COALESCE(EXCLUDED.${c}, t.${c})` : `EXCLUDED.${c}`);
  const insertCols = [...Object.keys(spec.insertOnly ?? {}), ...cols];
  const insertVals = [...Object.values(spec.insertOnly ?? {}), ...Object.values(spec.set)];
  const keyCols = ['province_code', ...spec.conflict];
  const joinOn = (a: string, b: string) => keyCols.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');
  const nCte = `n AS (SELECT $1::text AS province_code, ${[
    ...insertVals.map((v, i) => `${v} AS ${insertCols[i]}`),
    ...Object.entries(spec.matchOnly ?? {}).map(([c, v]) => `${v} AS ${c}`),
  ].join(', ')}
                 FROM import_staging s ${spec.join ?? ''})`;
  const sql = `
    WITH ${nCte},
    old AS (SELECT t.* FROM ${spec.table} t JOIN n ON ${joinOn('t', 'n')}),
    up AS (
      INSERT INTO ${spec.table} AS t (province_code, ${insertCols.join(', ')})
      SELECT province_code, ${insertCols.join(', ')} FROM n
      ON CONFLICT (${keyCols.join(', ')}) DO UPDATE
        SET ${cols.map((c) => `${c} = ${newVal(c)}`).join(', ')}${spec.touch ? `, ${spec.touch} = now()` : ''}
        WHERE (${cols.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${cols.map(newVal).join(', ')})
      RETURNING t.*, (xmax = 0) AS inserted_now
    ),
    audited AS (
      INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
      SELECT $1, $2, $3, 'update', '${spec.entity}', ${spec.keyExpr}, to_jsonb(old), to_jsonb(up) - 'inserted_now'
        FROM up JOIN old ON ${joinOn('old', 'up')}
       WHERE NOT up.inserted_now
      UNION ALL
      SELECT $1, $2, $3, 'insert', '${spec.entity}', ${spec.keyExpr}, NULL, NULL FROM up WHERE up.inserted_now
    )${spec.alsoWith ? `, ${spec.alsoWith}` : ''}
    SELECT count(*) FILTER (WHERE inserted_now)::int AS inserted, count(*) FILTER (WHERE NOT inserted_now)::int AS updated FROM up`;
  const params = [ctx.province, ctx.actor, ctx.requestId ?? null];
  // A file of new rows only (a first load, a lab's new results) is inserted plainly: no conflict arbitration, no
  // old rows kept for the audit. At the first key already stored the insert fails and the upsert runs.
  // Every inserted row is audited by its key only (action 'insert', no before/after): the row is its own content
  // until a change, which is audited with its before (README, Security).
  const insertOnlySql = `WITH ${nCte},
    up AS (INSERT INTO ${spec.table} (province_code, ${insertCols.join(', ')})
           SELECT province_code, ${insertCols.join(', ')} FROM n RETURNING *),
    audited AS (INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key)
                SELECT $1, $2, $3, 'insert', '${spec.entity}', ${spec.keyExpr} FROM up)
    SELECT count(*)::int AS inserted FROM up`;
  const write = async () => {
    await tx.exec('SAVEPOINT import_new_rows');
    try {
      const [{ inserted }] = await tx.query<{ inserted: number }>(insertOnlySql, params);
      await tx.exec('RELEASE SAVEPOINT import_new_rows');
      return { inserted, updated: 0 };
    } catch (e) {
      if ((e as { code?: string }).code !== '23505') throw e; // unique_violation: some rows are updates
      await tx.exec('ROLLBACK TO SAVEPOINT import_new_rows');
    }
    return (await tx.query<{ inserted: number; updated: number }>(sql, params))[0];
  };
  const [size] = await tx.query<{ staged: number; stored: number }>(
    `SELECT (SELECT count(*) FROM import_staging)::float8 AS staged, greatest(reltuples, 0)::float8 AS stored
       FROM pg_class WHERE oid = $1::regclass`,
    [spec.table],
  );
  const bulk = spec.bulkFrom !== undefined && size.staged >= spec.bulkFrom && size.staged >= size.stored;
  const counts = bulk ? await deferringIndexes(tx, spec.table, write) : await write();
  // A file that changes a good part of the table: what follows in this transaction (checks, triggers, the modules'
  // own statements) and the next requests must be planned for the table's new size — autovacuum would only
  // analyse it a minute later.
  if (size.staged >= 10_000 && size.staged >= size.stored / 5)
    await tx.query('SELECT import_analyze($1::regclass)', [spec.table]);
  return counts;
}

/**
 * Runs a bulk write with the table's secondary indexes and foreign keys out of the way: a million index insertions
 * and a million per-row key checks cost several times more than building each index once and checking each key in
 * one set-based pass. Index and constraint definitions are read from the catalogue and restored as they were, in
 * the same transaction (a failure rolls the drop back). The table is locked for the rest of the transaction.
 */
export async function deferringIndexes<T>(tx: Db, table: string, write: () => Promise<T>): Promise<T> {
  // The application's role owns no table: the owner's functions drop and restore them (imports/deferred.sql).
  await tx.query('SELECT import_defer_indexes($1::regclass)', [table]);
  const result = await write();
  await tx.query('SELECT import_restore_indexes($1::regclass)', [table]);
  return result;
}
