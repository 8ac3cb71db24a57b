// GET /api/stations/{id}/open-jobs - the jobs a station still works, asked before un-staffing it
import { openJobsOfStation } from "@/db/queries/stations";
import { apiRoute } from "@/lib/api/api-route";
import { stationOpenJobsRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

export const GET = apiRoute(stationOpenJobsRoute, ({ db, id }) => openJobsOfStation(db, id));
