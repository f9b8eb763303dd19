// Builds the HTTP app: config → db → routes. Nothing else happens here.
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from './db/connection.ts';
import { registerErrorHandler } from './api/http.ts';
import { healthRoute, registerOpenApi } from './api/document.ts';
import { AppError } from './shared/errors.ts';
import { defaultProvince } from './geo/service.ts';
import { registerAuth, registerSecurity } from './auth/http.ts';
import { authRoutes } from './auth/routes.ts';
import { geoRoutes } from './geo/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { ruleRoutes } from './rules/routes.ts';
import { quarantineRoutes } from './quarantine/routes.ts';
import { vaccinationRoutes } from './vaccination/routes.ts';
import { entryRoutes } from './entry/routes.ts';
import { publicEntryPages, publicEntryRoutes } from './entry/public.ts';
import { tracingRoutes } from './tracing/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { testingRoutes } from './testing/routes.ts';
import { webApp } from './web/static.ts';

export async function buildServer(
  db: Db,
  opts: { logger?: boolean; trustProxy?: boolean | string } = {},
): Promise<FastifyInstance> {
  const province = await defaultProvince(db);
  if (!province) throw new AppError(503, 'not_initialised');
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1 << 20, // JSON bodies; CSV imports stream with their own limit
    genReqId: () => crypto.randomUUID(),
    trustProxy: opts.trustProxy ?? false, // PHONGDICH_TRUST_PROXY: behind a TLS proxy req.protocol is https → Secure cookie
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSecurity(app);

  await registerOpenApi(app);

  app.decorateRequest('ctx', null as never);
  await app.register(
    async (api) => {
      registerAuth(api, db, province.province_code);
      api.get('/health', healthRoute, async () => ({ ok: true, engine: db.engine }));
      await authRoutes(api, db);
      await geoRoutes(api, db);
      await peopleRoutes(api, db);
      await importRoutes(api, db);
      await ruleRoutes(api, db);
      await tracingRoutes(api, db);
      await quarantineRoutes(api, db);
      await vaccinationRoutes(api, db);
      await entryRoutes(api, db);
      await publicEntryRoutes(api, db);
      await reportRoutes(api, db);
      await testingRoutes(api, db);
    },
    { prefix: '/api/v1' },
  );
  await publicEntryPages(app);
  await webApp(app);
  return app;
}
