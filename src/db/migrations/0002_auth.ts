// Users, sessions, API tokens. Audit log already exists (0001).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE TABLE users (
      province_code text NOT NULL REFERENCES provinces,
      user_id bigint GENERATED ALWAYS AS IDENTITY,
      username text NOT NULL UNIQUE,
      display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('province_admin', 'province_officer', 'district_officer', 'commune_officer',
                                         'lab_staff', 'checkpoint_staff', 'leader')),
      scope_level text NOT NULL CHECK (scope_level IN ('province', 'district', 'ward')),
      scope_code text NOT NULL,
      password_hash text NOT NULL,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (province_code, user_id)
    );

    -- Only hashes of session and API tokens are stored.
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      province_code text NOT NULL,
      user_id bigint NOT NULL,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      FOREIGN KEY (province_code, user_id) REFERENCES users (province_code, user_id)
    );
    CREATE INDEX sessions_user ON sessions (province_code, user_id);

    CREATE TABLE api_tokens (
      token_hash text PRIMARY KEY,
      province_code text NOT NULL,
      token_id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      user_id bigint NOT NULL,
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      FOREIGN KEY (province_code, user_id) REFERENCES users (province_code, user_id)
    );
  `);
}
