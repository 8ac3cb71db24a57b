import type { SQL } from "drizzle-orm";

import type { Db, Tx } from "@/db";
import { appendEvents } from "@/db/queries/events";
import { broadcast } from "@/lib/realtime/broadcast";
import type { LoggedEvent, NewEvent } from "@/lib/realtime/events";

export interface Change<T> {
  result: T;
  events: NewEvent[];
  /** Writes that go into the statement that appends the events (see appendEvents). */
  writes?: SQL[];
}

// Every change of state: one transaction that also appends its events, then, only after
// the commit, the broadcast of those events with their sequence numbers. `work` awaits the
// database and nothing else: whatever it waits on (Twilio, a routing engine, a file) is waited
// on with its rows locked, and on PGlite with every other write of the console held up; ask
// such services before the transaction and check again inside it (see answerCall).
export async function commitChange<T>(
  db: Db,
  work: (tx: Tx) => Promise<Change<T>>,
): Promise<{ result: T; events: LoggedEvent[] }> {
  const { result, events } = await db.transaction(async (tx) => {
    const change = await work(tx);
    return { result: change.result, events: await appendEvents(tx, change.events, change.writes) };
  });
  broadcast(events);
  return { result, events };
}

// A change that needs nothing read or locked first: its writes and its events are one
// statement with no transaction around it, so it commits in a single round trip.
export async function commitStatement<T>(
  db: Db,
  change: Change<T> & { writes: SQL[] },
): Promise<{ result: T; events: LoggedEvent[] }> {
  const events = await appendEvents(db, change.events, change.writes);
  broadcast(events);
  return { result: change.result, events };
}
