// Certificates: Ed25519 signing (stored key or PHONGDICH_CERT_KEY), verification that refuses every altered or
// foreign payload, the public rate-limited verification endpoint and the printable page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { generateKeyPairSync, sign } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { testDb, engineName, type TestDb } from '../test/db.ts';
import { addUser, signIn, testApp, type Client } from '../test/http.ts';
import { importFile } from '../app/imports.ts';
import { AppError } from '../shared/errors.ts';
import { issueCertificate, verifyCertificate } from './certificate.ts';

let t: TestDb;
let app: FastifyInstance;
let officer: Client;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

before(async () => {
  t = await testDb();
  await importFile(
    t.db,
    t.ctx,
    'persons',
    Readable.from([
      'person_ref,full_name,birth_year,ward_code\nA,Nguyễn Thị <Ánh>,1985,31321\nB,Trần Văn Bình,1990,31340\nZ,Chưa Tiêm,1990,31321\n',
    ]),
  );
  const r = await importFile(
    t.db,
    t.ctx,
    'vaccinations',
    Readable.from([
      'person_ref,dose_number,product,given_on,lot\nA,1,astrazeneca,2021-07-01,AZ01\nA,2,pfizer,2021-09-01,FF02\nB,1,verocell,2021-08-01,\n',
    ]),
  );
  assert.equal(r.inserted, 3);
  app = await testApp(t);
  await addUser(t, 'officer', 'province_officer', ['province', '93']);
  await addUser(t, 'commune31340', 'commune_officer', ['ward', '31340']);
  officer = await signIn(app, 'officer');
});
after(async () => {
  await app.close();
  await t.close();
});

test(`[${engineName}] a certificate carries the doses, verifies, and any changed character is refused`, async () => {
  const { certificate, payload, qr_svg } = await issueCertificate(t.db, t.ctx, 'A');
  assert.deepEqual(
    [certificate.ref, certificate.name, certificate.birth, certificate.iss],
    ['A', 'Nguyễn Thị <Ánh>', '1985', '93'],
  );
  assert.deepEqual(certificate.doses, [
    { n: 1, product: 'astrazeneca', date: '2021-07-01', lot: 'AZ01' },
    { n: 2, product: 'pfizer', date: '2021-09-01', lot: 'FF02' },
  ]);
  assert.match(payload, /^PDVC1\.[\w-]+\.[\w-]{86}$/);
  assert.match(qr_svg, /^<svg[^>]*>/);
  const ok = await verifyCertificate(t.db, t.ctx, payload);
  assert.equal(ok.valid, true);
  assert.deepEqual(ok.valid && ok.certificate, certificate);

  // Every single-character change anywhere in the payload is refused.
  for (let i = 0; i < payload.length; i++) {
    const c = payload[i];
    const other = c === '.' ? 'A' : (B64URL[(B64URL.indexOf(c) + 1) % 64] ?? 'A');
    const altered = payload.slice(0, i) + other + payload.slice(i + 1);
    assert.equal((await verifyCertificate(t.db, t.ctx, altered)).valid, false, `position ${i}`);
  }
  // A forged dose, re-encoded properly, fails the signature.
  const [prefix, data, sig] = payload.split('.');
  const forged = {
    ...certificate,
    doses: [...certificate.doses, { n: 3, product: 'moderna', date: '2021-12-01', lot: null }],
  };
  const forgedPayload = `${prefix}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${sig}`;
  assert.deepEqual(pick(await verifyCertificate(t.db, t.ctx, forgedPayload)), [false, 'bad_signature']);
  // Signed with another key under the province's key id.
  const { privateKey } = generateKeyPairSync('ed25519');
  const other = `${prefix}.${data}.${sign(null, Buffer.from(`${prefix}.${data}`), privateKey).toString('base64url')}`;
  assert.deepEqual(pick(await verifyCertificate(t.db, t.ctx, other)), [false, 'bad_signature']);
  // Unknown key id, another province, or not a certificate at all.
  const foreign = { ...certificate, kid: 'xxxxxxxxxxxx' };
  assert.deepEqual(
    pick(
      await verifyCertificate(
        t.db,
        t.ctx,
        `${prefix}.${Buffer.from(JSON.stringify(foreign)).toString('base64url')}.${sig}`,
      ),
    ),
    [false, 'unknown_key'],
  );
  assert.deepEqual(pick(await verifyCertificate(t.db, { ...t.ctx, province: '94' }, payload)), [false, 'unknown_key']);
  assert.deepEqual(pick(await verifyCertificate(t.db, t.ctx, 'https://example.org/')), [false, 'malformed']);
  assert.deepEqual(pick(await verifyCertificate(t.db, t.ctx, `${prefix}.!!!.${sig}`)), [false, 'malformed']);
});

test(`[${engineName}] the generated key is stored once and survives a restart; a configured key takes over`, async () => {
  const first = await issueCertificate(t.db, t.ctx, 'A');
  const again = await issueCertificate(t.db, t.ctx, 'B');
  assert.equal(again.certificate.kid, first.certificate.kid);
  const [{ n }] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM vaccination_settings WHERE name = 'certificate_private_key'`,
  );
  assert.equal(n, 1);
  // A restarted server (new app over the same database) still verifies the certificate.
  const restarted = await testApp(t);
  const r = await restarted.inject({
    method: 'POST',
    url: '/api/v1/vaccination/certificates/verify',
    payload: { payload: first.payload },
  });
  assert.equal(r.json().valid, true);
  await restarted.close();

  const { privateKey } = generateKeyPairSync('ed25519');
  const formats = [
    privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ];
  try {
    for (const key of formats) {
      process.env.PHONGDICH_CERT_KEY = key;
      const configured = await issueCertificate(t.db, t.ctx, 'A');
      assert.notEqual(configured.certificate.kid, first.certificate.kid);
      assert.equal((await verifyCertificate(t.db, t.ctx, configured.payload)).valid, true);
      // Certificates signed earlier with the stored key stay valid.
      assert.equal((await verifyCertificate(t.db, t.ctx, first.payload)).valid, true);
    }
    process.env.PHONGDICH_CERT_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    await assert.rejects(issueCertificate(t.db, t.ctx, 'A'), (e: AppError) => e.key === 'cert_key_invalid');
  } finally {
    delete process.env.PHONGDICH_CERT_KEY;
  }
  await assert.rejects(issueCertificate(t.db, t.ctx, 'Z'), (e: AppError) => e.status === 404 && e.key === 'no_doses');
});

test(`[${engineName}] HTTP: certificate for an officer of the person's ward; public verification, rate-limited`, async () => {
  const r = await officer({ url: '/api/v1/vaccination/persons/A/certificate' });
  assert.equal(r.statusCode, 200);
  const { payload } = r.json();
  const commune = await signIn(app, 'commune31340');
  assert.equal((await commune({ url: '/api/v1/vaccination/persons/A/certificate' })).json().error, 'out_of_scope');
  assert.equal((await commune({ url: '/api/v1/vaccination/persons/B/certificate' })).statusCode, 200);

  // Anyone may verify, without signing in.
  const verify = (p: string, lang = 'vi') =>
    app.inject({
      method: 'POST',
      url: '/api/v1/vaccination/certificates/verify',
      payload: { payload: p },
      headers: { 'accept-language': lang },
    });
  const good = await verify(payload);
  assert.deepEqual([good.statusCode, good.json().valid, good.json().certificate.name], [200, true, 'Nguyễn Thị <Ánh>']);
  const [prefix, data, sig] = payload.split('.');
  const renamed = { ...JSON.parse(Buffer.from(data, 'base64url').toString()), name: 'Người Khác' };
  const tampered = `${prefix}.${Buffer.from(JSON.stringify(renamed)).toString('base64url')}.${sig}`;
  const bad = await verify(tampered, 'en');
  assert.deepEqual([bad.json().valid, bad.json().reason], [false, 'bad_signature']);
  assert.match(bad.json().message, /altered or forged/);
  let last = bad;
  for (let i = 0; i < 60 && last.statusCode !== 429; i++) last = await verify(payload);
  assert.equal(last.statusCode, 429);
  assert.equal(last.json().error, 'rate_limited');
});

test(`[${engineName}] the printable page: escaped text, inline QR, no script, strict CSP`, async () => {
  const r = await officer({ url: '/api/v1/vaccination/persons/A/certificate.html' });
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /^text\/html/);
  assert.match(r.body, /Nguyễn Thị &#60;Ánh&#62;/);
  assert.doesNotMatch(r.body, /<Ánh>|<script/i);
  assert.match(r.body, /<svg[^>]*>/);
  assert.match(r.body, /<td>2<\/td><td>Pfizer-BioNTech \(Comirnaty\)<\/td><td>01\/09\/2021<\/td><td>FF02<\/td>/);
  assert.match(r.headers['content-security-policy'] as string, /script-src 'self'/);
});

function pick(r: { valid: boolean; reason?: string }) {
  return [r.valid, r.reason];
}
