import { and, lt, ne, sql } from "drizzle-orm";

import type { Executor } from "../client";
import { calls } from "../schema";

/**
 * Replaces the caller's number of every call that rang before `before` with `placeholder`, in
 * the calls table and in the payloads of those calls' events (the one change the event log's
 * trigger allows). The ids of the calls changed.
 */
export async function anonymiseCallsBefore(db: Executor, before: Date, placeholder: string): Promise<number[]> {
  const changed = await db
    .update(calls)
    .set({ callerNumber: placeholder })
    .where(and(lt(calls.ringingAt, before), ne(calls.callerNumber, placeholder)))
    .returning({ id: calls.id });
  const ids = changed.map((c) => c.id);
  if (ids.length === 0) return ids;
  await db.execute(sql`
    UPDATE incident_events
       SET payload = jsonb_set(payload, '{call,callerNumber}', to_jsonb(${placeholder}::text))
     WHERE payload ? 'call'
       AND (payload -> 'call' ->> 'id')::int = ANY(${`{${ids.join(",")}}`}::int[])
       AND payload -> 'call' ->> 'callerNumber' <> ${placeholder}`);
  return ids;
}
