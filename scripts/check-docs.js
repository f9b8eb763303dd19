#!/usr/bin/env node
// docs/ holds the contracts, domain rules and seed documents that tests and comments cite, so a fresh clone has
// them. They are copies of ../shared (the team's source): this fails when a copy has drifted, and `--write`
// refreshes them. Without ../shared (a public clone) there is nothing to compare.
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const docs = join(import.meta.dirname, '..', 'docs');
const pairs = [
  ['DOMAIN.md', 'domain.md'],
  ['SEED-FIGURES.md', 'seed-figures.md'],
  ...['contracts', 'seeds'].flatMap((dir) =>
    existsSync(join(shared, dir)) ? readdirSync(join(shared, dir)).map((f) => [join(dir, f), join(dir, f)]) : [],
  ),
];
if (!existsSync(shared)) {
  console.log('docs: no ../shared beside the repository; nothing to compare');
  process.exit(0);
}
const write = process.argv.includes('--write');
const stale = pairs.filter(([from, to]) => {
  const a = readFileSync(join(shared, from));
  const same = existsSync(join(docs, to)) && a.equals(readFileSync(join(docs, to)));
  if (!same && write) copyFileSync(join(shared, from), join(docs, to));
  return !same && !write;
});
if (stale.length) {
  console.error(`docs/ differs from ../shared for: ${stale.map(([, to]) => to).join(', ')} (npm run docs -- --write)`);
  process.exit(1);
}
console.log(`docs: ${pairs.length} files in step with ../shared`);
