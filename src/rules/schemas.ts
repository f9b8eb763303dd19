// The shapes the rules API takes and answers with: the OpenAPI document, request validation, the response
// serialiser and the services' row types all come from these (national.ts documents each rule).
import { z } from 'zod';
import { keyed } from '../shared/messages.ts';

const quarantineRule = z.object({
  days: z.number().int().min(0).max(60).describe("Days in the episode's own kind"),
  follow_on_kind: z.enum(['home', 'self_monitoring']).optional(),
  follow_on_days: z.number().int().min(0).max(60).optional(),
  test_days: z
    .array(z.number().int().min(1).max(60))
    .max(10)
    .describe('Sampling days counted from the start (day 1 = the start date)'),
});

const level = z.number().int().min(1).max(4);
/** Risk zoning (docs/contracts/zoning.md): the rate bands, coverage thresholds and level matrix of a period. */
export const ZoningRule = z
  .object({
    method: z.enum(['rate_matrix', 'assessed']),
    window_days: z.number().int().min(1).max(60).describe('Community cases counted over this many days ending with D'),
    rate_bands: z
      .array(z.number().min(0))
      .min(1)
      .max(6)
      .refine((b) => b.every((v, i) => i === 0 || v > b[i - 1]), keyed('zoning_bands_ascending'))
      .describe('Band = the number of these values ≤ the rate per 100,000'),
    coverage: z.object({
      dose1_18plus_pct: z.number().min(0).max(100),
      full_50plus_pct: z.number().min(0).max(100),
      full_doses: z.number().int().min(1).max(3),
    }),
    levels: z.object({ met: z.array(level), not_met: z.array(level) }),
    zero_level: level,
    basis: z.string().max(200).optional().describe('The decision the zoning rule rests on'),
  })
  .superRefine((zr, c) => {
    for (const k of ['met', 'not_met'] as const)
      if (zr.levels[k].length !== zr.rate_bands.length + 1)
        c.addIssue({
          code: 'custom',
          path: ['levels', k],
          ...keyed('zoning_levels_count', { count: zr.rate_bands.length + 1 }),
        });
  });
const pct = z.number().int().min(0).max(100);

/** The rules of one period: contact window, cluster closing, quarantine by kind, pool sizes. */
export const Rules = z
  .object({
    contact_window_days: z.number().int().min(1).max(60).describe('Exposures count while exposed_on ≥ T − this'),
    cluster_close_days: z.number().int().min(1).max(90).describe('A cluster closes after this many days with no case'),
    auto_confirm_positive_pcr: z.boolean(),
    quarantine: z.object({
      centralized: quarantineRule,
      home: quarantineRule,
      self_monitoring: quarantineRule,
      centralized_vaccinated: quarantineRule.optional(),
      home_vaccinated: quarantineRule.optional(),
    }),
    pool_max_size: z.number().int().min(1).max(30),
    household_pool_max_size: z.number().int().min(1).max(30),
    zoning: ZoningRule.optional(),
    severity_mix: z
      .object({ '1': pct, '2': pct, '3': pct })
      .optional()
      .describe('Treatment: percent of cases needing each tier (default 80/15/5)'),
    home_share_tier1: pct.optional().describe('Treatment: percent of tier-1 cases treated at home (default 0)'),
    home_check_days: z
      .number()
      .int()
      .min(1)
      .max(14)
      .optional()
      .describe('Days between checks of an F0 at home (default 1)'),
    outbreak_followups: z
      .array(z.enum(['test', 'quarantine']))
      .max(2)
      .refine((k) => new Set(k).size === k.length, keyed('rules_duplicate_item'))
      .optional()
      .describe(
        'Entry control: follow-ups owed by an arrival from a ward or district of the province at level 4 or under lockdown (default test, quarantine)',
      ),
    f2_release_on_source_negative: z
      .boolean()
      .optional()
      .describe(
        "Seed 000: an F1's negative result, no other awaited, ends their F2's home and self-monitoring quarantine (default false)",
      ),
  })
  .meta({ id: 'Rules' });

/** A dated rule set: in force from effective_from until the next set starts. */
export const RuleSet = z
  .object({
    effective_from: z.iso.date(),
    name: z.string(),
    basis: z.string().nullable().describe('The decision or dispatch it rests on'),
    rules: Rules,
  })
  .meta({ id: 'RuleSet' });
export type RuleSet = z.infer<typeof RuleSet>;
