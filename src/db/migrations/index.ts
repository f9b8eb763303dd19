// Ordered migrations. Append only: a released migration is never edited.
import type { Db } from '../connection.ts';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_auth.ts';
import * as m0003 from './0003_rules.ts';
import * as m0004 from './0004_records.ts';
import * as m0006 from './0006_flevels.ts';

export const migrations: { name: string; up: (db: Db) => Promise<void> }[] = [
  { name: '0001_foundation', up: m0001.up },
  { name: '0002_auth', up: m0002.up },
  { name: '0003_rules', up: m0003.up },
  { name: '0004_records', up: m0004.up },
  { name: '0006_flevels', up: m0006.up },
];
