import type { Db, Tx } from "../client";
import { lastEventSeq } from "./events";

// What a screen shows first, and the point of the event log it is exact at: the data holds
// every event with seq <= S and none after, so the screen's cursor applies exactly the events
// after S, each once.
//
// Why one REPEATABLE READ snapshot rather than "read S, then the data": every statement of
// such a transaction sees the snapshot its first statement took, and in any snapshot the
// committed events are a prefix of the sequence. appendEvents draws sequence numbers only
// under pg_advisory_xact_lock, and PostgreSQL makes a commit visible before it releases the
// transaction's locks, so seq n+1 cannot be drawn, let alone seen, before seq n is visible
// (a rolled-back transaction leaves a hole, never a late arrival). A change writes its rows
// and its events in one transaction, so the snapshot holds both or neither. Read in sequence
// under READ COMMITTED, the data could also hold changes committed after S, which the cursor
// would then apply a second time; harmless with upserts, but not exact, and a screen whose
// apply is not an upsert would count them twice. It costs one read-only transaction: no
// locks, no writer waits on PostgreSQL; on PGlite the reads take the one connection for the
// few milliseconds they last, as any query does.
export async function readAtSeq<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<{ seq: number; data: T }> {
  return db.transaction(
    async (tx) => {
      const seq = await lastEventSeq(tx);
      return { seq, data: await read(tx) };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
