import { getDatabase, getDb } from "@/db";
import { type CameraRow, upsertCameras } from "@/db/queries/upsert-cameras";
import { createApiToken, createUser, createUserSchema } from "@/lib/auth/create-user";
import { openConsoleDatabase, quietLog } from "@/lib/server/open-console-database";

// Run before the console starts (it would hold the embedded database): makes the accounts a
// benchmark needs in one process and prints their API tokens as JSON, in the order given; and
// the cameras it needs (a live one pointed at a test stream).
const wanted = JSON.parse(process.argv[2] ?? "[]") as { email: string; role: string; stationCode?: string }[];
const cameras = JSON.parse(process.argv[3] ?? "[]") as CameraRow[];
await openConsoleDatabase(quietLog);
await upsertCameras(getDb(), cameras);
const tokens: string[] = [];
for (const u of wanted) {
  const { id } = await createUser(createUserSchema.parse({ ...u, password: "bench-password-0123", name: u.email }));
  tokens.push(await createApiToken(id));
}
await getDatabase().close();
console.log(JSON.stringify(tokens));
