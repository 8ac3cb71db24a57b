import { z } from "zod";

import { loggedEventSchema } from "@/lib/realtime/logged-event-schema";
import { auditRoles } from "@/lib/realtime/rooms";
import { auditQuerySchema } from "@/lib/validations/audit-query";

import { defineRoute } from "../define-route";

export const auditRoute = defineRoute({
  method: "GET",
  path: "/api/audit",
  roles: auditRoles,
  summary:
    "The audit trail, newest first: every action, sign-in and refusal, and live-camera view; filtered by user (id), action (a type or a family such as auth.), from and to, paged by before (a seq)",
  query: auditQuerySchema,
  response: z.object({
    events: z.array(loggedEventSchema.extend({ actorName: z.string().nullable(), actorEmail: z.string().nullable() })),
    nextBefore: z.number().int().nullable(),
  }),
});
