// The database: embedded PGlite when DATABASE_URL is unset, a real PostgreSQL server through `pg` when set.
// Both are wrapped in one small interface: parameterised SQL with the row type named by the caller, COPY, transactions.
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PGlite } from '@electric-sql/pglite';

export interface Db {
  readonly engine: 'pglite' | 'postgres';
  /** A parameterised statement ($1, $2 …); returns the rows. */
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** A statement returning the affected row count. */
  execute(text: string, params?: unknown[]): Promise<number>;
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** COPY rows given as CSV text into a table's columns. */
  copyCsv(table: string, columns: string[], csv: string): Promise<void>;
  /**
   * Runs fn in one transaction; nested calls join the outer transaction (and its isolation). `snapshot`: every
   * statement of fn sees the same snapshot (REPEATABLE READ), for reads spread over several statements.
   */
  tx<T>(fn: (tx: Db) => Promise<T>, opts?: { snapshot?: boolean }): Promise<T>;
  /**
   * Two reads that must see one snapshot: on a server each in a transaction of its own on its own connection,
   * running at the same time (the second imports the first's exported snapshot); on PGlite, or inside a
   * transaction, one after the other in one transaction.
   */
  snapshotPair<A, B>(a: (tx: Db) => Promise<A>, b: (tx: Db) => Promise<B>): Promise<[A, B]>;
  close(): Promise<void>;
}

// Same JS types on both engines: int8/numeric → number, date → 'YYYY-MM-DD', timestamptz → Date.
const INT8 = 20,
  NUMERIC = 1700,
  DATE = 1082;
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);
const pgliteParsers = {
  [INT8]: (v: string) => Number(v),
  [NUMERIC]: (v: string) => Number(v),
  [DATE]: (v: string) => v,
};

/** Minimal interface both engines provide for one connection. */
interface Conn {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the caller's query<R>()
  query(text: string, params?: unknown[]): Promise<{ rows: any[]; affected: number }>;
  exec(text: string): Promise<void>;
  copyCsv(sql: string, csv: string): Promise<void>;
}

class Mutex {
  private last: Promise<void> = Promise.resolve();
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const prev = this.last;
    let release!: () => void;
    this.last = new Promise((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

function makeDb(
  engine: Db['engine'],
  withConn: <T>(fn: (c: Conn) => Promise<T>) => Promise<T>,
  withTxConn: <T>(fn: (c: Conn) => Promise<T>) => Promise<T>,
  close: () => Promise<void>,
  lendTwo?: <T>(fn: (c1: Conn, c2: Conn) => Promise<T>) => Promise<T>,
): Db {
  const db: Db = {
    engine,
    query: async (text, params) => (await withConn((c) => c.query(text, params))).rows,
    execute: async (text, params) => (await withConn((c) => c.query(text, params))).affected,
    exec: (text) => withConn((c) => c.exec(text)),
    copyCsv: (table, columns, csv) =>
      withConn((c) => c.copyCsv(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`, csv)),
    tx: (fn, opts) =>
      withTxConn(async (c) => {
        await c.exec(opts?.snapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
        const inner = txDb(engine, c);
        try {
          const result = await fn(inner);
          await c.exec('COMMIT');
          return result;
        } catch (e) {
          await c.exec('ROLLBACK');
          throw e;
        }
      }),
    snapshotPair: async (a, b) => {
      if (!lendTwo) return db.tx(async (tx) => [await a(tx), await b(tx)], { snapshot: true });
      return lendTwo(async (c1, c2) => {
        await c1.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        try {
          const [{ id }] = (await c1.query('SELECT pg_export_snapshot() AS id')).rows;
          await c2.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          try {
            await c2.exec(`SET TRANSACTION SNAPSHOT '${String(id).replace(/'/g, "''")}'`);
            return await Promise.all([a(txDb(engine, c1)), b(txDb(engine, c2))]);
          } finally {
            await c2.exec('COMMIT');
          }
        } finally {
          await c1.exec('COMMIT');
        }
      });
    },
    close,
  };
  return db;
}

/** A Db bound to one connection inside an open transaction. */
function txDb(engine: Db['engine'], c: Conn): Db {
  const same = <T>(fn: (c: Conn) => Promise<T>) => fn(c);
  const db = makeDb(engine, same, same, async () => {});
  const inTx: Db = { ...db, tx: (fn) => fn(inTx), snapshotPair: async (a, b) => [await a(inTx), await b(inTx)] };
  return inTx;
}

export async function openPglite(dataDir: string | null): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite: PGlite = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm }, parsers: pgliteParsers });
  const conn: Conn = {
    async query(text, params) {
      const r = await lite.query(text, params ?? []);
      return { rows: r.rows, affected: r.affectedRows ?? 0 };
    },
    async exec(text) {
      await lite.exec(text);
    },
    async copyCsv(sql, csv) {
      await lite.query(sql.replace('FROM STDIN', "FROM '/dev/blob'"), [], { blob: new Blob([csv]) });
    },
  };
  // PGlite is one connection: a transaction must hold it exclusively, so every use goes through one mutex.
  const mutex = new Mutex();
  const run = <T>(fn: (c: Conn) => Promise<T>) => mutex.run(() => fn(conn));
  return makeDb('pglite', run, run, () => lite.close());
}

/** `role`: every connection takes that role at its start (SET ROLE), the application's (src/db/roles.ts). */
export async function openPostgres(url: string, opts: { role?: string } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: opts.role ? `-c role=${opts.role}` : undefined });
  // An idle connection the server closes (restart, failover, a dropped database) must not end the process: the
  // pool discards it and opens another on the next query. Without a listener pg rethrows it as uncaught.
  pool.on('error', (err) => console.error(`phongdich: an idle database connection closed: ${err.message}`));
  const wrap = (client: pg.PoolClient): Conn => ({
    async query(text, params) {
      const r = await client.query(text, params as unknown[]);
      return { rows: r.rows, affected: r.rowCount ?? 0 };
    },
    async exec(text) {
      await client.query(text);
    },
    async copyCsv(sql, csv) {
      await pipeline(Readable.from([csv]), client.query(copyFrom(sql)));
    },
  });
  const lend = async <T>(fn: (c: Conn) => Promise<T>) => {
    const client = await pool.connect();
    try {
      return await fn(wrap(client));
    } finally {
      client.release();
    }
  };
  // Pairs take their two connections one pair at a time: two pairs each holding one connection and waiting for
  // a second could otherwise wait for each other forever once the pool runs dry.
  const pairs = new Mutex();
  const lendTwo = async <T>(fn: (c1: Conn, c2: Conn) => Promise<T>) => {
    const [c1, c2] = await pairs.run(async () => {
      const first = await pool.connect();
      try {
        return [first, await pool.connect()];
      } catch (e) {
        first.release();
        throw e;
      }
    });
    try {
      return await fn(wrap(c1), wrap(c2));
    } finally {
      c1.release();
      c2.release();
    }
  };
  return makeDb('postgres', lend, lend, () => pool.end(), lendTwo);
}

export function openDb(cfg: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  return cfg.databaseUrl ? openPostgres(cfg.databaseUrl) : openPglite(cfg.dataDir);
}
