import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { importFile, importKind, importKinds, templateCsv } from './registry.ts';
import { requireAccess } from '../auth/scope.ts';

export async function importRoutes(app: FastifyInstance, db: Db): Promise<void> {
  // CSV bodies are streamed to the pipeline as they arrive, not buffered.
  app.addContentTypeParser('text/csv', { bodyLimit: 1 << 30 }, (_req, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const kindParams = z.object({ kind: z.string().max(32) });
  r.get('/imports/kinds', { config: { access: 'imports.run' }, schema: { tags: ['imports'], summary: 'Import kinds and their columns' } }, async () =>
    Object.values(importKinds).map((k) => ({ kind: k.kind, columns: Object.entries(k.columns).map(([name, c]) => ({ name, required: !!c.required })) })));
  r.get('/imports/:kind/template.csv', { config: { access: 'imports.run' }, schema: { tags: ['imports'], summary: 'Empty CSV with the columns of a kind', params: kindParams } },
    async (req, reply) => reply.type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${req.params.kind}.csv"`)
      .send(templateCsv(importKind(req.params.kind))));
  r.post('/imports/:kind', {
    bodyLimit: 1 << 30,
    config: { access: 'imports.run' },
    schema: {
      tags: ['imports'], summary: 'Import a CSV (Content-Type: text/csv); all or nothing unless partial=true',
      params: kindParams, querystring: z.object({ partial: z.stringbool().default(false), file_name: z.string().max(200).optional() }),
    },
  }, async (req, reply) => {
    await requireAccess(db, req.ctx, { permission: importKind(req.params.kind).permission });
    const body = req.body as Readable;
    const result = await importFile(db, req.ctx, req.params.kind, body instanceof Readable ? body : Readable.from([String(body ?? '')]),
      { partial: req.query.partial, fileName: req.query.file_name });
    return reply.status(result.rejected.length ? 422 : 200).send(result);
  });
}
