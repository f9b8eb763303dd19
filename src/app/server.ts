// Builds the HTTP app: config → db → every module's routes (modules.ts). Nothing else happens here.
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from '../db/connection.ts';
import { frameworkErrors, registerErrorHandler, registerTextCheck } from '../api/http.ts';
import { healthRoute, registerOpenApi } from '../api/document.ts';
import { AppError } from '../shared/errors.ts';
import { defaultProvince } from '../geo/service.ts';
import { registerAuth, registerSecurity } from '../auth/http.ts';
import { registerAccessAudit } from '../auth/access.ts';
import { MODULES } from './modules.ts';
import { imports } from './imports.ts';
import { loadConfig } from '../config.ts';

/**
 * The HTTP server's timeouts, set deliberately (Node's and Fastify's defaults differ and some are off). An import
 * upload may take up to PHONGDICH_UPLOAD_TIMEOUT_S to arrive (the import route then answers 408 naming it): the
 * server's own limit on receiving a request sits just above, as a backstop for every route.
 */
export function httpTimeouts(uploadTimeoutS: number) {
  return {
    /** The request line and headers must arrive within this (a client dribbling them holds nothing longer). */
    headersTimeout: 30_000,
    /** The whole request, body included, must arrive within this, or Node answers 408 and closes. */
    requestTimeout: (uploadTimeoutS + 30) * 1000,
    /** A socket with no byte either way for this long is closed; an import lifts it once its file is received. */
    connectionTimeout: 120_000,
    /** An idle kept-alive connection is closed after this: longer than a proxy's (nginx: 60 s), so the proxy closes first. */
    keepAliveTimeout: 65_000,
  };
}

export async function buildServer(
  db: Db,
  opts: { logger?: boolean; trustProxy?: string[] } = {},
): Promise<FastifyInstance> {
  const province = await defaultProvince(db);
  if (!province) throw new AppError(503, 'not_initialised');
  const { headersTimeout, ...timeouts } = httpTimeouts(loadConfig().uploadTimeoutS);
  const app = Fastify({
    ...timeouts,
    // headersTimeout and requestTimeout are checked every connectionsCheckingInterval (Node's default: 30 s)
    http: { headersTimeout, connectionsCheckingInterval: 5_000 },
    logger: opts.logger ?? false,
    bodyLimit: 1 << 20, // JSON bodies; CSV imports stream with their own limit
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
    // PHONGDICH_TRUST_PROXY: the named proxies only; behind a TLS proxy req.protocol is https → Secure cookie
    trustProxy: opts.trustProxy?.length ? opts.trustProxy : false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerTextCheck(app);
  await registerSecurity(app);

  await registerOpenApi(app);

  app.decorateRequest('ctx', null as never);
  await app.register(
    async (api) => {
      registerAuth(api, db, province.province_code);
      registerAccessAudit(api, db); // reads and exports of personal data
      api.get('/health', healthRoute, async () => ({ ok: true, engine: db.engine }));
      for (const m of MODULES) for (const routes of m.routes ?? []) await routes(api, db, imports);
    },
    { prefix: '/api/v1' },
  );
  for (const m of MODULES) await m.pages?.(app);
  return app;
}
