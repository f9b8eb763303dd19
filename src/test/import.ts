// Loading a test's records through the real import pipeline: every row must be accepted.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { TestDb } from './db.ts';
import { importFile } from '../app/imports.ts';

export async function load(t: TestDb, kind: string, csv: string): Promise<void> {
  const r = await importFile(t.db, t.ctx, kind, Readable.from([csv]));
  assert.deepEqual(r.rejected, [], kind);
}
