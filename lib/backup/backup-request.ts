import fs from "node:fs";
import path from "node:path";

import { z } from "zod";

// A backup of an embedded database that a running console holds is made by that console: the
// command leaves a request in the data folder and signals the holder (SIGUSR2); the console
// writes the tarball where asked, or an `.error` file beside it saying why not.
const requestFile = (dataDir: string) => path.join(dataDir, "backup-request.json");
const requestSchema = z.object({ target: z.string().min(1) });

/** In the console: answers each backup request with a dump of its database. */
export function answerBackupRequests(
  dataDir: string,
  dump: () => Promise<Blob>,
  log: { info: (line: string) => void; error: (line: string) => void },
): void {
  process.on("SIGUSR2", () => {
    let target: string;
    try {
      target = requestSchema.parse(JSON.parse(fs.readFileSync(requestFile(dataDir), "utf8"))).target;
      fs.rmSync(requestFile(dataDir));
    } catch {
      return; // a stray signal, or a request already answered
    }
    void writeDump(dump, target)
      .then(() => log.info(`backup written to ${target}`))
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        fs.writeFileSync(`${target}.error`, message);
        log.error(`backup failed: ${message}`);
      });
  });
}

/** Writes the dump to a partial file first: the target exists only once it is whole. */
export async function writeDump(dump: () => Promise<Blob>, target: string): Promise<void> {
  const blob = await dump();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(`${target}.partial`, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(`${target}.partial`, target);
}

/** In the command: asks the console `holder` for a backup at `target` and waits for it. */
export async function requestBackup(dataDir: string, holder: number, target: string, timeoutMs = 300_000) {
  fs.rmSync(target, { force: true });
  fs.rmSync(`${target}.error`, { force: true });
  fs.writeFileSync(requestFile(dataDir), JSON.stringify({ target }));
  process.kill(holder, "SIGUSR2");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(target)) return;
    if (fs.existsSync(`${target}.error`)) {
      const message = fs.readFileSync(`${target}.error`, "utf8");
      fs.rmSync(`${target}.error`);
      throw new Error(`the console could not write the backup: ${message}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the console (process ${holder}) wrote no backup within ${timeoutMs / 1000} s`);
}
