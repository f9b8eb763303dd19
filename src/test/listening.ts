// Tests over a real listening server (sockets, timeouts, uploads sent slowly): sign in over HTTP and send requests,
// measuring how long each answer took.
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { PASSWORD } from './http.ts';

export interface Session {
  base: string;
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Milliseconds from sending the request to the end of the answer. */
  ms: number;
}

/** Starts `app` on a loopback port; returns its base URL. */
export const listen = (app: FastifyInstance) => app.listen({ port: 0, host: '127.0.0.1' });

/**
 * One request on its own connection. `body` is sent whole, or, as an array, piece by piece `every` ms apart (chunked,
 * no Content-Length), as a slow client sends an upload.
 */
export function send(
  base: string,
  opts: { method?: string; path: string; headers?: http.OutgoingHttpHeaders; body?: string | string[]; every?: number },
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(opts.path, base),
      { method: opts.method ?? 'GET', headers: opts.headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body, ms: performance.now() - started }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (!Array.isArray(opts.body)) return req.end(opts.body);
    const pieces = [...opts.body];
    const next = () => {
      if (req.destroyed) return;
      const piece = pieces.shift();
      if (piece === undefined) return req.end();
      req.write(piece);
      setTimeout(next, opts.every ?? 0);
    };
    next();
  });
}

/** Signs in over HTTP: the session cookie and the CSRF token a POST needs. */
export async function signInOver(base: string, username: string): Promise<Session> {
  const r = await send(base, {
    method: 'POST',
    path: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.body}`);
  const cookie = [r.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('pd_session='))!;
  return { base, cookie: cookie.split(';')[0], csrf: JSON.parse(r.body).csrf_token as string };
}

/** Headers of a signed-in request (the CSRF token too, for an unsafe method). */
export const signedIn = (s: Session, headers: http.OutgoingHttpHeaders = {}): http.OutgoingHttpHeaders => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrf,
  ...headers,
});
