import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { getDb } from "@/db";
import { ApiError, errorResponse, forbidden, unauthorized } from "@/lib/api/api-error";
import { readLimited } from "@/lib/api/read-json";
import { userFromHeaders } from "@/lib/auth/current-user";
import { rebuildClusters } from "@/lib/cameras/camera-clusters";
import { scheduleCoverage } from "@/lib/coverage/schedule-coverage";

import { formatSummary } from "./format-summary";
import { importFile, planImport } from "./import-file";
import { describeRef } from "./row-source";

/** A registry of a few hundred thousand rows; bigger ones go through `npm run import`. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

// An admin's CSV of cameras, imported as `npm run import -- cameras FILE` would, in one
// transaction: the answer reports each rejected row (the first 20) with its line and reason.
export async function uploadCameras(req: Request): Promise<Response> {
  let dir: string | null = null;
  try {
    const user = await userFromHeaders(req.headers);
    if (!user) throw unauthorized();
    if (user.role !== "admin") throw forbidden("POST /api/cameras/import");
    const type = (req.headers.get("content-type") ?? "").toLowerCase();
    if (!type.startsWith("text/csv"))
      throw new ApiError(415, "unsupported_media_type", "Send the cameras as text/csv.");
    const name = (new URL(req.url).searchParams.get("name") ?? "upload.csv").replace(/[^\w.-]/g, "_").slice(0, 80);
    const text = await readText(req);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siaga-upload-"));
    const file = path.join(dir, name.endsWith(".csv") ? name : `${name}.csv`);
    fs.writeFileSync(file, text);
    let plan;
    try {
      plan = await planImport("cameras", file);
    } catch (error) {
      throw new ApiError(422, "unreadable_file", `Cannot import ${name}: ${(error as Error).message}.`);
    }
    const began = performance.now();
    const db = getDb();
    const result = await db.transaction((tx) => importFile(tx, "cameras", file, { plan, source: `upload:${name}` }));
    await rebuildClusters(db);
    void scheduleCoverage(db);
    return Response.json({
      data: {
        imported: result.imported,
        rejected: result.rejected,
        repeated: result.repeated,
        unusedColumns: result.unusedColumns,
        reasons: result.reasons.map((r) => ({ where: describeRef(r.ref), reason: r.reason })),
        summary: formatSummary(name, result, (performance.now() - began) / 1000),
      },
    });
  } catch (error) {
    return errorResponse(error);
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function readText(req: Request): Promise<string> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) throw tooLarge();
  return readLimited(req, MAX_UPLOAD_BYTES, tooLarge);
}

const tooLarge = () => new ApiError(413, "body_too_large", `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
