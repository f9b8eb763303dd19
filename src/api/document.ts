// The OpenAPI document at /api/docs: what the API is, how a caller proves who it is, and the answers every route
// can give besides its own (filled in here, once, rather than in each route).
import type { FastifyInstance, RouteOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/http.ts';
import { errors, type ErrorStatus } from './openapi.ts';

export const API_PREFIX = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** A documented route as Fastify registered it (`/api/v1/persons/:ref`), for the test that checks the document. */
export interface ApiRoute {
  method: string;
  url: string;
}
declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const TAGS: Record<string, string> = {
  auth: 'Sign-in, sessions, API tokens, users, roles and the audit log',
  geo: 'Geography of the province: administrative units (2024 and 2025), hamlets, population, district maps',
  people: 'Persons: one search box, registration, changes, possible duplicates and merges',
  imports: 'CSV and Excel imports of every record kind, all or nothing (or the valid rows), with templates',
  rules: 'Dated rule sets: quarantine lengths, test days, case confirmation',
  tracing: 'Cases, outcomes, exposures, derived F-levels, contact graphs, clusters and the clerks’ lists',
  quarantine: 'Facilities with beds and occupancy, episodes, moves, due lists and the review table',
  testing: 'Samples and results, pooled samples, labs, screening rounds',
  vaccination: 'Doses, rounds, allocations and stock, coverage',
  entry: 'Entry control: checkpoints, crossings, health declarations, restricted areas, incidents',
  public: 'The public pages’ API without signing in (rate limited): health declarations, guest lists, the portal',
  portal: 'What the public portal shows besides the figures (the hotlines)',
  reports: 'The daily report for any cut-off, drafts, issued reports (DOCX/XLSX/HTML), period reports',
  system: 'Liveness of the server',
};

const DESCRIPTION = `The API of phongdich, a province's epidemic command system. Every answer is scoped to the caller's
jurisdiction (province, district or ward).

**Signing in.** Scripts send an API token (\`POST /auth/tokens\` while signed in, shown once) as
\`Authorization: Bearer …\`. The web app signs in with \`POST /auth/login\`, which sets the \`${SESSION_COOKIE}\` cookie and
returns a CSRF token: with the cookie, every POST, PUT, PATCH and DELETE must carry it as \`x-csrf-token\`.

**Errors** are JSON \`{error, message, field?}\`: \`error\` is a stable key for scripts, \`message\` the text for a
person in Vietnamese, or English with \`Accept-Language: en\`.

A short guide with curl examples: docs/integrating.md in the repository.`;

/** Registers the document (JSON at /api/docs/json) and its viewer; call before the routes are registered. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  const routes: ApiRoute[] = [];
  const pages = new Set<string>(); // documented routes outside the API prefix (the public form pages)
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide) return;
    if (!route.url.startsWith(API_PREFIX)) return void pages.add(route.url.replace(/:(\w+)/g, '{$1}'));
    addDefaultResponses(route);
    for (const method of methods(route)) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'phongdich API',
        version,
        description: DESCRIPTION,
        license: { name: 'GPL-3.0-or-later', url: 'https://www.gnu.org/licenses/gpl-3.0.html' },
      },
      servers: [{ url: API_PREFIX, description: 'This server' }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by POST /auth/login. Unsafe methods also need the x-csrf-token header.',
          },
          token: { type: 'http', scheme: 'bearer', description: 'An API token from POST /auth/tokens' },
        },
        parameters: {
          CsrfToken: {
            name: 'x-csrf-token',
            in: 'header',
            required: false,
            description:
              'With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token)',
            schema: { type: 'string' },
          },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: (doc) => {
      const out = jsonSchemaTransform(doc);
      const { route } = doc as unknown as { route: RouteOptions };
      if (out.schema.hide) return out;
      const schema: Record<string, unknown> = { ...out.schema };
      if (route.config?.access === 'public') schema.security = [];
      else if (methods(route).some((m) => UNSAFE.has(m))) schema['x-csrf'] = true;
      return { ...out, schema };
    },
    transformObject: (doc) => finishDocument(jsonSchemaTransformObject(doc) as OpenApiDoc, pages),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}

function methods(route: Pick<RouteOptions, 'method'>): string[] {
  return Array.isArray(route.method) ? route.method : [route.method];
}

/**
 * The answers any API route can give beyond its own, added unless the route declares that status itself:
 * 401/403 (not public), 400 (it validates input), 429 (rate limited), 413/415 (it takes a body).
 */
function addDefaultResponses(route: RouteOptions): void {
  const schema = (route.schema ??= {});
  const response = (schema.response ??= {}) as Record<string, unknown>;
  const add = (...statuses: ErrorStatus[]) => {
    for (const [status, body] of Object.entries(errors(...statuses)))
      if (!(status in response)) response[status] = body;
  };
  if (route.config?.access !== 'public') add(401, 403);
  if (schema.body || schema.querystring || schema.params) add(400);
  if (route.config?.rateLimit) add(429);
  if (methods(route).some((m) => WITH_BODY.has(m))) add(413, 415);
}

type Json = Record<string, unknown>;
type OpenApiDoc = Json & { paths?: Record<string, Record<string, Json>>; components?: Json & { schemas?: Json } };

/** The CSRF header where it applies, and the schema components without the generator's duplicates. */
export function finishDocument(doc: OpenApiDoc, pages: ReadonlySet<string> = new Set()): OpenApiDoc {
  // Pages served outside /api/v1 say so: the document's server is the API's prefix.
  for (const page of pages) if (doc.paths?.[page]) doc.paths[page].servers = [{ url: '/' }] as unknown as Json;
  for (const path of Object.values(doc.paths ?? {}))
    for (const op of Object.values(path)) {
      if (!op['x-csrf']) continue;
      delete op['x-csrf'];
      op.parameters = [...((op.parameters as unknown[]) ?? []), { $ref: '#/components/parameters/CsrfToken' }];
    }
  return sayNullable(cleanComponents(doc));
}

/**
 * Make "or null" really said in OpenAPI 3.0: it ignores `nullable` without a `type` beside it (zod writes a nullable
 * named schema as `{nullable, allOf: [$ref]}`: give it the referenced schema's type), and a nullable enum must list
 * null among its values.
 */
function sayNullable(doc: OpenApiDoc): OpenApiDoc {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, Json>;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Json;
    const ref = Array.isArray(o.allOf) && o.allOf.length === 1 ? (o.allOf[0] as Json).$ref : undefined;
    if (o.nullable === true && !o.type && typeof ref === 'string') o.type = schemas[ref.slice(REF.length)]?.type;
    if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null];
    Object.values(o).forEach(visit);
  };
  visit(doc);
  return doc;
}

const REF = '#/components/schemas/';

/**
 * fastify-type-provider-zod emits every named schema twice, `XInput` (as a request reads it) and `X` (as an answer
 * writes it), whether used or not. Where both are the same, keep `X` and point the references to it; then drop the
 * components that nothing references.
 */
function cleanComponents(doc: OpenApiDoc): OpenApiDoc {
  const schemas = doc.components?.schemas;
  if (!schemas) return doc;
  const merged = new Set<string>();
  const canonical = (v: unknown) =>
    JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'string' && x.startsWith(REF) && x.endsWith('Input') && merged.has(x.slice(REF.length, -5))
        ? x.slice(0, -5)
        : x,
    );
  for (let changed = true; changed;) {
    changed = false;
    for (const id of Object.keys(schemas) as string[]) {
      const output: string | null = id.endsWith('Input') ? id.slice(0, -5) : null;
      if (!output || !(output in schemas) || merged.has(output)) continue;
      if (canonical(schemas[id]) === canonical(schemas[output])) {
        merged.add(output);
        changed = true;
      }
    }
  }
  for (const id of merged) delete schemas[`${id}Input`];
  let text = canonical(doc);
  // Unreferenced components go, then the ones only they referenced.
  for (let removed = true; removed;) {
    removed = false;
    const d = JSON.parse(text) as OpenApiDoc;
    const s = d.components!.schemas!;
    for (const id of Object.keys(s)) {
      const self = JSON.stringify(s[id]);
      const refs = text.split(`"${REF}${id}"`).length - 1 - (self.split(`"${REF}${id}"`).length - 1);
      if (refs === 0) {
        delete s[id];
        removed = true;
      }
    }
    text = JSON.stringify(d);
  }
  return JSON.parse(text) as OpenApiDoc;
}

/** GET /health's options (the route itself stays in server.ts, beside the database it reports). */
export const healthRoute = {
  config: { access: 'public' as const },
  schema: {
    tags: ['system'],
    operationId: 'getHealth',
    summary: 'The server is up; which database engine it runs on',
    response: { 200: z.object({ ok: z.literal(true), engine: z.enum(['pglite', 'postgres']) }).meta({ id: 'Health' }) },
  },
};
