// The shapes the auth API answers with: the OpenAPI document, the response serialiser and the services'
// row types all come from these.
import { z } from 'zod';
import { PERMISSIONS } from '../shared/permissions.ts';
import { ROLES, type Role } from './roles.ts';

const scopeLevel = z.enum(['province', 'district', 'ward']);
const permissions = z.array(z.enum(PERMISSIONS));

/** The answer to a successful sign-in; the session itself travels in the pd_session cookie. */
export const SignInResult = z
  .object({
    username: z.string(),
    csrf_token: z.string().describe('Echo it in the x-csrf-token header on every POST, PUT, PATCH and DELETE'),
  })
  .meta({ id: 'SignInResult' });

/** The signed-in user: who, with which role, permissions and wards. */
export const CurrentUser = z
  .object({
    username: z.string(),
    display_name: z.string(),
    role: z.enum(ROLES),
    scope_level: scopeLevel,
    scope_code: z.string().describe('Province, district or ward code of the jurisdiction'),
    province_code: z.string(),
    permissions,
    wards: z.array(z.string()).nullable().describe('Ward codes of the jurisdiction; null for the whole province'),
    csrf_token: z.string().optional().describe('The session CSRF token; absent when called with a bearer token'),
  })
  .meta({ id: 'CurrentUser' });

/** A user account as the admin pages list it (no password hash). */
export const User = z
  .object({
    user_id: z.number().int(),
    username: z.string(),
    display_name: z.string(),
    role: z.enum(ROLES),
    scope_level: scopeLevel,
    scope_code: z.string(),
    disabled: z.boolean(),
    created_at: z.date(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

/** An API token as its owner's list shows it (never the secret). */
export const ApiTokenInfo = z
  .object({
    token_id: z.number().int(),
    name: z.string(),
    created_at: z.date(),
    expires_at: z.date().describe('Chosen at creation; after it the token is refused with 401 token_expired'),
    last_used_at: z.date().nullable().describe('Last request made with it, to the minute; null if never used'),
  })
  .meta({ id: 'ApiTokenInfo' });
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;

/** A new API token: the secret is in `token` and is shown only this once. */
export const ApiToken = ApiTokenInfo.omit({ last_used_at: true })
  .extend({ token: z.string().describe('Send as `Authorization: Bearer pd_…`; only its hash is stored') })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

/** Each role and the permissions it holds. */
export const RolePermissions = z
  .object(Object.fromEntries(ROLES.map((role) => [role, permissions])) as Record<Role, typeof permissions>)
  .meta({ id: 'RolePermissions' });
export type RolePermissions = z.infer<typeof RolePermissions>;

/** One entry of the append-only audit log. */
export const AuditEntry = z
  .object({
    audit_id: z.number().int(),
    at: z.date(),
    actor: z.string().describe("User name, or 'cli' / 'system'"),
    request_id: z.string().nullable(),
    action: z.string().describe('insert, update, merge, revoke, login_failed …'),
    entity: z.string(),
    entity_key: z.string(),
    before: z.unknown().describe('The record before the change, as JSON; null for an insert'),
    after: z.unknown().describe('The record after the change, as JSON; null when removed'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;
