import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

let available: Promise<boolean> | undefined;

/** Whether a speech engine (Debian's espeak-ng) is installed; asked once. */
export function speechAvailable(): Promise<boolean> {
  available ??= run("espeak-ng", ["--version"], { timeout: 5000 }).then(
    () => true,
    () => false,
  );
  return available;
}

// A caller's line spoken with espeak-ng's Indonesian voice, as a WAV file. Written to a file
// rather than stdout: on a pipe espeak-ng cannot go back to fill in the WAV header's sizes.
// Stage directions in brackets ("(sambungan terputus)") are not spoken.
export async function speakLine(text: string): Promise<Buffer> {
  const spoken = text.replace(/\([^)]*\)/g, " ").trim() || "...";
  const dir = await mkdtemp(path.join(tmpdir(), "siaga-speech-"));
  try {
    const file = path.join(dir, "line.wav");
    await run("espeak-ng", ["-v", "id", "-s", "150", "-w", file, "--", spoken], { timeout: 10_000 });
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
