// Users, sign-in (throttled per address and name, throttle.ts), sessions and API tokens.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import type { Lang } from '../shared/messages.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { audit } from '../shared/audit.ts';
import { generatePassword, hashPassword, needsRehash, verifyPassword } from './password.ts';
import { checkPassword } from './password-policy.ts';
import { clearFailures, clearName, recordFailure } from './throttle.ts';
import { ROLE_PERMISSIONS, ROLE_SCOPE, type Role } from './roles.ts';
import { jurisdictionWards } from './scope.ts';
import type { ApiToken, ApiTokenInfo, AuditEntry, User } from './schemas.ts';

const SESSION_HOURS = 12;

export interface UserInput {
  username: string;
  display_name: string;
  role: Role;
  scope_level: 'province' | 'district' | 'ward';
  scope_code: string;
  password: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const USER_COLUMNS = 'user_id, username, display_name, role, scope_level, scope_code, disabled, created_at';

async function checkScope(db: Db, province: string, input: Pick<UserInput, 'role' | 'scope_level' | 'scope_code'>) {
  const fixed = ROLE_SCOPE[input.role];
  const valid =
    (!fixed || fixed === input.scope_level) &&
    (input.scope_level === 'province'
      ? input.scope_code === province
      : ((await jurisdictionWards(db, province, input.scope_level, input.scope_code)) ?? []).length > 0);
  if (!valid)
    throw new AppError(
      400,
      'bad_scope',
      { role: input.role, value: `${input.scope_level} ${input.scope_code}` },
      'scope_code',
    );
}

export async function createUser(db: Db, ctx: Ctx, input: UserInput): Promise<User> {
  checkPassword(input.password, input.username);
  await checkScope(db, ctx.province, input);
  const hash = await hashPassword(input.password);
  return db.tx(async (tx) => {
    const rows = await tx.query<User>(
      `INSERT INTO users (province_code, username, display_name, role, scope_level, scope_code, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [ctx.province, input.username, input.display_name, input.role, input.scope_level, input.scope_code, hash],
    );
    if (!rows[0]) throw new AppError(409, 'conflict', { detail: `username ${input.username}` }, 'username');
    await audit(tx, ctx, 'insert', 'user', input.username, null, rows[0]);
    return rows[0];
  });
}

export async function listUsers(db: Db, ctx: Ctx): Promise<User[]> {
  return db.query<User>(`SELECT ${USER_COLUMNS} FROM users WHERE province_code = $1 ORDER BY username`, [ctx.province]);
}

export async function updateUser(
  db: Db,
  ctx: Ctx,
  username: string,
  changes: Partial<Pick<UserInput, 'display_name' | 'role' | 'scope_level' | 'scope_code' | 'password'>> & {
    disabled?: boolean;
  },
): Promise<User> {
  return db.tx(async (tx) => {
    const [before] = await tx.query<User>(
      `SELECT ${USER_COLUMNS} FROM users WHERE province_code = $1 AND username = $2 FOR UPDATE`,
      [ctx.province, username],
    );
    if (!before) throw notFound(username);
    const next = { ...before, ...changes };
    await checkScope(tx, ctx.province, next);
    if (changes.password !== undefined) checkPassword(changes.password, username);
    const hash = changes.password ? await hashPassword(changes.password) : null;
    const [after] = await tx.query<User>(
      `UPDATE users SET display_name = $3, role = $4, scope_level = $5, scope_code = $6, disabled = $7,
              password_hash = COALESCE($8, password_hash)
        WHERE province_code = $1 AND username = $2 RETURNING ${USER_COLUMNS}`,
      [ctx.province, username, next.display_name, next.role, next.scope_level, next.scope_code, next.disabled, hash],
    );
    // A changed role, jurisdiction or password ends the user's sessions.
    await tx.query('DELETE FROM sessions WHERE province_code = $1 AND user_id = $2', [ctx.province, before.user_id]);
    if (hash) await clearName(tx, username);
    await audit(tx, ctx, 'update', 'user', username, before, after);
    return after;
  });
}

/** The first province admin, made by `phongdich init` when the province has no user. No default password. */
export async function ensureFirstAdmin(
  db: Db,
  ctx: Ctx,
  password?: string,
): Promise<{ username: string; password: string } | null> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE province_code = $1', [
    ctx.province,
  ]);
  if (n > 0) return null;
  const pw = password || generatePassword();
  await createUser(db, ctx, {
    username: 'admin',
    display_name: 'Quản trị tỉnh',
    role: 'province_admin',
    scope_level: 'province',
    scope_code: ctx.province,
    password: pw,
  });
  return { username: 'admin', password: pw };
}

interface UserRow {
  province_code: string;
  user_id: number;
  username: string;
  role: Role;
  scope_level: 'province' | 'district' | 'ward';
  scope_code: string;
  disabled: boolean;
}

async function ctxForUser(db: Db, u: UserRow, lang: Lang, requestId?: string): Promise<Ctx> {
  return {
    province: u.province_code,
    actor: u.username,
    userId: u.user_id,
    requestId,
    lang,
    permissions: new Set(ROLE_PERMISSIONS[u.role]),
    wards: await jurisdictionWards(db, u.province_code, u.scope_level, u.scope_code),
  };
}

/**
 * Checks the password. A wrong one counts against the (address, name) pair (throttle.ts), the same way whether the
 * name exists or not; the route refuses a pair that must still wait before it gets here.
 * Returns the session token (for the cookie) and the CSRF token the client must echo on unsafe requests.
 */
export async function login(db: Db, username: string, password: string, lang: Lang, address: string) {
  const [u] = await db.query<UserRow & { password_hash: string }>('SELECT * FROM users WHERE username = $1', [
    username,
  ]);
  // Hash even for unknown users so the reply time does not reveal which names exist.
  const ok = u ? await verifyPassword(password, u.password_hash) : (await hashPassword(password), false);
  if (!u || !ok || u.disabled) {
    await recordFailure(db, address, username);
    if (u) {
      const sys = { province: u.province_code, actor: username, lang, permissions: new Set([]), wards: null } as Ctx;
      await audit(db, sys, 'login_failed', 'user', username, null, null);
    }
    throw new AppError(401, 'bad_login');
  }
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  await db.tx(async (tx) => {
    // A hash made with older scrypt parameters is upgraded now that the password is at hand.
    const rehashed = needsRehash(u.password_hash) ? await hashPassword(password) : null;
    if (rehashed) await tx.query('UPDATE users SET password_hash = $2 WHERE user_id = $1', [u.user_id, rehashed]);
    await clearFailures(tx, address, username);
    await tx.query(
      `INSERT INTO sessions (token_hash, province_code, user_id, csrf_token, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
      [sha256(token), u.province_code, u.user_id, csrf, SESSION_HOURS],
    );
  });
  return { token, csrf, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}

/** The context of a session cookie, with its CSRF token; null when unknown or expired. */
export async function sessionCtx(
  db: Db,
  token: string,
  lang: Lang,
  requestId?: string,
): Promise<{ ctx: Ctx; csrf: string } | null> {
  const [row] = await db.query<UserRow & { csrf_token: string }>(
    `SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.province_code = s.province_code AND u.user_id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [sha256(token)],
  );
  return row ? { ctx: await ctxForUser(db, row, lang, requestId), csrf: row.csrf_token } : null;
}

/** API tokens for scripts: `Authorization: Bearer pd_…`; shown once at creation, valid for the days chosen then. */
export const TOKEN_DAYS = { default: 90, max: 365 };

export async function createApiToken(
  db: Db,
  ctx: Ctx,
  name: string,
  days: number = TOKEN_DAYS.default,
): Promise<ApiToken> {
  const token = 'pd_' + randomBytes(32).toString('base64url');
  const [row] = await db.query<Omit<ApiToken, 'token'>>(
    `INSERT INTO api_tokens (token_hash, province_code, user_id, name, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING token_id, name, created_at, expires_at`,
    [sha256(token), ctx.province, ctx.userId, name, days],
  );
  await audit(db, ctx, 'insert', 'api_token', String(row.token_id), null, row);
  return { ...row, token };
}

/** The caller's tokens that are not revoked, expired ones included (so their owner sees why a script stopped). */
export async function listApiTokens(db: Db, ctx: Ctx): Promise<ApiTokenInfo[]> {
  return db.query<ApiTokenInfo>(
    `SELECT token_id, name, created_at, expires_at, last_used_at FROM api_tokens
      WHERE province_code = $1 AND user_id = $2 AND revoked_at IS NULL ORDER BY token_id DESC`,
    [ctx.province, ctx.userId],
  );
}

export async function revokeApiToken(db: Db, ctx: Ctx, tokenId: number): Promise<void> {
  const n = await db.execute(
    'UPDATE api_tokens SET revoked_at = now() WHERE province_code = $1 AND token_id = $2 AND user_id = $3 AND revoked_at IS NULL',
    [ctx.province, tokenId, ctx.userId],
  );
  if (n === 0) throw notFound(`token ${tokenId}`);
  await audit(db, ctx, 'revoke', 'api_token', String(tokenId), null, null);
}

/**
 * The context of a bearer token; null when unknown or revoked, 401 token_expired when past its expiry. The last-used
 * time is written at most once a minute per token, so a busy script costs a read per request, not a write.
 */
export async function tokenCtx(db: Db, token: string, lang: Lang, requestId?: string): Promise<Ctx | null> {
  const hash = sha256(token);
  const [row] = await db.query<UserRow & { token_name: string; expired_on: string | null; stale: boolean }>(
    `SELECT u.*, t.name AS token_name,
            CASE WHEN t.expires_at <= now() THEN to_char(t.expires_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') END
              AS expired_on,
            t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute' AS stale
       FROM api_tokens t JOIN users u ON u.province_code = t.province_code AND u.user_id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND NOT u.disabled`,
    [hash],
  );
  if (!row) return null;
  if (row.expired_on) throw new AppError(401, 'token_expired', { name: row.token_name, date: row.expired_on });
  if (row.stale) await db.query('UPDATE api_tokens SET last_used_at = now() WHERE token_hash = $1', [hash]);
  return ctxForUser(db, row, lang, requestId);
}

export async function readAudit(
  db: Db,
  ctx: Ctx,
  f: { entity?: string; key?: string; limit?: number },
): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `SELECT audit_id, at, actor, request_id, action, entity, entity_key, before, after FROM audit_log
      WHERE province_code = $1 AND ($2::text IS NULL OR entity = $2) AND ($3::text IS NULL OR entity_key = $3)
      ORDER BY audit_id DESC LIMIT $4`,
    [ctx.province, f.entity ?? null, f.key ?? null, Math.min(f.limit ?? 100, 1000)],
  );
}
