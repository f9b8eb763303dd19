// The database layer's snapshot pair: two reads that see one snapshot (on a server, on two connections at once).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import type { Db } from './connection.ts';

let t: TestDb;
before(async () => {
  t = await testDb();
});
after(async () => {
  await t.close();
});

const count = async (db: Db) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons'))[0].n;

test(`[${engineName}] a snapshot pair: both reads see the same data, even when a write commits between them`, async () => {
  await t.db.query(`INSERT INTO persons (province_code, person_ref, full_name) VALUES ($1, 'SP1', 'Một')`, [
    t.ctx.province,
  ]);
  if (t.db.engine === 'pglite') {
    // One connection: the two reads run one after the other in one transaction.
    assert.deepEqual(await t.db.snapshotPair(count, count), [1, 1]);
    return;
  }
  let written!: () => void;
  const afterWrite = new Promise<void>((resolve) => (written = resolve));
  const [first, second] = await t.db.snapshotPair(
    async (tx) => {
      const n = await count(tx);
      await t.db.query(`INSERT INTO persons (province_code, person_ref, full_name) VALUES ($1, 'SP2', 'Hai')`, [
        t.ctx.province,
      ]);
      written();
      return n;
    },
    async (tx) => {
      await afterWrite;
      return count(tx);
    },
  );
  assert.deepEqual([first, second], [1, 1], 'the row committed after the snapshot is seen by neither read');
  assert.equal(await count(t.db), 2);
  await assert.rejects(
    t.db.snapshotPair((tx) => tx.query(`DELETE FROM persons`), count),
    /read-only/,
    'the pair only reads',
  );
});
