// GET /api/coverage/areas - camera coverage per kecamatan and kelurahan, least covered first
import { coverageByArea } from "@/db/queries/coverage";
import { apiRoute } from "@/lib/api/api-route";
import { coverageAreasRoute } from "@/lib/api/routes/coverage";

export const dynamic = "force-dynamic";

export const GET = apiRoute(coverageAreasRoute, async ({ db }) => ({ areas: await coverageByArea(db) }));
