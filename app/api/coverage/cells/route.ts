// GET /api/coverage/cells - the coverage grid as GeoJSON hexagons, for the blind-spot layer
import { coverageCells } from "@/db/queries/coverage";
import { apiRoute } from "@/lib/api/api-route";
import { coverageCellsRoute } from "@/lib/api/routes/coverage";
import { cellsToGeoJson } from "@/lib/coverage/cells-to-geojson";

export const dynamic = "force-dynamic";

export const GET = apiRoute(coverageCellsRoute, async ({ db }) => cellsToGeoJson(await coverageCells(db)));
