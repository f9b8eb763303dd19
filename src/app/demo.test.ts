// The generated province goes through the real importer: every kind loads without a rejected row, the tables hold
// what the files hold, and loading the same province again changes nothing (imports are idempotent by key).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { importKinds } from './imports.ts';
import { writeDemo, type DemoSummary } from '../demo/generate.ts';
import { importDemoDir } from './demo.ts';
import { DEMO_KINDS } from '../demo/files.ts';

let t: TestDb;
const dir = mkdtempSync(join(tmpdir(), 'phongdich-demo-load-'));
let generated: DemoSummary;
before(async () => {
  t = await testDb();
  generated = writeDemo(dir, { people: 2500, seed: 5 });
});
after(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

test(`[${engineName}] every generated file imports whole, and a second load changes nothing`, async () => {
  const first = await importDemoDir(t.db, t.ctx, dir);
  assert.deepEqual(
    first.not_loaded,
    DEMO_KINDS.filter((k) => !(k in importKinds)),
  );
  for (const r of first.imports) {
    assert.equal(r.rejected, 0, `${r.kind}: ${JSON.stringify(r.first_rejected)}`);
    assert.equal(r.rows, generated.rows[r.kind], r.kind);
    assert.equal(r.inserted, generated.rows[r.kind], `${r.kind} inserted`);
  }
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM persons WHERE province_code = $1', [
    t.ctx.province,
  ]);
  assert.equal(n, 2500);

  const again = await importDemoDir(t.db, t.ctx, dir);
  for (const r of again.imports) assert.deepEqual([r.kind, r.inserted, r.updated, r.rejected], [r.kind, 0, 0, 0]);
});
