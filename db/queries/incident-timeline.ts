import { asc, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { incidentEvents } from "../schema";

export async function incidentTimeline(db: Executor, incidentId: number) {
  const rows = await db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, incidentId)).orderBy(asc(incidentEvents.seq));
  return rows.map((r) => ({ seq: Number(r.seq), type: r.type, actorId: r.actorId, at: r.at.toISOString(), payload: r.payload }));
}
