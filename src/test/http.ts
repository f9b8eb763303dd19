// HTTP test helpers: the app over a test database, users of each role, and clients that are signed in.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildServer } from '../app/server.ts';
import { createUser } from '../auth/service.ts';
import type { Role } from '../auth/roles.ts';
import type { TestDb } from './db.ts';

export const PASSWORD = 'correct horse battery';

export interface Client {
  (opts: InjectOptions | string): ReturnType<FastifyInstance['inject']>;
  csrf?: string;
}

export async function testApp(t: TestDb): Promise<FastifyInstance> {
  return buildServer(t.db);
}

export async function addUser(
  t: TestDb,
  username: string,
  role: Role,
  scope: ['province' | 'district' | 'ward', string],
) {
  await createUser(t.db, t.ctx, {
    username,
    display_name: username,
    role,
    scope_level: scope[0],
    scope_code: scope[1],
    password: PASSWORD,
  });
}

/** Logs in through the API and returns an inject function carrying the session cookie and CSRF header. */
export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<Client> {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === 'pd_session')!;
  const csrf = r.json().csrf_token as string;
  const client = ((opts: InjectOptions | string) => {
    const o: InjectOptions = typeof opts === 'string' ? { url: opts } : opts;
    return app.inject({
      ...o,
      cookies: { pd_session: cookie.value },
      headers: { 'x-csrf-token': csrf, ...(o.headers ?? {}) },
    });
  }) as Client;
  client.csrf = csrf;
  return client;
}
