import { getDb } from "@/db";
import { ApiError, errorResponse, unauthorized } from "@/lib/api/api-error";
import { userFromHeaders } from "@/lib/auth/current-user";

import { cameraTile } from "./camera-tiles";
import { isTile } from "./tile-grid";

export const TILE_TYPE = "application/vnd.mapbox-vector-tile";

// A tile answers protobuf, not `{ data }`, but is gated like every API route (any signed-in role:
// the map is everyone's); errors are the API's JSON errors.
export async function getCameraTile(
  req: Request,
  context: { params: Promise<Record<string, string | string[] | undefined>> },
): Promise<Response> {
  try {
    if (!(await userFromHeaders(req.headers))) throw unauthorized();
    const { z, x, y } = await context.params;
    const [tz, tx, ty] = [z, x, y].map((v) => (typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : NaN));
    if (!isTile(tz!, tx!, ty!))
      throw new ApiError(404, "not_found", `No camera tile ${String(z)}/${String(x)}/${String(y)} (zoom 0 to 16).`);
    const bytes = await cameraTile(getDb(), tz!, tx!, ty!);
    return new Response(bytes as BodyInit, {
      headers: { "content-type": TILE_TYPE, "cache-control": "private, max-age=30" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
