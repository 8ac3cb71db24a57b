import { z } from "zod";

import { roles } from "@/lib/auth/roles";
import { assignmentStatuses } from "@/lib/dispatch/vocabulary";
import {
  accountDisabledSchema,
  createUserSchema,
  issueTokenSchema,
  resetPasswordSchema,
  revokeTokenSchema,
  stationEditSchema,
  updateAccountSchema,
} from "@/lib/validations/admin";

import { defineRoute } from "../define-route";

/** Only an admin runs the centre's people and stations (issue 12). */
const adminOnly = ["admin"] as const;

const accountRef = z.object({ userId: z.string(), email: z.string() });
const accountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  stationCode: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  tokens: z.array(
    z.object({ id: z.string(), name: z.string().nullable(), start: z.string().nullable(), createdAt: z.string() }),
  ),
});

export const listAccountsRoute = defineRoute({
  method: "GET",
  path: "/api/users",
  roles: adminOnly,
  summary: "Every account with its role, station, state and API tokens (their first characters only)",
  response: z.array(accountSchema),
});

export const createAccountRoute = defineRoute({
  method: "POST",
  path: "/api/users",
  roles: adminOnly,
  summary: "Make an account (a polsek officer needs a station); audited as audit.user_created. 409 if the email exists",
  body: createUserSchema,
  response: z.object({ id: z.string(), email: z.string(), role: z.enum(roles), stationCode: z.string().nullable() }),
  status: 201,
  idempotent: true,
});

export const updateAccountRoute = defineRoute({
  method: "POST",
  path: "/api/users/role",
  roles: adminOnly,
  summary: "Set an account's role and station (a station for polsek officers only); audited as audit.user_updated",
  body: updateAccountSchema,
  response: accountRef.extend({ role: z.string(), stationCode: z.string().nullable() }),
});

export const accountDisabledRoute = defineRoute({
  method: "POST",
  path: "/api/users/disabled",
  roles: adminOnly,
  summary:
    "Disable an account (refused at sign-in, every session ended, its tokens refused) or enable it again; audited",
  body: accountDisabledSchema,
  response: accountRef.extend({ disabled: z.boolean() }),
});

export const resetPasswordRoute = defineRoute({
  method: "POST",
  path: "/api/users/password",
  roles: adminOnly,
  summary: "Set a new password for an account and end its sessions; audited as audit.password_reset",
  body: resetPasswordSchema,
  response: accountRef,
});

export const issueTokenRoute = defineRoute({
  method: "POST",
  path: "/api/users/tokens",
  roles: adminOnly,
  summary:
    "Issue an API token for an account (Authorization: Bearer); the key is in this answer only. Audited as audit.token_issued",
  body: issueTokenSchema,
  response: z.object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    start: z.string().nullable(),
    key: z.string(),
  }),
  status: 201,
});

export const revokeTokenRoute = defineRoute({
  method: "POST",
  path: "/api/users/tokens/revoke",
  roles: adminOnly,
  summary: "Revoke an API token: refused from now on; audited as audit.token_revoked",
  body: revokeTokenSchema,
  response: accountRef.extend({ tokenId: z.string(), tokenName: z.string() }),
});

export const editStationRoute = defineRoute({
  method: "POST",
  path: "/api/stations/{id}",
  roles: adminOnly,
  summary:
    "Edit a station's address, phone, SMS number, jurisdiction (kecamatan codes of Jakarta) and position (inside Jakarta); every field as it should be after. 409 when nothing changes",
  body: stationEditSchema,
  response: stationEditSchema.extend({ id: z.number().int(), code: z.string() }),
});

export const stationOpenJobsRoute = defineRoute({
  method: "GET",
  path: "/api/stations/{id}/open-jobs",
  roles: ["dispatcher", "supervisor", "admin"],
  summary: "The jobs a station is still working: what un-staffing it leaves without a station",
  response: z.array(
    z.object({
      assignmentId: z.number().int(),
      status: z.enum(assignmentStatuses),
      incidentId: z.number().int(),
      number: z.string(),
      type: z.string(),
      priority: z.string(),
    }),
  ),
});
