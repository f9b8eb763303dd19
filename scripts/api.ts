// The OpenAPI document, built in-process (PGlite in memory, province 93, no network), and what is made from it:
//   node --import tsx scripts/api.ts json FILE   writes the document
//   node --import tsx scripts/api.ts types       regenerates web/src/shared/api-schema.d.ts (npm run api:types)
//   node --import tsx scripts/api.ts lint        Redocly's recommended rules over it (npm run lint:api)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiDocument, apiTypes, API_TYPES_FILE } from '../src/test/openapi.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const [command, out] = process.argv.slice(2);
const doc = await apiDocument();

if (command === 'json' && out) {
  writeFileSync(out, JSON.stringify(doc, null, 2) + '\n');
} else if (command === 'types') {
  writeFileSync(join(root, API_TYPES_FILE), await apiTypes(doc));
  console.log(`wrote ${API_TYPES_FILE}`);
} else if (command === 'lint') {
  const dir = mkdtempSync(join(tmpdir(), 'phongdich-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', file, '--config', join(root, 'redocly.yaml')],
      { stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    process.exitCode = r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.error('usage: scripts/api.ts json FILE | types | lint');
  process.exitCode = 2;
}
