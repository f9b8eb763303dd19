// Authentication for the HTTP API: session cookie (browser, with CSRF token) or Bearer API token (scripts).
// Every route declares `config.permission`; a route that does not is refused at start-up, so none is born open.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { Db } from '../db/connection.ts';
import { AppError } from '../shared/errors.ts';
import { langFrom } from '../shared/messages.ts';
import type { Ctx } from '../shared/context.ts';
import type { Permission } from './roles.ts';
import { hasPermission } from './scope.ts';
import { sessionCtx, tokenCtx } from './service.ts';

export const SESSION_COOKIE = 'pd_session';

/** What a route needs: a permission, any signed-in user, or nothing (public). */
export type Access = Permission | 'authenticated' | 'public';
declare module 'fastify' {
  interface FastifyContextConfig { access?: Access }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * helmet's headers (CSP, HSTS, no-sniff, frame and referrer policies …), worked out once: they are the same for
 * every response, and building them per request cost a tenth of a public declaration's server time.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => { headers[name.toLowerCase()] = String(value); },
    removeHeader: (name: string) => { delete headers[name.toLowerCase()]; },
  };
  helmet({
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:', 'blob:'], styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'], scriptSrc: ["'self'"] },
    },
  })({} as never, res as never, (e?: unknown) => { if (e) throw e; });
  return headers;
}

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  const headers = securityHeaders();
  app.addHook('onRequest', (_req, reply, done) => { reply.headers(headers); done(); });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (req, context) => new AppError(429, 'rate_limited', { after: context.after }),
  });
}

/** Hooks for the /api/v1 scope: every route must declare its access; each request gets its ctx or is refused. */
export function registerAuth(api: FastifyInstance, db: Db, province: string): void {
  api.addHook('onRoute', (route) => {
    if (!route.config?.access) throw new Error(`route ${route.method} ${route.url} declares no access`);
  });
  api.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access;
    const lang = langFrom(req.headers['accept-language']);
    const ctx = await authenticate(db, req, lang);
    if (!ctx) {
      if (access !== 'public') throw new AppError(401, 'unauthenticated');
      req.ctx = { province, actor: 'anonymous', requestId: req.id, lang, permissions: new Set(), wards: [] };
      return;
    }
    req.ctx = ctx;
    if (access && access !== 'public' && access !== 'authenticated') hasPermission(ctx, access);
  });
}

async function authenticate(db: Db, req: FastifyRequest, lang: 'vi' | 'en'): Promise<Ctx | null> {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const ctx = await tokenCtx(db, auth.slice(7).trim(), lang, req.id);
    if (!ctx) throw new AppError(401, 'unauthenticated');
    return ctx;
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const s = await sessionCtx(db, token, lang, req.id);
  if (!s) return null;
  // Cookies ride along on cross-site requests; a forged form cannot know the CSRF token.
  if (UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== s.csrf) throw new AppError(403, 'csrf');
  return s.ctx;
}
