import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The shared reference data (DESIGN.md) lives beside the checkout, in ../shared/data, and is
// never copied into the repository. A clone made elsewhere (a temporary folder, as CI may
// do) finds it beside the checkout it was cloned from; REFERENCE_DATA_DIR names it outright.
function findReferenceData(): string {
  const candidates = [process.env.REFERENCE_DATA_DIR, path.resolve("..", "shared", "data"), besideOrigin()];
  const found = candidates.find((dir) => dir && fs.existsSync(path.join(dir, "geo")));
  if (!found)
    throw new Error(
      "The shared reference data was not found: set REFERENCE_DATA_DIR to the folder that holds geo/ and incidents/.",
    );
  return found;
}

function besideOrigin(): string | undefined {
  try {
    const origin = execFileSync("git", ["config", "--get", "remote.origin.url"], { encoding: "utf8" }).trim();
    return origin && fs.existsSync(origin) ? path.resolve(origin, "..", "shared", "data") : undefined;
  } catch {
    return undefined;
  }
}

let dir: string | undefined;

/** A file of the shared reference data, e.g. referenceData("geo", "jakarta_kota.geojson"). */
export const referenceData = (...parts: string[]) => path.join((dir ??= findReferenceData()), ...parts);
