// The public portal's API: GET /public/portal and the ward shapes its map draws, open to anyone, cached and
// rate-limited; and its settings (the province's hotlines) for a province-wide user with portal.manage.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/connection.ts';
import { errors, file } from '../api/openapi.ts';
import { wardShapesGeoJson } from '../geo/ward-shapes.ts';
import { Portal, PortalSettings } from './schemas.ts';
import { portal, portalSettings, putPortalSettings } from './service.ts';

/** Per client address: a page load asks twice (figures and shapes); a newsroom refreshing often stays well inside. */
const LIMIT = { max: 120, timeWindow: '1 minute' };

export async function portalRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/public/portal',
    {
      config: { access: 'public', rateLimit: LIMIT },
      schema: {
        tags: ['public'],
        summary:
          "The province's public page: latest issued figures, risk levels, measures, declaration forms, hotlines",
        operationId: 'getPortal',
        response: { 200: Portal },
      },
    },
    async (req, reply) => reply.header('cache-control', 'public, max-age=60').send(await portal(db, req.ctx)),
  );
  r.get(
    '/public/portal/wards.geojson',
    {
      config: { access: 'public', rateLimit: LIMIT },
      schema: {
        tags: ['public'],
        summary: 'Ward boundaries of the province for the portal’s map (the same as /geo/wards.geojson)',
        operationId: 'getPortalWardBoundaries',
        response: { 200: file('A GeoJSON FeatureCollection, one feature per ward with a shape', 'geojson') },
      },
    },
    async (req, reply) =>
      reply
        .type('application/geo+json')
        .header('cache-control', 'public, max-age=3600')
        .send(await wardShapesGeoJson(db, req.ctx)),
  );
  r.get(
    '/portal/settings',
    {
      config: { access: 'portal.manage' },
      schema: {
        tags: ['portal'],
        summary: 'What the public portal shows besides the figures: the hotlines',
        operationId: 'getPortalSettings',
        response: { 200: PortalSettings },
      },
    },
    (req) => portalSettings(db, req.ctx),
  );
  r.put(
    '/portal/settings',
    {
      config: { access: 'portal.manage' },
      schema: {
        tags: ['portal'],
        summary: 'Replace the portal’s hotlines (a province-wide user only)',
        operationId: 'putPortalSettings',
        body: PortalSettings,
        response: { 200: PortalSettings, ...errors(403) },
      },
    },
    (req) => putPortalSettings(db, req.ctx, req.body),
  );
}
