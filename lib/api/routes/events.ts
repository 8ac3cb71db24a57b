import { z } from "zod";

import { loggedEventSchema } from "@/lib/realtime/logged-event-schema";
import { eventsQuerySchema } from "@/lib/validations/events";

import { defineRoute } from "../define-route";
import { everyRole } from "./common";

export const eventsAfterRoute = defineRoute({
  method: "GET",
  path: "/api/events",
  roles: everyRole,
  summary: "Logged events after a sequence number, in order (a polsek officer's: their own station's only)",
  query: eventsQuerySchema,
  response: z.object({ events: z.array(loggedEventSchema), more: z.boolean() }),
});
