import { z } from "zod";

import { roles } from "@/lib/auth/roles";

/** Every role: the map, places and cameras are everyone's shared view of Jakarta. */
export const everyRole = roles;

/** A plain acknowledgement of a change with nothing more to say. */
export const changedSchema = z.object({ changed: z.boolean() });

/** The figures are the supervisor's and the admin's: how fast the centre and the polsek answer. */
export const figureRoles = ["supervisor", "admin"] as const;
