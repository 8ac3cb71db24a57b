import { spawnSync } from "node:child_process";
import fs from "node:fs";

// `npm start`: build once when there is no production build, then run the console.
if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("[siaga] No production build yet: running `next build` (about a minute, once).");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import("./main");
