// The shapes the rules API takes and answers with: the OpenAPI document, request validation, the response
// serialiser and the services' row types all come from these (national.ts documents each rule).
import { z } from 'zod';

const quarantineRule = z.object({
  days: z.number().int().min(0).max(60).describe("Days in the episode's own kind"),
  follow_on_kind: z.enum(['home', 'self_monitoring']).optional(),
  follow_on_days: z.number().int().min(0).max(60).optional(),
  test_days: z
    .array(z.number().int().min(1).max(60))
    .max(10)
    .describe('Sampling days counted from the start (day 1 = the start date)'),
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
