// The module list is the one place modules are assembled: each permission of the vocabulary belongs to exactly one
// module, each import kind name to one module, and every module names a folder under src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { PERMISSIONS } from '../shared/permissions.ts';
import { MODULES } from './modules.ts';

test('every permission is owned by exactly one module', () => {
  const owned = MODULES.flatMap((m) => m.permissions ?? []);
  assert.deepEqual([...owned].sort(), [...PERMISSIONS].sort());
});

test('import kinds: the twelve of docs/contracts/imports.md, the two of treatment.md, residents_abroad of period-report.md and the extras, persons first, each once', () => {
  assert.deepEqual(
    MODULES.flatMap((m) => m.importKinds ?? []).map((k) => k.kind),
    [
      'persons',
      'population',
      'hamlets',
      'cases',
      'outcomes',
      'exposures',
      'facilities',
      'quarantine',
      'samples',
      'pool_results',
      'vaccinations',
      'declarations',
      'care',
      'severity',
      'zoning_decisions',
      'measures',
      'directives',
      'tasks',
      'supply_items',
      'supply_movements',
      'funds',
      'support',
      'residents_abroad',
    ],
  );
});

test('every module is a folder under src/', () => {
  for (const m of MODULES) assert.ok(existsSync(new URL(`../${m.name}/`, import.meta.url)), m.name);
});
