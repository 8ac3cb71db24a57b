import { z } from "zod";

import { cameraWatchers } from "@/lib/cameras/watch-roles";

import { defineRoute } from "../define-route";

export const closeCameraViewsRoute = defineRoute({
  method: "POST",
  path: "/api/cameras/{id}/views/close",
  roles: cameraWatchers,
  summary:
    "The player closed the live camera: the user's open views of it end, each in the audit trail with how long it lasted (a view the player never closes ends 20 s after its last fetch)",
  response: z.object({ closed: z.number().int().describe("views ended") }),
});
