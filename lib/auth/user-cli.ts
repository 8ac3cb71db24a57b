import { parseArgs } from "node:util";

import { getDatabase } from "@/db";
import { env } from "@/lib/env";
import { DataDirBusyError, lockDataDir } from "@/lib/server/data-dir-lock";
import { openConsoleDatabase, quietLog } from "@/lib/server/open-console-database";

import { createApiToken, createUser, createUserSchema } from "./create-user";
import { roles } from "./roles";

// npm run user -- create --email E --role R [--station CODE] [--password P] [--token]
const usage = `Usage: npm run user -- create --email E --role ${roles.join("|")} [--station CODE] [--password P] [--name N] [--token]
  Without --password a random one is made and printed. With --token an API token for
  "Authorization: Bearer" is printed on the last line.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    station: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    token: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help || positionals[0] !== "create") {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const password = values.password ?? (await import("node:crypto")).randomBytes(12).toString("base64url");
const input = createUserSchema.safeParse({
  email: values.email,
  role: values.role,
  stationCode: values.station,
  password,
  name: values.name,
});
if (!input.success) {
  const flag = (key: string) => (key === "stationCode" ? "station" : key);
  for (const issue of input.error.issues) console.error(`--${flag(issue.path.join(".")) || "input"}: ${issue.message}`);
  console.error(usage);
  process.exit(2);
}

// The embedded database belongs to the console that holds it; never open it behind its back.
let unlock = () => {};
try {
  if (!env.DATABASE_URL) unlock = lockDataDir(env.DATA_DIR);
} catch (error) {
  if (!(error instanceof DataDirBusyError)) throw error;
  console.error(
    `The console (${error.holder ? `process ${error.holder}` : "another process"}) holds the embedded database in ${env.DATA_DIR}. Stop it first (Ctrl-C), then run this command again, or use DATABASE_URL.`,
  );
  process.exit(3);
}
try {
  await openConsoleDatabase(quietLog);
  const { id } = await createUser(input.data);
  console.log(
    `Created ${input.data.role} ${input.data.email}${input.data.stationCode ? ` at ${input.data.stationCode}` : ""}.`,
  );
  if (!values.password) console.log(`Password: ${password}`);
  if (values.token) console.log(await createApiToken(id));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await getDatabase().close();
  unlock();
}
