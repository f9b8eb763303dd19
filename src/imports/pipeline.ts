// The one bulk-import pipeline. A kind declares its columns, how a row becomes staging values, set-based checks
// and one set-based apply. The pipeline streams the CSV, validates each row, COPYs valid rows into a temporary
// staging table, runs the checks, and applies everything in one transaction: all or nothing unless `partial`.
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { t, type MessageKey, type MessageParams } from '../shared/messages.ts';
import { csvRecord } from '../shared/csv.ts';
import type { CellParser } from './fields.ts';
import type { Permission } from '../auth/roles.ts';
import { scopeParam } from '../auth/scope.ts';

export interface RowError { column: string; key: MessageKey; params?: MessageParams }
export interface Rejected { line: number; column: string; reason: string }
export interface ImportResult { kind: string; rows: number; inserted: number; updated: number; rejected: Rejected[] }

/** Per-run facts a kind may need while validating rows (loaded once, not per row). */
export interface RowEnv { provinceCodes: ReadonlySet<string> }

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
  /** Set-based checks over staging: each SQL selects `line` (and `value`) of failing rows; $1 = province. */
  checks?: { column: string; key: MessageKey; sql: string }[];
  /**
   * Rows touching wards outside the actor's jurisdiction: SQL selecting `line, value` from staging,
   * $1 = province, $2 = the actor's ward codes. Run only for actors with less than the whole province.
   */
  scopeCheck?: string;
  /** Applies staging (table `import_staging`, deduplicated) to the real tables; returns counts. */
  apply(tx: Db, ctx: Ctx): Promise<{ inserted: number; updated: number }>;
}

const FLUSH_BYTES = 4 << 20;

class RejectedImport extends Error {
  constructor(readonly result: ImportResult) { super('import rejected'); }
}

export async function runImport(db: Db, ctx: Ctx, kind: ImportKind, input: Readable,
  opts: { partial?: boolean; fileName?: string; env: RowEnv; onProgress?: (rows: number) => void }): Promise<ImportResult> {
  const rejected: Rejected[] = [];
  const reject = (line: number, column: string, key: MessageKey, params?: MessageParams) =>
    rejected.push({ line, column, reason: t(ctx.lang, key, params) });
  const stagingCols = Object.keys(kind.staging);
  let rows = 0;

  try {
    return await db.tx(async (tx) => {
      await tx.exec(`CREATE TEMP TABLE import_staging (line integer NOT NULL, ${
        stagingCols.map((c) => `${c} ${kind.staging[c]}`).join(', ')}) ON COMMIT DROP`);

      const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
      let header: string[] | null = null;
      let buffer = '';
      const flush = async () => {
        if (buffer) await tx.copyCsv('import_staging', ['line', ...stagingCols], buffer);
        buffer = '';
      };
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          if (!header) {
            header = record.map((h) => h.trim());
            const unknown = header.filter((h) => !(h in kind.columns));
            for (const h of unknown) reject(1, h, 'unknown_column', { name: h });
            for (const [name, c] of Object.entries(kind.columns)) {
              if (c.required && !header.includes(name)) reject(1, name, 'missing_column', { name });
            }
            if (rejected.length) throw new RejectedImport({ kind: kind.kind, rows: 0, inserted: 0, updated: 0, rejected });
            continue;
          }
          rows++;
          const line = rows + 1;
          const cells: Record<string, unknown> = {};
          const errors: RowError[] = [];
          for (const [name, spec] of Object.entries(kind.columns)) {
            const i = header.indexOf(name);
            const raw = i >= 0 ? (record[i] ?? '').trim() : '';
            if (raw === '') {
              if (spec.required) errors.push({ column: name, key: 'required' });
              continue;
            }
            const p = spec.parse(raw);
            if ('ok' in p) cells[name] = p.ok;
            else errors.push({ column: name, key: p.error, params: p.params });
          }
          // Row-level rules run even after a bad cell (unless a required one is missing) so every fault is named.
          const staged = errors.some((e) => e.key === 'required') ? [] : kind.stage(cells, opts.env);
          if (isErrors(staged)) errors.push(...staged.filter((e) => !errors.some((x) => x.column === e.column)));
          if (errors.length) {
            errors.sort((a, b) => header!.indexOf(a.column) - header!.indexOf(b.column));
            for (const e of errors) reject(line, e.column, e.key, e.params);
            continue;
          }
          buffer += csvRecord([line, ...staged]);
          if (buffer.length >= FLUSH_BYTES) {
            await flush();
            opts.onProgress?.(rows);
          }
        }
      } catch (e) {
        if (e instanceof RejectedImport) throw e;
        if ((e as { code?: string }).code?.startsWith?.('CSV_')) {
          reject(rows + 2, '', 'csv_malformed', { detail: (e as Error).message });
          throw new RejectedImport({ kind: kind.kind, rows, inserted: 0, updated: 0, rejected });
        }
        throw e;
      }
      await flush();
      opts.onProgress?.(rows);

      for (const check of kind.checks ?? []) {
        const bad = await tx.query<{ line: number; value: string }>(check.sql, [ctx.province]);
        for (const b of bad) reject(b.line, check.column, check.key, { value: b.value });
      }
      if (kind.scopeCheck && ctx.wards !== null) {
        const outside = await tx.query<{ line: number; column: string; value: string }>(kind.scopeCheck, [ctx.province, scopeParam(ctx)]);
        for (const o of outside) reject(o.line, o.column, 'out_of_scope', { value: o.value ?? '—' });
      }
      rejected.sort((a, b) => a.line - b.line);
      if (rejected.length && !opts.partial) {
        throw new RejectedImport({ kind: kind.kind, rows, inserted: 0, updated: 0, rejected });
      }
      if (rejected.length) {
        await tx.query('DELETE FROM import_staging WHERE line = ANY($1::int[])', [[...new Set(rejected.map((r) => r.line))]]);
      }
      // Within one file a key given twice: the later row wins.
      const keyCols = kind.key.join(', ');
      await tx.exec(`DELETE FROM import_staging s USING import_staging later
        WHERE (${kind.key.map((k) => `s.${k}`).join(', ')}) = (${kind.key.map((k) => `later.${k}`).join(', ')})
          AND later.line > s.line`);
      await tx.exec(`CREATE INDEX ON import_staging (${keyCols}); ANALYZE import_staging`);

      const counts = await kind.apply(tx, ctx);
      await tx.query(
        `INSERT INTO import_runs (province_code, kind, file_name, rows, inserted, updated, rejected, partial, actor)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [ctx.province, kind.kind, opts.fileName ?? null, rows, counts.inserted, counts.updated, rejected.length, !!opts.partial, ctx.actor]);
      return { kind: kind.kind, rows, ...counts, rejected };
    });
  } catch (e) {
    if (e instanceof RejectedImport) return e.result;
    throw e;
  }
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
export async function upsertFromStaging(tx: Db, ctx: Ctx, spec: {
  table: string; entity: string;
  /** Key columns besides province_code (a unique constraint of the table). */
  conflict: string[];
  /** The audit entity key, an SQL expression over the returned row `up`. */
  keyExpr: string;
  set: Record<string, string>; keepIfEmpty?: string[]; insertOnly?: Record<string, string>;
  /** Joins after `FROM import_staging s`, e.g. to turn a person_ref into a person_id (alias `p`). */
  join?: string;
  /** Key columns the database generates (not inserted), matched against these staging expressions. */
  matchOnly?: Record<string, string>;
  /** A timestamp column set to now() on update. */
  touch?: string;
}): Promise<{ inserted: number; updated: number }> {
  const cols = Object.keys(spec.set);
  const newVal = (c: string) => (spec.keepIfEmpty?.includes(c) ? `COALESCE(EXCLUDED.${c}, t.${c})` : `EXCLUDED.${c}`);
  const insertCols = [...Object.keys(spec.insertOnly ?? {}), ...cols];
  const insertVals = [...Object.values(spec.insertOnly ?? {}), ...Object.values(spec.set)];
  const keyCols = ['province_code', ...spec.conflict];
  const joinOn = (a: string, b: string) => keyCols.map((c) => `${a}.${c} = ${b}.${c}`).join(' AND ');
  const sql = `
    WITH n AS (SELECT $1::text AS province_code, ${[...insertVals.map((v, i) => `${v} AS ${insertCols[i]}`),
      ...Object.entries(spec.matchOnly ?? {}).map(([c, v]) => `${v} AS ${c}`)].join(', ')}
                 FROM import_staging s ${spec.join ?? ''}),
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
    )
    SELECT count(*) FILTER (WHERE inserted_now)::int AS inserted, count(*) FILTER (WHERE NOT inserted_now)::int AS updated FROM up`;
  const [r] = await tx.query<{ inserted: number; updated: number }>(sql, [ctx.province, ctx.actor, ctx.requestId ?? null]);
  return r;
}
