import type { LoggedEvent } from "./events";

export interface EventCursor {
  /** An event pushed over the socket. */
  receive(event: LoggedEvent): Promise<void>;
  /** Fetch and apply everything after the last sequence seen (on every reconnect). */
  resync(): Promise<void>;
  readonly lastSeq: number;
}

// Applies each event exactly once and in sequence order. A pushed event that skips ahead
// triggers a fetch of what lies between; sequence numbers may have holes (a rolled-back
// transaction), so the fetch, not the count, says what exists.
export function createEventCursor(opts: {
  lastSeq: number;
  fetchAfter: (seq: number) => Promise<LoggedEvent[]>;
  apply: (event: LoggedEvent) => void;
}): EventCursor {
  let last = opts.lastSeq;
  let chain: Promise<void> = Promise.resolve();
  const serial = (work: () => Promise<void>) => (chain = chain.then(work, work));

  const applyInOrder = (events: readonly LoggedEvent[]) => {
    for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
      if (e.seq <= last) continue;
      last = e.seq;
      opts.apply(e);
    }
  };
  const fetchMissed = async () => applyInOrder(await opts.fetchAfter(last));

  return {
    receive: (event) =>
      serial(async () => {
        if (event.seq <= last) return;
        if (event.seq !== last + 1) await fetchMissed();
        applyInOrder([event]);
      }),
    resync: () => serial(fetchMissed),
    get lastSeq() {
      return last;
    },
  };
}
