import { z } from "zod";

import { footageRequestViewSchema } from "@/lib/footage/footage-request-view";
import { footageApprovers, footageFollowers, footageRequesters } from "@/lib/footage/footage-roles";
import { requestLetterSchema } from "@/lib/footage/request-letter";
import {
  createFootageRequestSchema,
  footageDecisionSchema,
  footageFollowUpSchema,
  footageListQuerySchema,
} from "@/lib/validations/footage";

import { defineRoute } from "../define-route";

export const createFootageRequestRoute = defineRoute({
  method: "POST",
  path: "/api/footage-requests",
  roles: footageRequesters,
  status: 201,
  idempotent: true,
  summary:
    "Request an on-request camera's footage for an incident with a legal basis; the window defaults to 15 minutes before the first call to 30 after (a polsek officer: incidents their station was sent to)",
  body: createFootageRequestSchema,
  response: footageRequestViewSchema,
  alsoAnswers: [404],
});

export const listFootageRequestsRoute = defineRoute({
  method: "GET",
  path: "/api/footage-requests",
  roles: footageRequesters,
  summary: "Footage requests, newest first, each flagged when still open and overwritten within two days",
  query: footageListQuerySchema,
  response: z.array(footageRequestViewSchema),
});

export const getFootageRequestRoute = defineRoute({
  method: "GET",
  path: "/api/footage-requests/{id}",
  roles: footageRequesters,
  summary: "One footage request",
  response: footageRequestViewSchema,
  alsoAnswers: [404],
});

export const decideFootageRequestRoute = defineRoute({
  method: "POST",
  path: "/api/footage-requests/{id}/decision",
  roles: footageApprovers,
  summary:
    "A supervisor approves (the letter gets its number) or refuses; 409 with the current status unless requested",
  body: footageDecisionSchema,
  response: footageRequestViewSchema,
  alsoAnswers: [404, 409],
});

export const followUpFootageRequestRoute = defineRoute({
  method: "POST",
  path: "/api/footage-requests/{id}/status",
  roles: footageFollowers,
  summary:
    "The letter followed: sent_to_owner (from approved), then received or refused by the owner; 409 with the current status otherwise",
  body: footageFollowUpSchema,
  response: footageRequestViewSchema,
  alsoAnswers: [404, 409],
});

export const footageLetterRoute = defineRoute({
  method: "GET",
  path: "/api/footage-requests/{id}/letter",
  roles: footageRequesters,
  summary: "The approved request's letter to the owner, line by line (409 before approval); as a PDF at letter.pdf",
  response: requestLetterSchema,
  alsoAnswers: [404, 409],
});
