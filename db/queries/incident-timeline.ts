import { asc, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { eventLog } from "../schema";

export async function incidentTimeline(db: Executor, incidentId: number) {
  const rows = await db.select().from(eventLog).where(eq(eventLog.incidentId, incidentId)).orderBy(asc(eventLog.seq));
  return rows.map((r) => ({ seq: Number(r.seq), type: r.type, actorId: r.actorId, at: r.at.toISOString(), payload: r.payload }));
}
