// The shapes the geography API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';
import { GEOGRAPHIES } from './reference.ts';

/** An official administrative unit, of the 2024 (with districts) or the 2025 (two-level) geography. */
export const AdminUnit = z
  .object({
    geography: z.enum(GEOGRAPHIES),
    code: z.string().describe('Official unit code'),
    level: z.enum(['province', 'district', 'ward']),
    name: z.string(),
    full_name: z.string().describe('With its kind, e.g. "Phường III"'),
    parent_code: z.string().nullable().describe('The unit above (district or province); null for the province'),
  })
  .meta({ id: 'AdminUnit' });
export type AdminUnit = z.infer<typeof AdminUnit>;

/** One pair of the 2024 → 2025 ward mapping. */
export const WardMapping = z
  .object({
    old_ward_code: z.string().describe('2024 ward code'),
    old_name: z.string(),
    new_ward_code: z.string().describe('2025 ward code'),
    new_name: z.string(),
    merge: z.enum(['full', 'partial']).describe('partial: the old ward was split between several new ones'),
  })
  .meta({ id: 'WardMapping' });
export type WardMapping = z.infer<typeof WardMapping>;

/** A hamlet (thôn, ấp, tổ dân phố) kept by the province. */
export const Hamlet = z
  .object({
    hamlet_id: z.number().int(),
    ward_code: z.string(),
    name: z.string(),
  })
  .meta({ id: 'Hamlet' });
export type Hamlet = z.infer<typeof Hamlet>;

/** The population of a ward. */
export const WardPopulation = z
  .object({
    ward_code: z.string(),
    ward_name: z.string().nullable().describe('Full name of the unit; null when the code is in no geography'),
    population: z.number().int(),
    population_18plus: z.number().int().nullable().describe('Adults (18 and over), when known'),
    population_50plus: z.number().int().nullable().describe('Aged 50 and over, when known (zoning coverage)'),
  })
  .meta({ id: 'WardPopulation' });
export type WardPopulation = z.infer<typeof WardPopulation>;

/** An uploaded ward boundary file: each feature is checked by the service (code of the province, valid geometry). */
export const WardShapesUpload = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(z.unknown())
      .describe('Features {type: "Feature", properties: {ward_code}, geometry: Polygon | MultiPolygon}'),
  })
  .meta({ id: 'WardShapesUpload' });
