import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { addHamlet, listHamlets, listPopulation, listUnits, wardMapping } from './service.ts';
import { GEOGRAPHIES } from './reference.ts';
import { requireAccess } from '../auth/scope.ts';
import { createReadStream, existsSync } from 'node:fs';
import { notFound } from '../shared/errors.ts';
import { errors, file } from '../api/openapi.ts';
import { AdminUnit, Hamlet, WardMapping, WardPopulation, WardShapesUpload } from './schemas.ts';
import { storeWardShapes, wardShapesGeoJson } from './ward-shapes.ts';

/** Ward boundaries are large: a province's file may run to tens of megabytes. */
const SHAPES_LIMIT = 64 << 20;

export async function geoRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/geo/units',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'Admin units of the province (both geographies)',
        operationId: 'listAdminUnits',
        querystring: z.object({
          geography: z.enum(GEOGRAPHIES).optional(),
          level: z.enum(['province', 'district', 'ward']).optional(),
          parent: z.string().max(10).optional(),
        }),
        response: { 200: z.array(AdminUnit) },
      },
    },
    (req) => listUnits(db, req.ctx, req.query),
  );
  r.get(
    '/geo/mapping',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: '2024 → 2025 ward mapping',
        operationId: 'listWardMappings',
        querystring: z.object({ ward_code: z.string().max(10).optional() }),
        response: { 200: z.array(WardMapping) },
      },
    },
    (req) => wardMapping(db, req.ctx, req.query.ward_code),
  );
  r.get(
    '/geo/hamlets',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'Hamlets kept by the province',
        operationId: 'listHamlets',
        querystring: z.object({ ward_code: z.string().max(10).optional() }),
        response: { 200: z.array(Hamlet) },
      },
    },
    (req) => listHamlets(db, req.ctx, req.query.ward_code),
  );
  r.post(
    '/geo/hamlets',
    {
      config: { access: 'geo.write' },
      schema: {
        tags: ['geo'],
        summary: 'Add a hamlet to a ward',
        operationId: 'createHamlet',
        body: z.object({ ward_code: z.string().min(1).max(10), name: z.string().trim().min(1).max(200) }),
        response: { 201: Hamlet, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'geo.write', wards: [req.body.ward_code] });
      return reply.status(201).send(await addHamlet(db, req.ctx, req.body));
    },
  );
  r.get(
    '/geo/districts.geojson',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'District boundaries of the province (shipped GeoJSON)',
        operationId: 'downloadDistrictBoundaries',
        response: { 200: file('A GeoJSON FeatureCollection, one feature per district', 'geojson'), ...errors(404) },
      },
    },
    async (req, reply) => {
      const file = new URL(`../../reference-data/gis/districts-${req.ctx.province}.geojson`, import.meta.url);
      if (!existsSync(file)) throw notFound('GeoJSON');
      return reply
        .type('application/geo+json')
        .header('cache-control', 'private, max-age=3600')
        .send(createReadStream(file) as never); // streamed as is: the schema types a file as a string
    },
  );
  // A GeoJSON upload may say application/geo+json (its own type) or application/json.
  app.addContentTypeParser(
    'application/geo+json',
    { parseAs: 'string', bodyLimit: SHAPES_LIMIT },
    (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch (err) {
        (err as { statusCode?: number }).statusCode = 400;
        done(err as Error, undefined);
      }
    },
  );
  r.get(
    '/geo/wards.geojson',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'Ward boundaries of the province (as imported), each with its code, name and district',
        operationId: 'downloadWardBoundaries',
        response: { 200: file('A GeoJSON FeatureCollection, one feature per ward with a shape', 'geojson') },
      },
    },
    async (req, reply) =>
      reply
        .type('application/geo+json')
        .header('cache-control', 'private, no-cache')
        .send(await wardShapesGeoJson(db, req.ctx)),
  );
  r.put(
    '/geo/wards.geojson',
    {
      bodyLimit: SHAPES_LIMIT,
      config: { access: 'geo.write' },
      schema: {
        tags: ['geo'],
        summary:
          'Import ward boundaries (Content-Type application/geo+json or application/json): a FeatureCollection, one ' +
          "Polygon or MultiPolygon per ward with properties.ward_code; replaces those wards' shapes. All or nothing: " +
          'an unknown code or an invalid geometry refuses the file, the error naming the feature (features[i]) and code',
        operationId: 'putWardBoundaries',
        body: WardShapesUpload,
        response: { 200: z.object({ wards: z.number().int().describe('Wards whose shape was stored') }) },
      },
    },
    async (req) => {
      const codes = req.body.features.map(
        (f) => (f as { properties?: { ward_code?: unknown } })?.properties?.ward_code,
      );
      await requireAccess(db, req.ctx, {
        permission: 'geo.write',
        wards: codes.filter((c): c is string => typeof c === 'string'),
      });
      return storeWardShapes(db, req.ctx, req.body);
    },
  );
  r.get(
    '/geo/population',
    {
      config: { access: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'Population per ward',
        operationId: 'listWardPopulation',
        response: { 200: z.array(WardPopulation) },
      },
    },
    (req) => listPopulation(db, req.ctx),
  );
}
