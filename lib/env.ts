import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

import { roles } from "@/lib/auth/roles";
import { ackTimeoutsSchema } from "@/lib/validations/ack-timeouts";
import { originListSchema } from "@/lib/validations/origins";
import { responseTargetsSchema } from "@/lib/validations/response-targets";

// The one place that reads process.env; a bad setting stops the console at start.
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default("0.0.0.0"),
    DATA_DIR: z.string().default("./.data"),
    DATABASE_URL: z.string().url().startsWith("postgres").optional(),
    // Connections to PostgreSQL per console process. Few are enough for two cores, and past a
    // small number, queued transactions wait on each other's locks instead of in the pool.
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(8),
    // `postgres` when several console processes share one PostgreSQL: socket.io's PostgreSQL
    // adapter carries each broadcast to the sockets of every process. One process needs none,
    // and would only pay a NOTIFY per broadcast.
    REALTIME_ADAPTER: z.enum(["none", "postgres"]).default("none"),
    PUBLIC_BASE_URL: z.string().url().optional(),
    // Other addresses the console is reached at (its LAN address, a second host name): sign-in
    // from a page whose origin is in neither this list nor PUBLIC_BASE_URL is refused.
    TRUSTED_ORIGINS: originListSchema.default([]),
    AUTH_SECRET: z.string().min(32).optional(),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(8).optional(),
    SEED_CAMERAS: z.coerce.number().int().min(0).max(1_000_000).default(20_000),
    // Seconds a camera that reports heartbeats (POST /api/cameras/{id}/heartbeat) may stay silent
    // before the console marks it offline, as an event; cameras that never reported keep the
    // health their registry gives.
    CAMERA_OFFLINE_AFTER_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
    MAPBOX_TOKEN: z.string().optional(),
    // Where the console's server asks Mapbox's geocoding (https://api.mapbox.com); only set to a
    // local stand-in in tests.
    MAPBOX_API_BASE_URL: z.string().url().default("https://api.mapbox.com"),
    // A centre's own tile server's style (Protomaps or OpenMapTiles, served over http(s)) as the
    // base of the maplibre maps, for streets without a Mapbox token; the console's layers and
    // labels go on top, drawn with the console's own fonts.
    MAP_STYLE_URL: z.string().url().startsWith("http").optional(),
    TWILIO_ACCOUNT_SID: z.string().startsWith("AC").optional(),
    TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
    TWILIO_API_KEY: z.string().startsWith("SK").optional(),
    TWILIO_API_SECRET: z.string().optional(),
    TWILIO_TWIML_APP_SID: z.string().startsWith("AP").optional(),
    // The number (or messaging service SID) dispatch SMS to a polsek are sent from; with the
    // account SID and auth token, every dispatch also texts the station's SMS number.
    TWILIO_SMS_FROM: z.string().min(3).optional(),
    // Where the Twilio REST client sends requests; only set to a local stand-in in tests.
    TWILIO_API_BASE_URL: z.string().url().optional(),
    // Seconds an answered call may stay with a call-taker without a classification or an
    // incident before the console itself puts it back in the queue for someone else.
    // Minutes a caller's one-time location link stays usable (it is also single use).
    LOCATION_LINK_MINUTES: z.coerce.number().min(0.05).max(1440).default(30),
    CALL_HANDLING_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
    // Seconds a polsek has to acknowledge a job, per priority (`P1=60,P2=60,P3=180,P4=180`;
    // priorities left out keep their default) before the dispatcher is alerted.
    ACK_TIMEOUT_SECONDS: ackTimeoutsSchema,
    // The supervisor's targets, `MEASURE=SECONDS:PERCENT` comma separated (answer, processing,
    // acknowledgement, travel, total); a measure named replaces its defaults (NENA, NFPA 1225,
    // Jakarta Siaga 112's own: lib/validations/response-targets.ts).
    RESPONSE_TARGETS: responseTargetsSchema,
    // An OSRM server (http://host:5000) whose table service estimates travel to an incident;
    // without it, the straight line times a detour factor over the hour's speed.
    ROUTING_URL: z.string().url().optional(),
    // How long a caller's number is kept with their call (UU PDP 27/2022); after that a daily job
    // (and `npm run retention`) replaces it with "anonim" and records that it did.
    CALL_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
    // A signed-in session not used for this long is over (CJIS asks for 30 minutes): the server
    // refuses it and the page shows the sign-in again.
    SESSION_IDLE_SECONDS: z.coerce.number().int().min(5).max(86_400).default(1800),
    // Roles whose people must sign in with a second factor (a TOTP app): e.g. `supervisor,admin`.
    // Until they have enrolled one, they reach only the enrolment page. API tokens are not asked.
    REQUIRE_2FA_ROLES: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(roles)))
      .default([]),
    LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
    // Names this process in an X-Console-Instance header on every answer: which of several
    // consoles behind a load balancer answered, and, in tests, that the console started is the
    // one listening on its port.
    INSTANCE_ID: z.string().min(1).max(64).optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

if (env.REALTIME_ADAPTER === "postgres" && !env.DATABASE_URL) {
  throw new Error("REALTIME_ADAPTER=postgres needs DATABASE_URL: the processes it joins share one PostgreSQL server.");
}

/** The origin the browser reaches MAP_STYLE_URL's tiles, glyphs and sprites at, if one is set. */
export const mapStyleOrigin = () => (env.MAP_STYLE_URL ? new URL(env.MAP_STYLE_URL).origin : null);

export const baseUrl = () => env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`;

/** Every origin a browser may sign in from: PUBLIC_BASE_URL's, then TRUSTED_ORIGINS. */
export const trustedOrigins = () => [...new Set([new URL(baseUrl()).origin, ...env.TRUSTED_ORIGINS])];

/** Dispatch SMS go out when the account, its auth token and a sender are set. */
export const smsConfigured = () => Boolean(env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_SMS_FROM);

/** Twilio is configured when every part the browser phone needs is set. */
export const twilioConfigured = () =>
  Boolean(
    env.TWILIO_ACCOUNT_SID &&
    env.TWILIO_AUTH_TOKEN &&
    env.TWILIO_API_KEY &&
    env.TWILIO_API_SECRET &&
    env.TWILIO_TWIML_APP_SID,
  );
