// Issue 19, finding 1: an import receives its whole file (to a private temporary file, within a size limit and a
// deadline) before its transaction opens; the server's timeouts are set deliberately.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { listen, send, signInOver, signedIn } from '../test/listening.ts';
import { importFile } from '../app/imports.ts';
import { localFile } from './upload.ts';

// Temporary files of this file's imports go to a folder of its own, to be checked (os.tmpdir() reads TMPDIR).
const tmp = mkdtempSync(join(tmpdir(), 'phongdich-upload-test-'));
process.env.TMPDIR = tmp;
// Limits small enough to test: 1 MB, 2 s (read when the server is built).
process.env.PHONGDICH_UPLOAD_MAX_MB = '1';
process.env.PHONGDICH_UPLOAD_TIMEOUT_S = '2';

let t: TestDb;
let app: FastifyInstance;
let api: Client;
let base: string;
before(async () => {
  t = await testDb();
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  api = await signIn(app, 'officer');
  base = await listen(app);
});
after(async () => {
  await app.close();
  await t.close();
  rmSync(tmp, { recursive: true, force: true });
});

const HEADER = 'person_ref,full_name,ward_code\n';
const row = (i: number) => `U${i},Người Thứ ${i},31321\n`;
const persons = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM persons`))[0].n;
const leftovers = () => readdirSync(tmp).filter((f) => f.startsWith('phongdich-upload-'));
/** `p`, or a failure after `ms` (so that a blocked database fails the test instead of hanging it). */
const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([
    p,
    new Promise<never>((_, no) => setTimeout(() => no(new Error(`${what}: no answer in ${ms} ms`)), ms)),
  ]);

test(`[${engineName}] the transaction opens only once the whole file has arrived; the file is private and removed`, async () => {
  const before = await persons();
  const input = new PassThrough();
  const done = importFile(t.db, t.ctx, 'persons', input);
  try {
    input.write(HEADER + row(1));
    await new Promise((r) => setTimeout(r, 300));
    // While the file arrives it sits in a private temporary file…
    const [dir] = leftovers();
    assert.ok(dir, 'a temporary folder while receiving');
    assert.equal(statSync(join(tmp, dir)).mode & 0o777, 0o700);
    assert.equal(statSync(join(tmp, dir, 'file')).mode & 0o777, 0o600);
    // …and no transaction is open: the database answers at once, on PGlite's one connection too.
    const open = await within(
      t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
      ),
      2000,
      'a query while an import file arrives',
    );
    assert.equal(open[0].n, 0, 'no other session has a transaction open');
  } finally {
    input.end(row(2));
  }
  assert.deepEqual(await done, { kind: 'persons', rows: 2, inserted: 2, updated: 0, rejected: [] });
  assert.equal(await persons(), before + 2);
  assert.deepEqual(leftovers(), []);
});

test(`[${engineName}] HTTP: a file over the limit is refused with 413 naming it, nothing written, nothing left`, async () => {
  const before = await persons();
  // 1.5 MB of rows against the 1 MB limit.
  const rows = Array.from({ length: 60_000 }, (_, i) => row(i)).join('');
  const big = HEADER + rows;
  assert.ok(big.length > 1.5 * 2 ** 20);
  const url = '/api/v1/imports/persons';
  // Announced by its Content-Length: refused before a byte is read.
  const announced = await api({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: big });
  assert.equal(announced.statusCode, 413);
  assert.deepEqual(announced.json(), {
    error: 'upload_too_large',
    message: 'Tệp quá lớn: giới hạn 1 MB (PHONGDICH_UPLOAD_MAX_MB). Chia tệp thành nhiều tệp nhỏ hơn',
  });
  assert.equal(announced.headers.connection, 'close');
  // Sent without a length (chunked): refused once the limit is passed.
  const chunked = await api({
    method: 'POST',
    url,
    headers: { 'content-type': 'text/csv', 'accept-language': 'en' },
    payload: Readable.from([HEADER, rows]),
  });
  assert.equal(chunked.statusCode, 413);
  assert.equal(
    chunked.json().message,
    'File too large: the limit is 1 MB (PHONGDICH_UPLOAD_MAX_MB). Split it into smaller files',
  );
  // With progress lines: receiving, then the error line.
  const streamed = await api({
    method: 'POST',
    url,
    headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' },
    payload: Readable.from([HEADER, rows]),
  });
  const lines = streamed.body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(lines[0], { progress: { phase: 'receiving', rows: 0, bytes: 0, percent: null } });
  assert.equal(lines.at(-1).error, 'upload_too_large');
  assert.equal(await persons(), before);
  assert.deepEqual(leftovers(), []);
});

test(`[${engineName}] HTTP: an upload still arriving after PHONGDICH_UPLOAD_TIMEOUT_S gets 408 naming it`, async () => {
  const before = await persons();
  const s = await signInOver(base, 'officer');
  // The header and a row, then nothing for 5 s: past the 2 s deadline.
  const r = await send(base, {
    method: 'POST',
    path: '/api/v1/imports/persons',
    headers: signedIn(s, { 'content-type': 'text/csv' }),
    body: [HEADER, row(1), row(2)],
    every: 5000,
  });
  assert.equal(r.status, 408);
  assert.deepEqual(JSON.parse(r.body), {
    error: 'upload_timeout',
    message:
      'Tệp chưa gửi xong sau 2 giây (giới hạn PHONGDICH_UPLOAD_TIMEOUT_S). Gửi lại khi đường truyền tốt hơn, hoặc chia tệp nhỏ hơn',
  });
  assert.ok(r.ms >= 2000 && r.ms < 5000, `answered after ${Math.round(r.ms)} ms`);
  assert.equal(await persons(), before);
  assert.deepEqual(leftovers(), []);
});

test(`[${engineName}] HTTP with progress lines: receiving, then reading, checking, writing, the result`, async () => {
  const r = await api({
    method: 'POST',
    url: '/api/v1/imports/persons',
    headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson' },
    payload: HEADER + row(101) + row(102),
  });
  assert.equal(r.statusCode, 200);
  const lines = r.body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const size = Buffer.byteLength(HEADER + row(101) + row(102));
  assert.deepEqual(lines[0], { progress: { phase: 'receiving', rows: 0, bytes: 0, totalBytes: size, percent: 0 } });
  assert.deepEqual(
    lines.slice(1, -1).map((l) => [l.progress.phase, l.progress.rows, l.progress.bytes, l.progress.totalBytes]),
    [
      ['checking', 2, size, size],
      ['applying', 2, size, size],
    ],
  );
  assert.deepEqual(lines.at(-1), { result: { kind: 'persons', rows: 2, inserted: 2, updated: 0, rejected: [] } });
  assert.deepEqual(leftovers(), []);
});

test(`[${engineName}] the command line reads a regular file in place and receives a pipe first`, async () => {
  const file = join(tmp, 'persons.csv');
  writeFileSync(file, HEADER + row(201));
  assert.deepEqual(localFile(file), { path: file, bytes: Buffer.byteLength(HEADER + row(201)) });
  rmSync(file);
  const fifo = join(tmp, 'fifo');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const writer = spawn('sh', ['-c', `printf '%s' "$ROWS" > "$FIFO"`], {
    env: { ...process.env, ROWS: HEADER + row(201) + row(202), FIFO: fifo },
  });
  const written = new Promise((r) => writer.once('close', r));
  const input = localFile(fifo);
  assert.ok(input instanceof Readable, 'a pipe is a stream, received to a file before the import');
  assert.deepEqual(await importFile(t.db, t.ctx, 'persons', input), {
    kind: 'persons',
    rows: 2,
    inserted: 2,
    updated: 0,
    rejected: [],
  });
  await written;
  rmSync(fifo);
});

test(`[${engineName}] server timeouts: headers 30 s, whole request the upload deadline + 30 s, idle 120 s, keep-alive 65 s`, () => {
  assert.equal(app.server.headersTimeout, 30_000);
  assert.equal(app.server.requestTimeout, 32_000); // PHONGDICH_UPLOAD_TIMEOUT_S = 2 here
  assert.equal(app.server.timeout, 120_000);
  assert.equal(app.server.keepAliveTimeout, 65_000);
});
