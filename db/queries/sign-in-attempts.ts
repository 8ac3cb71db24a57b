import { sql } from "drizzle-orm";

import type { Executor } from "../client";

export interface SignInRule {
  /** Attempts allowed per account within the window. */
  max: number;
  windowS: number;
  /** How long the account's sign-in stays shut once the window's attempts are spent. */
  lockoutS: number;
}

export interface SignInAttempt {
  allowed: boolean;
  /** Seconds until the account may try again; 0 when allowed. */
  retryAfterS: number;
  /** This attempt is the one that locked the account (each lockout is audited once). */
  lockedNow: boolean;
}

// One statement, so that simultaneous guesses on several processes cannot all pass a count
// read before any of them wrote it. A lock that has run out starts a fresh window.
export async function takeSignInAttempt(db: Executor, email: string, rule: SignInRule): Promise<SignInAttempt> {
  const lockout = sql`now() + ${rule.lockoutS}::int * interval '1 second'`;
  const { rows } = await db.execute<{ allowed: boolean; retry_after_s: number; locked_now: boolean }>(sql`
    INSERT INTO sign_in_attempts AS a (email, count, window_started_at) VALUES (${email}, 1, now())
    ON CONFLICT (email) DO UPDATE SET
      count = CASE WHEN a.locked_until > now() THEN a.count
        WHEN a.locked_until IS NOT NULL OR a.window_started_at <= now() - ${rule.windowS}::int * interval '1 second' THEN 1
        ELSE a.count + 1 END,
      window_started_at = CASE WHEN a.locked_until > now() THEN a.window_started_at
        WHEN a.locked_until IS NOT NULL OR a.window_started_at <= now() - ${rule.windowS}::int * interval '1 second' THEN now()
        ELSE a.window_started_at END,
      locked_until = CASE WHEN a.locked_until > now() THEN a.locked_until
        WHEN a.locked_until IS NOT NULL OR a.window_started_at <= now() - ${rule.windowS}::int * interval '1 second' THEN NULL
        WHEN a.count + 1 > ${rule.max}::int THEN ${lockout}
        ELSE NULL END
    RETURNING a.locked_until IS NULL AS allowed,
      coalesce(ceil(extract(epoch FROM a.locked_until - now())), 0)::int AS retry_after_s,
      coalesce(a.locked_until = ${lockout}, false) AS locked_now`);
  const row = rows[0];
  if (!row) throw new Error("sign_in_attempts: the upsert returned no row");
  return { allowed: row.allowed, retryAfterS: Number(row.retry_after_s), lockedNow: row.locked_now };
}

/** A successful sign-in forgets the account's failures; rows long past their window go too. */
export async function clearSignInAttempts(db: Executor, email: string): Promise<void> {
  await db.execute(sql`DELETE FROM sign_in_attempts
    WHERE email = ${email} OR (window_started_at < now() - interval '1 day' AND coalesce(locked_until, '-infinity') < now())`);
}
