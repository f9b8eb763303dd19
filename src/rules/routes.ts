import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { errors } from '../api/openapi.ts';
import { listRuleSets, putRuleSet, rulesOn } from './service.ts';
import { RuleSet, Rules } from './schemas.ts';

export async function ruleRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/rules',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['rules'],
        summary: 'Dated rule sets of the province',
        operationId: 'listRuleSets',
        response: { 200: z.array(RuleSet) },
      },
    },
    (req) => listRuleSets(db, req.ctx),
  );
  r.get(
    '/rules/on/:date',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['rules'],
        summary: 'The rule set in force on a date',
        operationId: 'getRuleSetInForce',
        params: z.object({ date: z.iso.date() }),
        response: { 200: RuleSet, ...errors(404) },
      },
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
        operationId: 'putRuleSet',
        params: z.object({ effective_from: z.iso.date() }),
        body: z.object({
          name: z.string().min(1).max(200),
          basis: z.string().max(200).nullable().default(null),
          rules: Rules,
        }),
        response: { 200: RuleSet },
      },
    },
    (req) => putRuleSet(db, req.ctx, { effective_from: req.params.effective_from, ...req.body }),
  );
}
