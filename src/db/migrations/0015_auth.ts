// Issue 19, findings 4 and 7: sign-in failures counted per (client address, user name) instead of per account, and
// API tokens with an expiry.
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    -- Failed sign-ins per client address and user name as typed, whether or not the account exists: an attacker's
    -- failures slow down that pair only, never the owner elsewhere, and unknown names behave as known ones.
    CREATE TABLE login_failures (
      address text NOT NULL,
      username text NOT NULL,
      failures integer NOT NULL,
      last_failed_at timestamptz NOT NULL,
      blocked_until timestamptz,
      PRIMARY KEY (address, username)
    );
    CREATE INDEX login_failures_last ON login_failures (last_failed_at);
    ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;

    -- Tokens made before expiries existed get the default lifetime from now.
    ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
    UPDATE api_tokens SET expires_at = now() + interval '90 days';
    ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
  `);
}
