/**
 * Refused requests (4xx) counted by status, written as one summary line now and then instead
 * of a line each: a client retrying a bad token should not bury the log.
 */
export function createRefusalCount() {
  let counts = new Map<number, number>();
  return {
    add(status: number) {
      counts.set(status, (counts.get(status) ?? 0) + 1);
    },
    /** The counts since the last take, by status; empty when nothing was refused. */
    take(): Record<string, number> {
      const taken = Object.fromEntries([...counts].sort(([a], [b]) => a - b).map(([s, n]) => [String(s), n]));
      counts = new Map();
      return taken;
    },
  };
}
