// The application's importer: every module's import kinds, checked against the reference province list.
import { provinceCodes2024 } from '../geo/reference.ts';
import { importCatalogue } from '../imports/registry.ts';
import { MODULES } from './modules.ts';

export const imports = importCatalogue(
  MODULES.flatMap((m) => m.importKinds ?? []),
  () => ({ provinceCodes: provinceCodes2024() }),
);
export const { importKinds, importFile } = imports;
