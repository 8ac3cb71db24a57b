// POST /api/cameras/my-area - bind the signed-in monitor to a kecamatan or kelurahan
import { setMonitorArea } from "@/db/queries/monitor-areas";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { monitorAreaRoute } from "@/lib/api/routes/cameras";

export const dynamic = "force-dynamic";

export const POST = apiRoute(monitorAreaRoute, async ({ db, user, body }) => {
  if (!(await setMonitorArea(db, user.id, body.areaCode)))
    throw new ApiError(422, "invalid_input", `No kecamatan or kelurahan ${body.areaCode}.`, {
      areaCode: ["not a kecamatan or kelurahan code"],
    });
  return { areaCode: body.areaCode };
});
