// GET /api/tiles/cameras/{z}/{x}/{y} - the camera layer as a vector tile: clusters, or single cameras
import { tileRoute } from "@/lib/api/tile-route";
import { cameraTile } from "@/lib/cameras/camera-tiles";
import { isTile, MAX_TILE_ZOOM } from "@/lib/cameras/tile-grid";

export const dynamic = "force-dynamic";

export const GET = tileRoute({
  name: "camera",
  zooms: { min: 0, max: MAX_TILE_ZOOM },
  exists: isTile,
  tile: cameraTile,
  maxAgeSeconds: 30,
});
