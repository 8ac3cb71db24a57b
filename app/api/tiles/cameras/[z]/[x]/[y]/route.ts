// GET /api/tiles/cameras/{z}/{x}/{y} - the camera layer as a vector tile: clusters, or single cameras
import { getCameraTile } from "@/lib/cameras/camera-tile-route";

export const dynamic = "force-dynamic";

export const GET = getCameraTile;
