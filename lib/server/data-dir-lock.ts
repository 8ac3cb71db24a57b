import fs from "node:fs";
import path from "node:path";

import { flockSync } from "fs-ext";

// The embedded database belongs to one process. That process holds an OS lock (flock) on this
// file while it runs; the kernel lets go when the process ends however it ends (kill -9, a
// crash, a power cut), so a console started again at once never finds a stale lock, and a
// pid reused after a reboot means nothing. The pid written inside only names the holder.
const lockFile = (dataDir: string) => path.join(dataDir, "console.lock");

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: number | null,
  ) {
    super(
      `The data folder ${dataDir} is in use by ${holder ? `process ${holder}` : "another process"}. Stop that process, or point this one at another DATA_DIR or at DATABASE_URL.`,
    );
  }
}

const isBusy = (error: unknown) => ["EWOULDBLOCK", "EAGAIN"].includes((error as { code?: string }).code ?? "");

function readHolder(fd: number): number | null {
  const buffer = Buffer.alloc(16);
  const pid = Number(buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8"));
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function openLockFile(dataDir: string): number {
  fs.mkdirSync(dataDir, { recursive: true });
  // Not truncated on open: the holder's pid stays readable to whoever is refused.
  return fs.openSync(lockFile(dataDir), fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
}

/** Takes the folder for this process, or throws DataDirBusyError; the returned function lets go. */
export function lockDataDir(dataDir: string): () => void {
  const fd = openLockFile(dataDir);
  try {
    flockSync(fd, "exnb");
  } catch (error) {
    const holder = isBusy(error) ? readHolder(fd) : null;
    fs.closeSync(fd);
    throw isBusy(error) ? new DataDirBusyError(dataDir, holder) : error;
  }
  fs.ftruncateSync(fd, 0);
  fs.writeSync(fd, String(process.pid), 0);
  let held = true;
  return () => {
    if (held) fs.closeSync(fd);
    held = false;
  };
}
