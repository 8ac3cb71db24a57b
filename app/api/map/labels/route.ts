// GET /api/map/labels - a label point for every land kota, kecamatan and kelurahan
import { areaLabelFeatures } from "@/db/queries/map-layers";
import { apiRoute } from "@/lib/api/api-route";
import { mapLabelsRoute } from "@/lib/api/routes/map";

export const dynamic = "force-dynamic";

export const GET = apiRoute(mapLabelsRoute, ({ db }) => areaLabelFeatures(db));
