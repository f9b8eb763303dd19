// Builds the HTTP app: config → db → routes. Nothing else happens here.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from './db/connection.ts';
import { registerErrorHandler } from './api/http.ts';
import { langFrom } from './shared/messages.ts';
import { AppError } from './shared/errors.ts';
import { defaultProvince } from './geo/service.ts';
import { geoRoutes } from './geo/routes.ts';
import { peopleRoutes } from './people/routes.ts';
import { importRoutes } from './imports/routes.ts';

export async function buildServer(db: Db, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1 << 20,
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(swagger, {
    openapi: { info: { title: 'phongdich API', version: '1' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const province = await defaultProvince(db);
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (req) => {
    if (!province) throw new AppError(503, 'not_initialised');
    req.ctx = { province: province.province_code, actor: 'anonymous', requestId: req.id, lang: langFrom(req.headers['accept-language']) };
  });

  await app.register(async (api) => {
    api.get('/health', async () => ({ ok: true, engine: db.engine, province }));
    await geoRoutes(api, db);
    await peopleRoutes(api, db);
    await importRoutes(api, db);
  }, { prefix: '/api/v1' });
  return app;
}
