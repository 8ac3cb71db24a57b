/** Runs `work` after every earlier work of the same key has settled; different keys run side by side. */
export function keyedQueue() {
  const tails = new Map<string | number, Promise<unknown>>();
  return <T>(key: string | number, work: () => Promise<T>): Promise<T> => {
    const before = tails.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    // The map holds only keys with work pending, not every call ever answered.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

// Route handlers are bundled by Next.js apart from lib/server, each bundle with its own copy
// of this module; the process's one queue lives on globalThis, as the database does.
const holder = globalThis as unknown as { __siagaAnswerQueue?: ReturnType<typeof keyedQueue> };

/** The answers to one call, taken one at a time in this process. */
export const oneAnswerAtATime = <T>(callId: number, work: () => Promise<T>): Promise<T> =>
  (holder.__siagaAnswerQueue ??= keyedQueue())(callId, work);
