// Authentication for the HTTP API: session cookie (browser, with CSRF token) or Bearer API token (scripts).
// Every route declares `config.permission`; a route that does not is refused at start-up, so none is born open.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import type { Db } from '../db/connection.ts';
import { AppError } from '../shared/errors.ts';
import { langFrom } from '../shared/messages.ts';
import type { Ctx } from '../shared/context.ts';
import type { Permission } from '../shared/permissions.ts';
import { hasPermission } from './scope.ts';
import { sessionCtx, tokenCtx } from './service.ts';
import { waitSeconds } from './throttle.ts';

export const SESSION_COOKIE = 'pd_session';

/** What a route needs: a permission, any signed-in user, or nothing (public). */
export type Access = Permission | 'authenticated' | 'public';
declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * helmet's headers (CSP, HSTS, no-sniff, frame and referrer policies …), worked out once: they are the same for
 * every response, and building them per request cost a tenth of a public declaration's server time.
 */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
        scriptSrc: ["'self'"],
      },
    },
  })({} as never, res as never, (e?: unknown) => {
    if (e) throw e;
  });
  return headers;
}

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  const headers = securityHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (req, context) =>
      new AppError(429, 'rate_limited', { seconds: Math.ceil(context.ttl / 1000) }),
  });
}

/** Sign-in tries a minute from one client address, over all names. */
export const LOGIN_LIMITS = { perAddress: 100, windowMs: 60_000 };

/**
 * The sign-in limits, a preHandler (it needs the user name from the body). First the (address, name) pair's wait
 * after repeated wrong passwords (throttle.ts): a try refused there does not count against the address, so
 * hammering one name cannot shut out an office behind one public address. Then the address as a whole gets a
 * ceiling well above a shift's sign-ins, against spraying many names.
 */
export function loginRateLimit(app: FastifyInstance, db: Db) {
  const perAddress = app.createRateLimit({ max: LOGIN_LIMITS.perAddress, timeWindow: LOGIN_LIMITS.windowMs });
  const refuse = (reply: FastifyReply, seconds: number, error: AppError) => {
    reply.header('retry-after', seconds);
    return error;
  };
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const wait = await waitSeconds(db, req.ip, (req.body as { username: string }).username);
    if (wait > 0) throw refuse(reply, wait, new AppError(429, 'locked', { minutes: Math.ceil(wait / 60) }));
    const r = await perAddress(req);
    if (!r.isAllowed && r.isExceeded) {
      throw refuse(reply, r.ttlInSeconds, new AppError(429, 'rate_limited', { seconds: r.ttlInSeconds }));
    }
  };
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
