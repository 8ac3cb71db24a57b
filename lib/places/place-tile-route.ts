import { getDb } from "@/db";
import { ApiError, errorResponse, unauthorized } from "@/lib/api/api-error";
import { userFromHeaders } from "@/lib/auth/current-user";
import { TILE_TYPE } from "@/lib/cameras/camera-tile-route";

import { isPlaceTile, PLACE_MAX_ZOOM, PLACE_MIN_ZOOM, placeTile } from "./place-tiles";

// Gated like the camera tiles: any signed-in role; errors are the API's JSON errors.
export async function getPlaceTile(
  req: Request,
  context: { params: Promise<Record<string, string | string[] | undefined>> },
): Promise<Response> {
  try {
    if (!(await userFromHeaders(req.headers))) throw unauthorized();
    const { z, x, y } = await context.params;
    const [tz, tx, ty] = [z, x, y].map((v) => (typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : NaN));
    if (!isPlaceTile(tz!, tx!, ty!))
      throw new ApiError(
        404,
        "not_found",
        `No landmark tile ${String(z)}/${String(x)}/${String(y)} (zoom ${PLACE_MIN_ZOOM} to ${PLACE_MAX_ZOOM}).`,
      );
    const bytes = await placeTile(getDb(), tz!, tx!, ty!);
    return new Response(bytes as BodyInit, {
      headers: { "content-type": TILE_TYPE, "cache-control": "private, max-age=60" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
