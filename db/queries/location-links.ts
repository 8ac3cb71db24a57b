import { and, eq, gt, isNull, sql } from "drizzle-orm";

import type { Executor } from "../client";
import { locationLinks } from "../schema";

export async function insertLocationLink(
  db: Executor,
  link: { tokenHash: string; callId: number; createdBy: string; expiresAt: Date },
): Promise<number> {
  const [row] = await db.insert(locationLinks).values(link).returning({ id: locationLinks.id });
  return row!.id;
}

/**
 * Uses the link once: its point is written only while it is unused and unexpired, in one
 * statement, so two posts through one link give one point. Null when it is no (longer a) link.
 */
export async function useLocationLink(
  db: Executor,
  tokenHash: string,
  point: { lat: number; lon: number; accuracyM: number | null },
): Promise<{ id: number; callId: number } | null> {
  const [row] = await db
    .update(locationLinks)
    .set({ ...point, usedAt: sql`now()` })
    .where(
      and(
        eq(locationLinks.tokenHash, tokenHash),
        isNull(locationLinks.usedAt),
        gt(locationLinks.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: locationLinks.id, callId: locationLinks.callId });
  return row ?? null;
}

/** Whether a link may still be used: the page says so before the phone is asked. */
export async function locationLinkOpen(db: Executor, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select({ id: locationLinks.id })
    .from(locationLinks)
    .where(
      and(
        eq(locationLinks.tokenHash, tokenHash),
        isNull(locationLinks.usedAt),
        gt(locationLinks.expiresAt, sql`now()`),
      ),
    );
  return row !== undefined;
}
