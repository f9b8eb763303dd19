import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { listRuleSets, putRuleSet, rulesOn } from './service.ts';

const quarantineRule = z.object({
  days: z.number().int().min(0).max(60),
  follow_on_kind: z.enum(['home', 'self_monitoring']).optional(),
  follow_on_days: z.number().int().min(0).max(60).optional(),
  test_days: z.array(z.number().int().min(1).max(60)).max(10),
});
export const rulesSchema = z.object({
  contact_window_days: z.number().int().min(1).max(60),
  cluster_close_days: z.number().int().min(1).max(90),
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
});

export async function ruleRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/rules',
    { config: { access: 'geo.read' }, schema: { tags: ['rules'], summary: 'Dated rule sets of the province' } },
    (req) => listRuleSets(db, req.ctx),
  );
  r.get(
    '/rules/on/:date',
    {
      config: { access: 'geo.read' },
      schema: { tags: ['rules'], summary: 'The rule set in force on a date', params: z.object({ date: z.iso.date() }) },
    },
    (req) => rulesOn(db, req.ctx, req.params.date),
  );
  r.put(
    '/rules/:effective_from',
    {
      config: { access: 'rules.manage' },
      schema: {
        tags: ['rules'],
        summary: 'Create or replace the rule set starting on a date',
        params: z.object({ effective_from: z.iso.date() }),
        body: z.object({
          name: z.string().min(1).max(200),
          basis: z.string().max(200).nullable().default(null),
          rules: rulesSchema,
        }),
      },
    },
    (req) => putRuleSet(db, req.ctx, { effective_from: req.params.effective_from, ...req.body }),
  );
}
