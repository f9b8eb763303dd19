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

export async function buildServer(
  db: Db,
  opts: { logger?: boolean; trustProxy?: string[] } = {},
): Promise<FastifyInstance> {
  const province = await defaultProvince(db);
  if (!province) throw new AppError(503, 'not_initialised');
  const app = Fastify({
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
