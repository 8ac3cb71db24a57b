import { createHash } from "node:crypto";

import { getDb } from "@/db";
import { findUserById } from "@/db/queries/users";
import { env } from "@/lib/env";

import { getAuth } from "./auth";
import { isRole, type Role } from "./roles";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  stationId: number | null;
  /** Signed in by password alone though the role must use a second factor it has not enrolled. */
  needsSecondFactor: boolean;
  /** The session of the cookie it came with; absent for an API token. */
  sessionId?: string;
}

// A verified API key is remembered briefly: verifying it costs a hash and a write per request.
const KEY_CACHE_MS = 30_000;
// One pair of caches per process, on globalThis: the route handlers (bundled by Next.js) and
// the socket server (lib/server) each load this module, and an admin's change made through
// one must be forgotten by both.
type KeyEntry = { userId: string; keyId: string; until: number };
type UserEntry = { user: CurrentUser | null; until: number };
type KeyCache = Map<string, KeyEntry>;
type UserCache = Map<string, UserEntry>;
const caches = globalThis as unknown as { __siagaKeyCache?: KeyCache; __siagaUserCache?: UserCache };
const keyCache = (caches.__siagaKeyCache ??= new Map<string, KeyEntry>());

async function userIdFromApiKey(key: string): Promise<string | null> {
  const digest = createHash("sha256").update(key).digest("base64url");
  const cached = keyCache.get(digest);
  if (cached && cached.until > Date.now()) return cached.userId;
  const result = await getAuth().api.verifyApiKey({ body: { key } });
  if (!result.valid || !result.key) {
    keyCache.delete(digest);
    return null;
  }
  keyCache.set(digest, { userId: result.key.referenceId, keyId: result.key.id, until: Date.now() + KEY_CACHE_MS });
  return result.key.referenceId;
}

/** The signed-in user of a request or socket handshake: Bearer API key first, else the session cookie. */
export async function userFromHeaders(headers: Headers): Promise<CurrentUser | null> {
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const userId = await userIdFromApiKey(bearer);
    return userId ? loadUser(userId) : null;
  }
  // The session's user is read afresh on every request: an enrolment counts at once.
  const session = await getAuth().api.getSession({ headers });
  const user = session ? await loadUser(session.user.id) : null;
  const enrolled = session?.user.twoFactorEnabled === true;
  return (
    user &&
    session && {
      ...user,
      needsSecondFactor: env.REQUIRE_2FA_ROLES.includes(user.role) && !enrolled,
      sessionId: session.session.id,
    }
  );
}

export async function userFromApiKey(key: string): Promise<CurrentUser | null> {
  const userId = await userIdFromApiKey(key);
  return userId ? loadUser(userId) : null;
}

// Role, station and ban are read again after a few seconds, so that an admin's change takes
// effect almost at once without a query on every request.
const USER_CACHE_MS = 5_000;
const userCache = (caches.__siagaUserCache ??= new Map<string, UserEntry>());

async function loadUser(userId: string): Promise<CurrentUser | null> {
  const cached = userCache.get(userId);
  if (cached && cached.until > Date.now()) return cached.user;
  const row = await findUserById(getDb(), userId);
  const user =
    !row || row.banned || !isRole(row.role)
      ? null
      : {
          id: row.id,
          email: row.email,
          name: row.name,
          role: row.role,
          stationId: row.stationId,
          needsSecondFactor: false,
        };
  userCache.set(userId, { user, until: Date.now() + USER_CACHE_MS });
  return user;
}

// An admin's change counts at once in the process that made it; other console processes
// catch up within the caches' few seconds.
/** Forget a revoked API key. */
export function forgetApiKey(keyId: string): void {
  for (const [digest, entry] of keyCache) if (entry.keyId === keyId) keyCache.delete(digest);
}

/** Forget an account whose role, station or state changed, and the keys that stood for it. */
export function forgetUser(userId: string): void {
  userCache.delete(userId);
  for (const [digest, entry] of keyCache) if (entry.userId === userId) keyCache.delete(digest);
}
