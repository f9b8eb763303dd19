// The shapes the zoning API takes and answers with (docs/contracts/zoning.md, exact field names and orderings).
import { z } from 'zod';

export const Level = z.number().int().min(1).max(4).describe('1 green, 2 yellow, 3 orange, 4 red');
export const Tier = z.enum(['province', 'district', 'ward']);
export const MEASURES = ['ct15', 'ct16', 'ct19', 'lockdown', 'other'] as const;
export const Measure = z.enum(MEASURES).describe('Chỉ thị 15/16/19, lockdown of an area, or another measure');

export const ZoningUnit = z
  .object({
    unit_code: z.string(),
    name: z.string(),
    level: Level.nullable().describe('The decision’s level if one is in force, else computed_level'),
    computed_level: Level.nullable().describe('From the figures and the rule set (or rolled up, "assessed")'),
    source: z.enum(['decision', 'computed']),
    decision: z
      .object({ decision_number: z.string().nullable(), from_date: z.iso.date(), reason: z.string().nullable() })
      .nullable(),
    community_cases_7d: z.number().int().describe('Community cases confirmed in the window ending with the day'),
    population: z.number().int().nullable(),
    rate_per_100k: z.number().nullable(),
    coverage_dose1_18plus_pct: z.number().nullable(),
    coverage_full_50plus_pct: z.number().nullable(),
    coverage_met: z.boolean(),
    measures: z.array(Measure).describe('In force on the day on the unit or any unit above it, sorted, distinct'),
  })
  .meta({ id: 'ZoningUnit' });
export type ZoningUnit = z.infer<typeof ZoningUnit>;

export const LevelCounts = z
  .object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int() })
  .meta({ id: 'LevelCounts' });
export type LevelCounts = z.infer<typeof LevelCounts>;
const TierCounts = z.object({ districts: LevelCounts, wards: LevelCounts });

export const ZoningReport = z
  .object({
    province_code: z.string(),
    at: z.iso.date(),
    compare_at: z.iso.date().nullable(),
    rule_set: z.object({ effective_from: z.iso.date().nullable(), method: z.enum(['rate_matrix', 'assessed']) }),
    province: ZoningUnit,
    districts: z.array(ZoningUnit),
    wards: z.array(ZoningUnit),
    counts: TierCounts,
    counts_compare: TierCounts.nullable(),
    changed: z.array(z.object({ unit_code: z.string(), tier: Tier, from: Level.nullable(), to: Level.nullable() })),
  })
  .meta({ id: 'ZoningReport' });
export type ZoningReport = z.infer<typeof ZoningReport>;

const UnitDays = z.object({ unit_code: z.string(), levels: z.array(Level.nullable()) });
export const ZoningDays = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    days: z.array(z.iso.date()),
    wards: z.array(UnitDays),
    districts: z.array(UnitDays),
    counts: z.array(z.object({ day: z.iso.date(), wards: LevelCounts, districts: LevelCounts })),
  })
  .meta({ id: 'ZoningDays' });
export type ZoningDays = z.infer<typeof ZoningDays>;

const dateRange = {
  from_date: z.iso.date(),
  to_date: z.iso.date().nullable().default(null).describe('Inclusive; null = until a later decision'),
  decision_number: z.string().max(100).nullable().default(null),
};

export const ZoningDecisionInput = z.object({
  unit_code: z.string().min(1).max(10).describe('Ward, district or province code'),
  level: Level,
  ...dateRange,
  reason: z.string().max(1000).nullable().default(null),
});
export type ZoningDecisionInput = z.infer<typeof ZoningDecisionInput>;

export const ZoningDecision = z
  .object({
    unit_code: z.string(),
    unit_name: z.string(),
    tier: Tier,
    level: Level,
    from_date: z.iso.date(),
    to_date: z.iso.date().nullable(),
    decision_number: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ZoningDecision' });
export type ZoningDecision = z.infer<typeof ZoningDecision>;

export const ZoningMeasureInput = z.object({
  unit_code: z.string().min(1).max(10),
  measure: Measure,
  ...dateRange,
  note: z.string().max(1000).nullable().default(null).describe('E.g. the hamlets under lockdown'),
});
export type ZoningMeasureInput = z.infer<typeof ZoningMeasureInput>;

export const ZoningMeasure = z
  .object({
    unit_code: z.string(),
    unit_name: z.string(),
    tier: Tier,
    measure: Measure,
    from_date: z.iso.date(),
    to_date: z.iso.date().nullable(),
    decision_number: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'ZoningMeasure' });
export type ZoningMeasure = z.infer<typeof ZoningMeasure>;
