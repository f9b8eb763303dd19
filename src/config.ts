// One typed configuration object read from the environment, with defaults.
import { isIP } from 'node:net';

export interface Config {
  databaseUrl: string | undefined; // set → server PostgreSQL; unset → embedded PGlite
  /** A login that is only a member of phongdich_app, for the application (production); migrations use databaseUrl. */
  appDatabaseUrl: string | undefined;
  dataDir: string; // PGlite data directory
  port: number;
  host: string;
  lang: 'vi' | 'en'; // language of CLI messages
  certKey: string | undefined; // Ed25519 private key (PEM or base64 PKCS8) signing vaccination certificates
  /** Proxies whose X-Forwarded-* headers are believed (addresses or CIDRs); none by default, else per-IP limits can be dodged. */
  trustProxy: string[];
  /** The largest import file accepted (PHONGDICH_UPLOAD_MAX_MB, default 1024 MB). */
  uploadMaxBytes: number;
  /** Seconds an import upload may take to arrive whole (PHONGDICH_UPLOAD_TIMEOUT_S, default 600). */
  uploadTimeoutS: number;
}

/** A positive number from the environment, else the default. */
const positive = (v: string | undefined, fallback: number) => (Number(v) > 0 ? Number(v) : fallback);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: (env.DATABASE_URL && env.PHONGDICH_APP_DATABASE_URL) || undefined,
    dataDir: env.PHONGDICH_DATA_DIR || './data',
    port: Number(env.PORT || 8080),
    host: env.HOST || '127.0.0.1',
    lang: (env.LANG || '').toLowerCase().startsWith('en') ? 'en' : 'vi',
    certKey: env.PHONGDICH_CERT_KEY || undefined,
    trustProxy: (env.PHONGDICH_TRUST_PROXY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    uploadMaxBytes: Math.floor(positive(env.PHONGDICH_UPLOAD_MAX_MB, 1024) * (1 << 20)),
    uploadTimeoutS: positive(env.PHONGDICH_UPLOAD_TIMEOUT_S, 600),
  };
}

/** Refuses to serve with settings that would let clients choose what the server believes; the message names the variable. */
export function checkServeConfig(env: NodeJS.ProcessEnv = process.env): void {
  // Without it the Host header, which any client sets, decides the origin printed in QR codes and links.
  if (env.NODE_ENV === 'production' && !env.PHONGDICH_PUBLIC_URL)
    throw new Error('PHONGDICH_PUBLIC_URL must be set when NODE_ENV=production (e.g. https://phongdich.example.vn)');
  // Trusting every peer (`true`) lets any client write its own X-Forwarded-For and dodge the per-address limits.
  const wrong = loadConfig(env).trustProxy.filter((p) => !isProxyAddress(p));
  if (wrong.length)
    throw new Error(
      `PHONGDICH_TRUST_PROXY must list the proxy's own addresses or CIDRs (e.g. 127.0.0.1 or 10.0.0.0/8), not: ${wrong.join(', ')}`,
    );
}

/** An address, a CIDR, or one of proxy-addr's named ranges (loopback, linklocal, uniquelocal). */
function isProxyAddress(p: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(p)) return true;
  const [address, bits, ...rest] = p.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}
