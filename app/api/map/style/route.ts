// GET /api/map/style - the maplibre style of the console's maps: offline, or MAP_STYLE_URL's with the console's fonts
import { apiRoute } from "@/lib/api/api-route";
import { mapStyleRoute } from "@/lib/api/routes/map";
import { mapStyle } from "@/lib/map/base-map-style";

export const dynamic = "force-dynamic";

export const GET = apiRoute(mapStyleRoute, () => mapStyle());
