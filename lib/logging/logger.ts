import pino, { type Logger } from "pino";

import { env } from "@/lib/env";

import { loggerHolder } from "./logger-holder";
import { scrubPersonalData } from "./scrub";

// Anything that may name a caller, sign someone in or open a camera, wherever it sits in a
// logged object. Not logging such values is the rule; this catches what slips through.
const redactPaths = [
  "callerNumber",
  "calledNumber",
  "password",
  "token",
  "secret",
  "streamUrl",
  "authorization",
  "cookie",
  "headers.authorization",
  "headers.cookie",
  "headers['x-api-key']",
].flatMap((p) => [p, `*.${p}`, `*.*.${p}`]);

function createLogger(): Logger {
  return pino({
    level: env.LOG_LEVEL,
    base: { name: "siaga" },
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: {
      // An error's message and stack may quote a failed query with its parameters: a caller's
      // number among them. Only the scrubbed text is kept.
      err: (error: unknown) => {
        if (!(error instanceof Error)) return { message: scrubPersonalData(String(error)) };
        return {
          type: error.name,
          message: scrubPersonalData(error.message),
          stack: error.stack ? scrubPersonalData(error.stack) : undefined,
        };
      },
    },
    hooks: {
      // Messages are scrubbed too: a number quoted in a sentence is still a number.
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === "string" ? scrubPersonalData(a) : a)) as Parameters<typeof method>,
        );
      },
    },
  });
}

/** The console's structured log: one JSON line per entry on stdout, at LOG_LEVEL and above. */
export function logger(): Logger {
  // Route handlers are bundled apart from the server by Next.js; they share the one logger.
  loggerHolder.__siagaLogger ??= createLogger();
  return loggerHolder.__siagaLogger;
}
