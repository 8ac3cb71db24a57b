import { createHash } from "node:crypto";
import { getDb } from "@/db";
import { findUserById } from "@/db/queries/users";
import { getAuth } from "./auth";
import { isRole, type Role } from "./roles";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  stationId: number | null;
}

// A verified API key is remembered briefly: verifying it costs a hash and a write per request.
const KEY_CACHE_MS = 30_000;
const keyCache = new Map<string, { userId: string; until: number }>();

async function userIdFromApiKey(key: string): Promise<string | null> {
  const digest = createHash("sha256").update(key).digest("base64url");
  const cached = keyCache.get(digest);
  if (cached && cached.until > Date.now()) return cached.userId;
  const result = await getAuth().api.verifyApiKey({ body: { key } });
  if (!result.valid || !result.key) {
    keyCache.delete(digest);
    return null;
  }
  keyCache.set(digest, { userId: result.key.referenceId, until: Date.now() + KEY_CACHE_MS });
  return result.key.referenceId;
}

/** The signed-in user of a request or socket handshake: Bearer API key first, else the session cookie. */
export async function userFromHeaders(headers: Headers): Promise<CurrentUser | null> {
  const bearer = headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const userId = bearer
    ? await userIdFromApiKey(bearer)
    : (await getAuth().api.getSession({ headers }))?.user.id ?? null;
  return userId ? loadUser(userId) : null;
}

export async function userFromApiKey(key: string): Promise<CurrentUser | null> {
  const userId = await userIdFromApiKey(key);
  return userId ? loadUser(userId) : null;
}

// Role and station are read fresh, so a change by an admin takes effect at once.
async function loadUser(userId: string): Promise<CurrentUser | null> {
  const row = await findUserById(getDb(), userId);
  if (!row || row.banned || !isRole(row.role)) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, stationId: row.stationId };
}
