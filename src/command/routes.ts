// Command API (issue 22): the summary, directives with their files, tasks, supplies, funds and social support.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { errors } from '../api/openapi.ts';
import { CommandSummary } from './schemas.ts';
import { commandSummary } from './summary.ts';

const instant = z.iso.datetime({ offset: true });

export async function commandRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['command'];

  r.get(
    '/command/summary',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary:
          'Tasks, supplies, funds and social support as of T; received/issued in A < t ≤ T (contracts/command.md)',
        operationId: 'getCommandSummary',
        querystring: z.object({ at: instant, from: instant.optional() }),
        response: { 200: CommandSummary, ...errors(400) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return commandSummary(db, req.ctx, new Date(req.query.at), req.query.from ? new Date(req.query.from) : undefined);
    },
  );
}
