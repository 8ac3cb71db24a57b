// POST /api/stations/{id}/staffing - mark a station staffed or not (dispatcher, supervisor, admin, own polsek)
import { z } from "zod";
import { apiRoute } from "@/lib/api/api-route";
import { readJson } from "@/lib/api/read-json";
import { roles } from "@/lib/auth/roles";
import { setStationStaffing } from "@/lib/stations/set-station-staffing";

const bodySchema = z.object({ staffed: z.boolean() });

export const POST = apiRoute<{ id: string }>(roles, async ({ req, user, params }) => {
  const stationId = z.coerce.number().int().positive().parse(params.id);
  const { staffed } = await readJson(req, bodySchema);
  return Response.json({ data: await setStationStaffing(user, { stationId, staffed }) });
});
