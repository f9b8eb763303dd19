// Request context and the one error handler: every failure becomes clear JSON in the caller's language.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../shared/errors.ts';
import { langFrom, t } from '../shared/messages.ts';
import type { Ctx } from '../shared/context.ts';

declare module 'fastify' {
  interface FastifyRequest { ctx: Ctx }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const lang = langFrom(req.headers['accept-language']);
    if (err instanceof AppError) return reply.status(err.status).send(err.toJSON(lang));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issue = err.validation[0];
      const path = ((issue.params.issue as { path?: PropertyKey[] })?.path ?? []).map(String).join('.');
      const field = path || issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || err.validationContext || 'body';
      return reply.status(400).send({ error: 'validation', field, message: t(lang, 'validation', { field, detail: issue.message ?? '' }) });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: err.code ?? 'bad_request', message: t(lang, 'bad_request', { detail: err.message }) });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: 'internal', message: t(lang, 'internal', { requestId: req.id }) });
  });
  app.setNotFoundHandler((req, reply) => {
    const lang = langFrom(req.headers['accept-language']);
    reply.status(404).send({ error: 'not_found', message: t(lang, 'not_found', { what: req.url }) });
  });
}
