// The typed API client of the web app (web/src/shared/api-client.ts): the document's paths under /api/v1, the
// language and CSRF headers on every request, refusals thrown as ApiError, path parameters escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createApiClient } from '../../web/src/shared/api-client.ts';
import { ApiError, setCsrf, setUnauthorizedHandler } from '../../web/src/shared/api.ts';

function fakeFetch(answer: (req: Request) => Response) {
  const seen: Request[] = [];
  const f = (async (input: Request) => {
    seen.push(input);
    return answer(input);
  }) as unknown as typeof fetch;
  return { f, seen };
}
const json = (status: number, body: unknown, url: string) => {
  const r = new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  Object.defineProperty(r, 'url', { value: url });
  return r;
};

test('a typed call: the path and query under /api/v1, language and CSRF headers, the data back', async () => {
  const person = { person_ref: 'P1', full_name: 'Nguyễn Văn An' };
  const { f, seen } = fakeFetch((req) => json(200, [person], req.url));
  const client = createApiClient('http://phongdich.test/api/v1', f);
  setCsrf('tok-1');
  const persons = await call(client.GET('/persons', { params: { query: { q: 'an', limit: 5 } } }));
  assert.deepEqual(persons, [person]);
  assert.equal(seen[0].url, 'http://phongdich.test/api/v1/persons?q=an&limit=5');
  assert.equal(seen[0].headers.get('x-csrf-token'), 'tok-1');
  assert.equal(seen[0].headers.get('accept-language'), 'vi');
  assert.equal(seen[0].credentials, 'same-origin');
  setCsrf(undefined);
});

test("a refusal is the server's ApiError; a lapsed session is reported, a failed sign-in is not", async () => {
  let lapsed = 0;
  setUnauthorizedHandler(() => lapsed++);
  const refusal = { error: 'unauthenticated', message: 'Chưa đăng nhập' };
  const { f } = fakeFetch((req) => json(401, refusal, req.url));
  const client = createApiClient('http://phongdich.test/api/v1', f);
  await assert.rejects(call(client.GET('/persons', { params: { query: {} } })), (e: unknown) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 401);
    assert.equal(e.message, 'Chưa đăng nhập');
    assert.deepEqual(e.body, refusal);
    return true;
  });
  assert.equal(lapsed, 1);
  const bad = { error: 'validation', field: 'password', message: 'Sai mật khẩu' };
  const { f: f2 } = fakeFetch((req) => json(401, bad, req.url));
  await assert.rejects(
    call(
      createApiClient('http://phongdich.test/api/v1', f2).POST('/auth/login', {
        body: { username: 'a', password: 'b' },
      }),
    ),
    (e: unknown) => e instanceof ApiError && e.field === 'password',
  );
  assert.equal(lapsed, 1, 'a wrong password is not a lapsed session');
  setUnauthorizedHandler(() => {});
});

test('path parameters are escaped: a cluster named "BN 1/2" stays one segment', async () => {
  const { f, seen } = fakeFetch((req) =>
    json(200, { on: '2021-10-05', nodes: [], edges: [], truncated: false }, req.url),
  );
  const client = createApiClient('http://phongdich.test/api/v1', f);
  await call(
    client.GET('/clusters/{kind}/{id}/graph', {
      params: { path: { kind: 'linked', id: 'BN 1/2' }, query: { on: '2021-10-05' } },
    }),
  );
  assert.equal(seen[0].url, 'http://phongdich.test/api/v1/clusters/linked/BN%201%2F2/graph?on=2021-10-05');
});
