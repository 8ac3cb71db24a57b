import type { Logger } from "pino";

// The console's logger, once the server has made it (lib/logging/logger). Modules that the
// browser bundle also loads (lib/api/api-error) find it here without importing the server's
// settings.
export const loggerHolder = globalThis as unknown as { __siagaLogger?: Logger };

/** Logs an unexpected error in the console's log, or on stderr where there is none (a script). */
export function reportInternalError(error: unknown): void {
  const log = loggerHolder.__siagaLogger;
  if (log) log.error({ err: error }, "internal error");
  else console.error(error);
}
