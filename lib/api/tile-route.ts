import { type Db, getDb } from "@/db";
import { userFromHeaders } from "@/lib/auth/current-user";

import { ApiError, errorResponse, unauthorized } from "./api-error";

const TILE_TYPE = "application/vnd.mapbox-vector-tile";

type TileParams = { params: Promise<Record<string, string | string[] | undefined>> };

// A vector tile answers protobuf, not `{ data }`, but is gated like every API route (any
// signed-in role: the map is everyone's); a bad or unknown tile gets the API's JSON error.
export function tileRoute(opts: {
  /** What the layer's tiles are, for the 404: "camera", "landmark". */
  name: string;
  zooms: { min: number; max: number };
  exists: (z: number, x: number, y: number) => boolean;
  tile: (db: Db, z: number, x: number, y: number) => Promise<Uint8Array>;
  maxAgeSeconds: number;
}) {
  return async (req: Request, context: TileParams): Promise<Response> => {
    try {
      if (!(await userFromHeaders(req.headers))) throw unauthorized();
      const { z, x, y } = await context.params;
      const [tz, tx, ty] = [z, x, y].map((v) => (typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : NaN));
      if (!opts.exists(tz!, tx!, ty!))
        throw new ApiError(
          404,
          "not_found",
          `No ${opts.name} tile ${String(z)}/${String(x)}/${String(y)} (zoom ${opts.zooms.min} to ${opts.zooms.max}).`,
        );
      const bytes = await opts.tile(getDb(), tz!, tx!, ty!);
      return new Response(bytes as BodyInit, {
        headers: { "content-type": TILE_TYPE, "cache-control": `private, max-age=${opts.maxAgeSeconds}` },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
