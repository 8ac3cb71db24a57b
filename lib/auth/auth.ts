import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";

import { getDb } from "@/db";
import * as schema from "@/db/schema";
import { baseUrl, env, trustedOrigins } from "@/lib/env";
import { logger } from "@/lib/logging/logger";

import { authSecret } from "./secret";
import { signInHooks } from "./sign-in-hooks";

function createAuth() {
  return betterAuth({
    appName: "Jakarta Siaga 112",
    baseURL: baseUrl(),
    // Every address the console is reached at; a page elsewhere is refused (403 INVALID_ORIGIN).
    trustedOrigins: trustedOrigins(),
    secret: authSecret(),
    database: drizzleAdapter(getDb(), {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        apikey: schema.apikey,
        rateLimit: schema.rateLimit,
        twoFactor: schema.twoFactor,
      },
    }),
    // Accounts are made by an admin, never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    // A session lives for the idle time after its last use: each use (at most once per
    // updateAge) pushes its end further. No cookie cache: a session signed out or expired is
    // refused on the very next request, whatever copy of the cookie comes with it.
    session: {
      expiresIn: env.SESSION_IDLE_SECONDS,
      updateAge: Math.max(1, Math.min(60, Math.floor(env.SESSION_IDLE_SECONDS / 5))),
      cookieCache: { enabled: false },
    },
    // Cookies only over https when the console is published over it (a proxy ends TLS).
    advanced: { useSecureCookies: baseUrl().startsWith("https:") },
    user: { additionalFields: { stationId: { type: "number", required: false, input: false } } },
    // Guessing passwords is slowed per client address, in the database so that every console
    // process counts the same tries; the console's own API is not limited. The address limit
    // is loose, since a whole control room may share one address: each account's own limit
    // and lockout (signInHooks) is the tight one.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 600,
      customRules: { "/sign-in/email": { window: 60, max: 30 } },
    },
    hooks: signInHooks,
    // A refused API key is an ordinary 401, not an error worth a stack on the console; what
    // better-auth does say goes to the console's own log, scrubbed like every line there.
    logger: {
      level: env.LOG_LEVEL === "debug" ? "debug" : "error",
      disabled: env.LOG_LEVEL === "silent",
      log: (level, message, ...args: unknown[]) => {
        const err = args.find((a) => a instanceof Error);
        // A refusal better-auth reports as an error (a bad API key) is the client's affair.
        const refusal = err && Number((err as { statusCode?: unknown }).statusCode) < 500;
        logger()[refusal ? "debug" : level]({ from: "better-auth", ...(err ? { err } : {}) }, message);
      },
    },
    plugins: [
      admin({
        defaultRole: "operator",
        adminRoles: ["admin"],
        roles: {
          admin: adminAc,
          operator: userAc,
          dispatcher: userAc,
          polsek: userAc,
          supervisor: userAc,
          monitor: userAc,
        },
      }),
      apiKey({ defaultPrefix: "siaga_", rateLimit: { enabled: false }, keyExpiration: { defaultExpiresIn: null } }),
      // TOTP (an authenticator app) as the second factor; REQUIRE_2FA_ROLES says who must use it.
      twoFactor({ issuer: "Jakarta Siaga 112" }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

let instance: Auth | undefined;
/** Built on first use, after the console has opened the database. */
export function getAuth(): Auth {
  instance ??= createAuth();
  return instance;
}
