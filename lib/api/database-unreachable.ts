// An error that says the database cannot be reached right now (refused, dropped, shut down, not
// accepting connections, or silent past the pool's connect timeout), however deep the ORM
// wrapped it: the request changed nothing and may be tried again, so it answers 503, not 500.
const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
// admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
const sqlStates = new Set(["57P01", "57P02", "57P03", "53300"]);
const messages = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "is not currently accepting connections",
  "Client has encountered a connection error",
];

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (networkCodes.has(code) || sqlStates.has(code))) return true;
    if (messages.some((m) => e instanceof Error && e.message.includes(m))) return true;
  }
  return false;
}
