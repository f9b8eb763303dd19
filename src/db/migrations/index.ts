// Ordered migrations. Append only: a released migration is never edited.
import type { Db } from '../connection.ts';
import * as m0001 from './0001_foundation.ts';

export const migrations: { name: string; up: (db: Db) => Promise<void> }[] = [
  { name: '0001_foundation', up: m0001.up },
];
