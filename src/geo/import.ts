// Import kinds `population` (docs/contracts/imports.md) and `hamlets` (the province's own hamlet list).
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, integer, text } from '../imports/fields.ts';
import { fold } from '../shared/text.ts';

const wardInScope = `SELECT line, 'ward_code' AS column, ward_code AS value FROM import_staging WHERE NOT ward_code = ANY($2::text[])`;

const wardMustExist = {
  column: 'ward_code',
  key: 'unknown_ward' as const,
  sql: `SELECT s.line, s.ward_code AS value FROM import_staging s WHERE NOT EXISTS (
          SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.ward_code)`,
};

export const populationKind: ImportKind = {
  kind: 'population',
  permission: 'geo.write',
  columns: {
    ward_code: { required: true, parse: code(10) },
    population: { required: true, parse: integer(0, 10_000_000) },
    population_18plus: { parse: integer(0, 10_000_000) },
    population_50plus: { parse: integer(0, 10_000_000) },
  },
  staging: { ward_code: 'text', population: 'integer', population_18plus: 'integer', population_50plus: 'integer' },
  key: ['ward_code'],
  stage(c) {
    const total = c.population as number,
      adults = c.population_18plus as number | undefined;
    const older = c.population_50plus as number | undefined;
    if (adults !== undefined && adults > total) return [{ column: 'population_18plus', key: 'pop_18_gt_total' }];
    if (older !== undefined && older > (adults ?? total)) return [{ column: 'population_50plus', key: 'pop_50_gt_18' }];
    return [c.ward_code, total, adults ?? null, older ?? null];
  },
  checks: [wardMustExist],
  scopeCheck: wardInScope,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'ward_population',
      entity: 'ward_population',
      conflict: ['ward_code'],
      keyExpr: 'up.ward_code',
      touch: 'updated_at',
      insertOnly: { ward_code: 's.ward_code' },
      set: {
        population: 's.population',
        population_18plus: 's.population_18plus',
        population_50plus: 's.population_50plus',
      },
    }),
};

export const hamletsKind: ImportKind = {
  kind: 'hamlets',
  permission: 'geo.write',
  columns: { ward_code: { required: true, parse: code(10) }, name: { required: true, parse: text(200) } },
  staging: { ward_code: 'text', name: 'text', name_fold: 'text' },
  key: ['ward_code', 'name_fold'],
  stage: (c) => [c.ward_code, c.name, fold(c.name as string)],
  checks: [wardMustExist],
  scopeCheck: wardInScope,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'hamlets',
      entity: 'hamlet',
      conflict: ['ward_code', 'name_fold'],
      keyExpr: `up.ward_code || '/' || up.name`,
      insertOnly: { ward_code: 's.ward_code' },
      matchOnly: { name_fold: 's.name_fold' },
      set: { name: 's.name' },
    }),
};
