// Builds the HTTP app: config → db → routes. Nothing else happens here.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from './db/connection.ts';
import { registerErrorHandler } from './api/http.ts';
import { AppError } from './shared/errors.ts';
import { defaultProvince } from './geo/service.ts';
import { registerAuth, registerSecurity } from './auth/http.ts';
import { authRoutes } from './auth/routes.ts';
import { geoRoutes } from './geo/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { ruleRoutes } from './rules/routes.ts';

export async function buildServer(db: Db, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const province = await defaultProvince(db);
  if (!province) throw new AppError(503, 'not_initialised');
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1 << 20, // JSON bodies; CSV imports stream with their own limit
    genReqId: () => crypto.randomUUID(),
    trustProxy: true,   // behind a TLS-terminating proxy: req.protocol is https, so the cookie is Secure
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSecurity(app);

  await app.register(swagger, {
    openapi: { info: { title: 'phongdich API', version: '1' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('ctx', null as never);
  await app.register(async (api) => {
    registerAuth(api, db, province.province_code);
    api.get('/health', { config: { access: 'public' } }, async () => ({ ok: true, engine: db.engine }));
    await authRoutes(api, db);
    await geoRoutes(api, db);
    await peopleRoutes(api, db);
    await importRoutes(api, db);
    await ruleRoutes(api, db);
  }, { prefix: '/api/v1' });
  return app;
}
