// Serves the built web app at / beside the API: files from web/dist, and index.html for any other GET outside
// /api so that the app's own routes (/people/H1, /imports …) survive a reload.
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST } from './build.ts';

export async function webApp(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    app.log.warn(`web app not built (${dist}): the API is served alone; \`npm start\` builds it`);
    return;
  }
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false, // one route per built file; everything else falls to the app shell below
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite names assets by content hash: cache them for good; index.html must always be revalidated.
      reply.header(
        'cache-control',
        path.startsWith(join(dist, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    if (req.url === '/api' || req.url.startsWith('/api/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
