// Vaccination certificates ("hộ chiếu vắc xin", 5772/QĐ-BYT): a person's doses signed with the province's Ed25519
// key and carried in a QR code. Payload = `PDVC1.<base64url JSON>.<base64url signature>`; the signature covers the
// text before the last dot, so any change to the data or the signature is detected.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import QRCode from 'qrcode';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { t, thing } from '../shared/messages.ts';
import { loadConfig } from '../config.ts';
import { dmy } from './due.ts';
import type { Certificate, CertificateCheck, CertificateData } from './schemas.ts';

const PREFIX = 'PDVC1';
const SETTING = 'certificate_private_key';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function signingKeyOf(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const kid = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url')
    .slice(0, 12);
  return { kid, privateKey, publicKey };
}

/** PHONGDICH_CERT_KEY: an Ed25519 private key as PEM, or as base64 of its PKCS8 DER. */
export function parseCertKey(text: string): SigningKey {
  try {
    const key = text.includes('-----BEGIN')
      ? createPrivateKey(text)
      : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType === 'ed25519') return signingKeyOf(key);
  } catch {
    /* reported below */
  }
  throw new AppError(500, 'cert_key_invalid');
}

const configuredKey = (): SigningKey | null => {
  const text = loadConfig().certKey;
  return text ? parseCertKey(text) : null;
};

/** The key kept in the database when none is configured; made once (first certificate) so it survives restarts. */
async function storedKey(db: Db, ctx: Ctx, create: boolean): Promise<SigningKey | null> {
  const read = async () =>
    (
      await db.query<{ value: string }>(
        'SELECT value FROM vaccination_settings WHERE province_code = $1 AND name = $2',
        [ctx.province, SETTING],
      )
    )[0]?.value;
  let pem = await read();
  if (!pem && create) {
    await db.tx(async (tx) => {
      const { privateKey } = generateKeyPairSync('ed25519');
      const inserted = await tx.query(
        `INSERT INTO vaccination_settings (province_code, name, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING name`,
        [ctx.province, SETTING, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
      );
      if (inserted[0])
        await audit(tx, ctx, 'insert', 'vaccination_setting', SETTING, null, { kid: signingKeyOf(privateKey).kid });
    });
    pem = await read();
  }
  return pem ? signingKeyOf(createPrivateKey(pem)) : null;
}

/** A person's certificate: the signed data, the QR payload and the QR code as SVG. */
export async function issueCertificate(db: Db, ctx: Ctx, ref: string): Promise<Certificate> {
  const [person] = await db.query<{
    person_id: number;
    person_ref: string;
    full_name: string;
    birth: string | null;
    id_number: string | null;
  }>(
    `SELECT person_id, person_ref, full_name, COALESCE(birth_date::text, birth_year::text) AS birth, id_number
       FROM persons WHERE province_code = $1 AND person_ref = $2`,
    [ctx.province, ref],
  );
  if (!person) throw notFound(thing('person'));
  const doses = await db.query<CertificateData['doses'][number]>(
    `SELECT dose_number AS n, product, given_on AS date, lot FROM vaccinations WHERE province_code = $1 AND person_id = $2 ORDER BY dose_number`,
    [ctx.province, person.person_id],
  );
  if (doses.length === 0) throw new AppError(404, 'no_doses', { value: ref });
  const key = configuredKey() ?? (await storedKey(db, ctx, true))!;
  const certificate: CertificateData = {
    v: 1,
    kid: key.kid,
    iss: ctx.province,
    iat: new Date().toISOString(),
    ref: person.person_ref,
    name: person.full_name,
    birth: person.birth,
    id: person.id_number,
    doses,
  };
  const signed = `${PREFIX}.${Buffer.from(JSON.stringify(certificate)).toString('base64url')}`;
  const payload = `${signed}.${sign(null, Buffer.from(signed), key.privateKey).toString('base64url')}`;
  const qr_svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { certificate, payload, qr_svg };
}

/** Checks a scanned payload against the province's keys (configured and stored); any change is refused. */
export async function verifyCertificate(db: Db, ctx: Ctx, payload: string): Promise<CertificateCheck> {
  const fail = (reason: 'malformed' | 'unknown_key' | 'bad_signature'): CertificateCheck => ({
    valid: false,
    reason,
    message: t(ctx.lang, `cert_${reason}`),
  });
  const parts = payload.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return fail('malformed');
  const signature = Buffer.from(parts[2], 'base64url');
  // Base64 decoding forgives stray characters and padding bits: only the canonical spelling is accepted.
  if (signature.length !== 64 || signature.toString('base64url') !== parts[2]) return fail('malformed');
  let data: CertificateData;
  try {
    data = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return fail('malformed');
  }
  const keys = [configuredKey(), await storedKey(db, ctx, false)].filter((k): k is SigningKey => k !== null);
  const key = keys.find((k) => k.kid === data?.kid);
  if (!key || data.iss !== ctx.province) return fail('unknown_key');
  if (!verify(null, Buffer.from(`${parts[0]}.${parts[1]}`), key.publicKey, signature)) return fail('bad_signature');
  return { valid: true, certificate: data, message: t(ctx.lang, 'cert_valid') };
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A printable A4 page (bilingual like the national certificate); no scripts, the QR code inline as SVG. */
export function certificateHtml(c: CertificateData, qrSvg: string, productNames: Record<string, string>): string {
  const rows = c.doses
    .map(
      (d) =>
        `<tr><td>${d.n}</td><td>${esc(productNames[d.product] ?? d.product)}</td><td>${dmy(d.date)}</td><td>${esc(d.lot)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Chứng nhận tiêm chủng COVID-19 — ${esc(c.name)}</title>
<style>
  @page { size: A4; margin: 20mm; }
  body { font-family: "Times New Roman", serif; font-size: 14pt; color: #000; max-width: 170mm; margin: 0 auto; }
  h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin: 0; }
  .sub { text-align: center; font-style: italic; margin: 0 0 8mm; }
  table { border-collapse: collapse; width: 100%; margin: 6mm 0; }
  th, td { border: 1px solid #000; padding: 2mm 3mm; text-align: left; }
  .qr { text-align: center; } .qr svg { width: 60mm; height: 60mm; }
  .small { font-size: 10pt; word-break: break-all; }
</style></head><body>
<h1>Chứng nhận tiêm chủng COVID-19</h1><p class="sub">COVID-19 vaccination certificate</p>
<p>Họ và tên / Name: <b>${esc(c.name)}</b></p>
<p>Ngày/năm sinh / Date or year of birth: ${esc(c.birth)}</p>
<p>Số định danh / ID number: ${esc(c.id ?? '—')}</p>
<table><thead><tr><th>Mũi / Dose</th><th>Vắc xin / Vaccine</th><th>Ngày tiêm / Date</th><th>Lô / Lot</th></tr></thead><tbody>${rows}</tbody></table>
<div class="qr">${qrSvg}</div>
<p class="small">Mã xác thực / Verification key: ${esc(c.kid)} · Cấp ngày / Issued: ${esc(c.iat.slice(0, 10))}</p>
</body></html>`;
}
