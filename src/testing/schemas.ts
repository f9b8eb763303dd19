// The shapes the testing API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';
import { METHODS, POOL_RESULTS, RESULTS, SPECIMENS } from './import.ts';

const day = z.iso.date();
const result = z.enum(RESULTS);
const ctValues = z
  .record(z.string(), z.number())
  .nullable()
  .describe('Ct per target gene, e.g. {"E": 22.1, "N": 24.3}; a single unnamed value under "Ct"');

export const SampleListItem = z
  .object({
    sample_ref: z.string(),
    person_ref: z.string(),
    full_name: z.string(),
    ward_code: z.string().nullable(),
    taken_at: z.date(),
    method: z.enum(METHODS),
    specimen: z.enum(SPECIMENS).nullable(),
    pool_ref: z.string().nullable(),
    lab: z.string().nullable().describe('lab_code of the lab'),
    result: result.describe("The sample's own result"),
    result_at: z.date().nullable(),
    ct_values: ctValues,
    created_at: z.date(),
    updated_at: z.date(),
    effective_result: result.describe("The result known now: its own, or a negative/invalid pool's"),
    effective_result_at: z.date().nullable(),
  })
  .meta({ id: 'SampleListItem' });
export type SampleListItem = z.infer<typeof SampleListItem>;

export const SampleVersion = z
  .object({
    version: z.number().int().describe('1 = the first result given'),
    result,
    result_at: z.date().nullable(),
    ct_values: ctValues,
    lab: z.string().nullable(),
    superseded_at: z.date(),
    superseded_by: z.string().describe('Who replaced it'),
    reason: z.string().nullable(),
  })
  .meta({ id: 'SampleVersion' });
export type SampleVersion = z.infer<typeof SampleVersion>;

export const Sample = SampleListItem.extend({
  pool_result: z.enum(POOL_RESULTS).nullable(),
  pool_result_at: z.date().nullable(),
  version: z.number().int().describe('Number of the current result version'),
  earlier_versions: z.array(SampleVersion),
}).meta({ id: 'Sample' });
export type Sample = z.infer<typeof Sample>;

export const PoolMember = z
  .object({
    sample_ref: z.string(),
    person_ref: z.string(),
    full_name: z.string(),
    ward_code: z.string().nullable(),
    taken_at: z.date(),
    result: result.describe('The result known now'),
    result_at: z.date().nullable(),
    resample_ref: z.string().nullable().describe('The individual PCR re-sample (positive or invalid pool)'),
    decision: result.nullable().describe('The result that decides the member; null while undecided'),
  })
  .meta({ id: 'PoolMember' });
export type PoolMember = z.infer<typeof PoolMember>;

export const Pool = z
  .object({
    pool_ref: z.string(),
    result: z.enum(POOL_RESULTS).nullable().describe('Null until the pool has a result'),
    result_at: z.date().nullable(),
    size: z.number().int(),
    first_taken_at: z.date(),
    household: z.boolean().describe('Every member lives at one address (a larger size limit)'),
    max_size: z.number().int().describe('Size limit of the rule set in force on the first member day'),
    members: z.array(PoolMember),
  })
  .meta({ id: 'Pool' });
export type Pool = z.infer<typeof Pool>;

export const ResampleItem = z
  .object({
    pool_ref: z.string(),
    pool_result: z.enum(['positive', 'invalid']),
    pool_result_at: z.date(),
    sample_ref: z.string().describe('The pooled sample'),
    person_ref: z.string(),
    full_name: z.string(),
    phone: z.string().nullable(),
    ward_code: z.string().nullable(),
    hamlet: z.string().nullable(),
    address: z.string().nullable(),
    resample_ref: z.string().nullable(),
    resample_taken_at: z.date().nullable(),
    decision: result.nullable(),
    status: z.enum(['to_resample', 'awaiting_result', 'decided']),
  })
  .meta({ id: 'ResampleItem' });
export type ResampleItem = z.infer<typeof ResampleItem>;

export const Lab = z
  .object({
    lab_code: z.string(),
    name: z.string(),
    ward_code: z.string().nullable(),
    methods: z.array(z.enum(METHODS)),
    capacity_per_day: z.number().int().nullable().describe('Single (unpooled) tests a day'),
    active: z.boolean(),
  })
  .meta({ id: 'Lab' });
export type Lab = z.infer<typeof Lab>;

export const LabStatus = z
  .object({
    lab_code: z.string(),
    name: z.string().nullable().describe('Null for a lab named by samples but not registered'),
    ward_code: z.string().nullable(),
    methods: z.array(z.enum(METHODS)).nullable(),
    capacity_per_day: z.number().int().nullable(),
    active: z.boolean().nullable(),
    registered: z.boolean(),
    tests_24h: z.number().int().describe('Tests run in the 24 hours to the instant (a pool counts once)'),
    pending: z.number().int().describe('Samples waiting for a result'),
    tests_pending: z.number().int().describe('Tests waiting (a pending pool counts once)'),
    backlog_by_age: z
      .object({
        le_24h: z.number().int(),
        '24_48h': z.number().int(),
        '48_72h': z.number().int(),
        gt_72h: z.number().int(),
      })
      .describe('Samples waiting, by hours since taken'),
    oldest_taken_at: z.date().nullable(),
  })
  .meta({ id: 'LabStatus' });
export type LabStatus = z.infer<typeof LabStatus>;

const counts = {
  samples_taken: z.number().int(),
  samples_taken_new: z.number().int().describe('Taken in the 24 hours to the cut-off'),
  negative: z.number().int(),
  positive: z.number().int(),
  invalid: z.number().int(),
  pending: z.number().int(),
};
const TestingCounts = z.object(counts).meta({ id: 'TestingCounts' });
export const TestingFigures = z
  .object({
    as_of: z.date(),
    from: z.date().nullable().describe('Only samples taken from then on'),
    ...counts,
    by_method: z.object({ pcr: TestingCounts, rapid_antigen: TestingCounts }),
    pooled: z.object({
      samples: z.number().int(),
      pools: z.number().int(),
      pools_tested: z.number().int(),
      pools_positive: z.number().int(),
    }),
    pcr_capacity: z.object({
      labs: z.number().int(),
      capacity_per_day: z.number().int().describe('Single tests a day over active PCR labs'),
      pool_size: z.number().int().describe('Pool size in force'),
      pooled_capacity_per_day: z.number().int(),
    }),
  })
  .meta({ id: 'TestingFigures' });

export const ScreeningRound = z
  .object({
    round_code: z.string(),
    campaign: z.string(),
    round_no: z.number().int(),
    starts_on: day,
    ends_on: day,
    target_population: z.number().int().nullable(),
    method: z.enum(METHODS).nullable().describe('Only samples of this method count; null: any'),
    areas: z.array(z.object({ ward_code: z.string(), hamlet: z.string().nullable().describe('Null: the whole ward') })),
  })
  .meta({ id: 'ScreeningRound' });
export type ScreeningRound = z.infer<typeof ScreeningRound>;

const figures = {
  sampled: z.number().int().describe('Persons sampled in the round'),
  samples: z.number().int(),
  positive: z.number().int().describe('Persons found positive'),
  positivity_pct: z.number().nullable().describe('Positive per 100 sampled, cut to 3 decimals'),
};
export const ScreeningRoundFigures = ScreeningRound.extend({
  ...figures,
  coverage_pct: z.number().nullable().describe('Sampled per 100 of the target population'),
}).meta({ id: 'ScreeningRoundFigures' });
export const ScreeningRoundReport = ScreeningRoundFigures.extend({
  as_of: z.date(),
  by_ward: z.array(z.object({ ward_code: z.string().nullable(), ward_name: z.string().nullable(), ...figures })),
}).meta({ id: 'ScreeningRoundReport' });
