import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { env } from "@/lib/env";

// Without AUTH_SECRET the console keeps one in its data folder, so that sessions outlive a
// restart. Several processes behind a load balancer must share AUTH_SECRET instead.
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.join(env.DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(env.DATA_DIR, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
