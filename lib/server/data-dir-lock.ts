import fs from "node:fs";
import path from "node:path";

// The embedded database belongs to one process. The console writes its pid here; other
// commands (import, user) read it and refuse rather than open the folder behind its back.
const lockFile = (dataDir: string) => path.join(dataDir, "console.pid");

export function holderOf(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockFile(dataDir), "utf8"));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export function lockDataDir(dataDir: string): () => void {
  const holder = holderOf(dataDir);
  if (holder) {
    throw new Error(
      `The data folder ${dataDir} is in use by process ${holder}. Stop that process, or point this one at another DATA_DIR or at DATABASE_URL.`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(lockFile(dataDir), String(process.pid));
  return () => fs.rmSync(lockFile(dataDir), { force: true });
}
