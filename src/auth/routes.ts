import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { AppError } from '../shared/errors.ts';
import { ROLES, ROLE_PERMISSIONS } from './roles.ts';
import { SESSION_COOKIE, loginRateLimit } from './http.ts';
import { errors } from '../api/openapi.ts';
import { ApiToken, ApiTokenInfo, AuditEntry, CurrentUser, RolePermissions, SignInResult, User } from './schemas.ts';
import {
  TOKEN_DAYS,
  createApiToken,
  createUser,
  listApiTokens,
  listUsers,
  login,
  logout,
  readAudit,
  revokeApiToken,
  sessionCtx,
  updateUser,
} from './service.ts';

const scopeLevel = z.enum(['province', 'district', 'ward']);

export async function authRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/auth/login',
    {
      config: { access: 'public' },
      preHandler: loginRateLimit(app, db),
      schema: {
        tags: ['auth'],
        summary: 'Log in: sets the session cookie, returns the CSRF token',
        operationId: 'signIn',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: SignInResult, ...errors(401, 429) },
      },
    },
    async (req, reply) => {
      const s = await login(db, req.body.username, req.body.password, req.ctx.lang, req.ip);
      reply.setCookie(SESSION_COOKIE, s.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        maxAge: s.maxAgeSeconds,
      });
      const me = await sessionCtx(db, s.token, req.ctx.lang);
      return { username: me!.ctx.actor, csrf_token: s.csrf };
    },
  );
  r.post(
    '/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'End the session', operationId: 'signOut', response: { 204: z.null() } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/auth/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Who am I, what may I do, where',
        operationId: 'getCurrentUser',
        response: { 200: CurrentUser },
      },
    },
    async (req) => {
      const [u] = await db.query<Pick<User, 'username' | 'display_name' | 'role' | 'scope_level' | 'scope_code'>>(
        `SELECT username, display_name, role, scope_level, scope_code FROM users WHERE province_code = $1 AND user_id = $2`,
        [req.ctx.province, req.ctx.userId],
      );
      const token = req.cookies[SESSION_COOKIE];
      const csrf = token ? (await sessionCtx(db, token, req.ctx.lang))?.csrf : undefined;
      return {
        ...u,
        province_code: req.ctx.province,
        permissions: [...req.ctx.permissions],
        wards: req.ctx.wards && [...req.ctx.wards],
        csrf_token: csrf,
      };
    },
  );
  r.post(
    '/auth/tokens',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for scripts (shown once)',
        operationId: 'createApiToken',
        body: z.object({
          name: z.string().min(1).max(100),
          expires_in_days: z
            .number()
            .int()
            .min(1)
            .max(TOKEN_DAYS.max)
            .optional()
            .describe(`Days until the token expires; ${TOKEN_DAYS.default} when left out`),
        }),
        response: { 201: ApiToken },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createApiToken(db, req.ctx, req.body.name, req.body.expires_in_days)),
  );
  r.get(
    '/auth/tokens',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'My API tokens that are not revoked: expiry and last use',
        operationId: 'listApiTokens',
        response: { 200: z.array(ApiTokenInfo) },
      },
    },
    (req) => listApiTokens(db, req.ctx),
  );
  r.delete(
    '/auth/tokens/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of my API tokens',
        operationId: 'revokeApiToken',
        params: z.object({ id: z.coerce.number().int() }),
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await revokeApiToken(db, req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Users of the province',
        operationId: 'listUsers',
        response: { 200: z.array(User) },
      },
    },
    (req) => listUsers(db, req.ctx),
  );
  r.get(
    '/roles',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Roles and their permissions',
        operationId: 'listRoles',
        response: { 200: RolePermissions },
      },
    },
    async () => ROLE_PERMISSIONS as RolePermissions,
  );
  r.post(
    '/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Create a user with a role and a jurisdiction',
        operationId: 'createUser',
        body: z.object({
          username: z.string().regex(/^[a-z0-9._-]{3,50}$/),
          display_name: z.string().trim().min(1).max(100),
          role: z.enum(ROLES),
          scope_level: scopeLevel,
          scope_code: z.string().max(10),
          password: z.string().max(200),
        }),
        response: { 201: User, ...errors(409) },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(db, req.ctx, req.body)),
  );
  r.patch(
    '/users/:username',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Change role, jurisdiction, password or disable a user',
        operationId: 'updateUser',
        params: z.object({ username: z.string().max(50) }),
        body: z
          .object({
            display_name: z.string().trim().min(1).max(100),
            role: z.enum(ROLES),
            scope_level: scopeLevel,
            scope_code: z.string().max(10),
            password: z.string().max(200),
            disabled: z.boolean(),
          })
          .partial(),
        response: { 200: User, ...errors(404) },
      },
    },
    async (req) => {
      if (
        req.params.username === req.ctx.actor &&
        (req.body.disabled || (req.body.role && req.body.role !== 'province_admin'))
      ) {
        throw new AppError(400, 'cannot_demote_self', {}, 'role');
      }
      return updateUser(db, req.ctx, req.params.username, req.body);
    },
  );
  r.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['auth'],
        summary: 'The audit log, newest first',
        operationId: 'listAuditEntries',
        querystring: z.object({
          entity: z.string().max(50).optional(),
          key: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: { 200: z.array(AuditEntry) },
      },
    },
    (req) => readAudit(db, req.ctx, req.query),
  );
}
