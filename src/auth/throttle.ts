// Sign-in throttle (issue 19, finding 4). Wrong passwords are counted per client address and user name as typed,
// whether or not the account exists: after FREE_FAILURES the pair waits 1 minute, then 2, 4 … up to an hour before
// its next try. The account itself is never locked, so an attacker's failures do not shut out its owner at another
// address, and an unknown name slows down exactly as a known one does, so the answers tell no one which names
// exist. Spraying many names from one address meets the per-address ceiling in http.ts.
import { normalizeIP } from '@fastify/rate-limit';
import type { Db } from '../db/connection.ts';

export const THROTTLE = { freeFailures: 5, firstWaitSeconds: 60, maxWaitSeconds: 3600, forgetAfterHours: 24 };

/** The pair a failure counts against: an IPv6 client by its /64 (it owns the whole prefix), the name as typed. */
export function throttleKey(address: string, username: string): [string, string] {
  return [normalizeIP(address), username.trim().normalize('NFC').toLowerCase()];
}

/** Seconds the pair must still wait before its next try; 0 when it may try now. */
export async function waitSeconds(db: Db, address: string, username: string): Promise<number> {
  const [row] = await db.query<{ s: number }>(
    `SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS s FROM login_failures
      WHERE address = $1 AND username = $2 AND blocked_until > now()`,
    throttleKey(address, username),
  );
  return row?.s ?? 0;
}

/** Counts a wrong password; from the FREE_FAILURES-th on, the pair waits twice as long as the time before. */
export async function recordFailure(db: Db, address: string, username: string): Promise<void> {
  const key = throttleKey(address, username);
  const [{ failures }] = await db.query<{ failures: number }>(
    `INSERT INTO login_failures (address, username, failures, last_failed_at) VALUES ($1, $2, 1, now())
     ON CONFLICT (address, username) DO UPDATE
       SET failures = CASE WHEN login_failures.last_failed_at > now() - make_interval(hours => $3)
                           THEN login_failures.failures + 1 ELSE 1 END,
           last_failed_at = now()
     RETURNING failures`,
    [...key, THROTTLE.forgetAfterHours],
  );
  if (failures < THROTTLE.freeFailures) return;
  const wait = Math.min(THROTTLE.maxWaitSeconds, THROTTLE.firstWaitSeconds * 2 ** (failures - THROTTLE.freeFailures));
  await db.query(
    `UPDATE login_failures SET blocked_until = now() + make_interval(secs => $3) WHERE address = $1 AND username = $2`,
    [...key, wait],
  );
}

/** A successful sign-in forgets the pair's failures (and, in passing, every pair quiet for a day). */
export async function clearFailures(db: Db, address: string, username: string): Promise<void> {
  await db.query(
    `DELETE FROM login_failures
      WHERE (address = $1 AND username = $2) OR last_failed_at < now() - make_interval(hours => $3)`,
    [...throttleKey(address, username), THROTTLE.forgetAfterHours],
  );
}

/** A password set by an administrator lifts the name's waits at every address. */
export async function clearName(db: Db, username: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE username = $1', [throttleKey('0.0.0.0', username)[1]]);
}
