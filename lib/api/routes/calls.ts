import { z } from "zod";

import { callViewSchema } from "@/lib/calls/call-view";
import {
  callsQuerySchema,
  classifyCallSchema,
  linkCallSchema,
  logCallSchema,
  trainingCallSchema,
} from "@/lib/validations/calls";

import { defineRoute } from "../define-route";

export const listCallsRoute = defineRoute({
  method: "GET",
  path: "/api/calls",
  roles: ["operator", "dispatcher", "supervisor"],
  summary: "Calls, newest first: active (the queue), callback (hung up before an answer), recent, or one status",
  query: callsQuerySchema,
  response: z.array(callViewSchema),
});

export const logCallRoute = defineRoute({
  method: "POST",
  path: "/api/calls",
  roles: ["operator", "supervisor"],
  status: 201,
  idempotent: true,
  summary: "Log a call by hand (without Twilio); it is answered by the caller of this request",
  body: logCallSchema,
  response: callViewSchema,
});

export const answerCallRoute = defineRoute({
  method: "POST",
  path: "/api/calls/{id}/answer",
  roles: ["operator", "supervisor"],
  alsoAnswers: [502],
  summary: "Take a ringing call (with Twilio: bridged to the call-taker's browser phone)",
  response: callViewSchema,
});

export const releaseCallRoute = defineRoute({
  method: "POST",
  path: "/api/calls/{id}/release",
  roles: ["operator", "supervisor"],
  summary:
    "Hand an answered, unfinished call over: it rings again for every call-taker (409 when bridged to a browser phone)",
  response: callViewSchema,
});

export const classifyCallRoute = defineRoute({
  method: "POST",
  path: "/api/calls/{id}/classify",
  roles: ["operator", "supervisor"],
  summary: "Close a call as prank, info or abandoned, without an incident",
  body: classifyCallSchema,
  response: callViewSchema,
});

export const linkCallRoute = defineRoute({
  method: "POST",
  path: "/api/calls/{id}/link",
  roles: ["operator", "supervisor"],
  summary: "Link the call to an open incident it reports again (classified duplicate)",
  body: linkCallSchema,
  response: callViewSchema,
});

export const calledBackRoute = defineRoute({
  method: "POST",
  path: "/api/calls/{id}/callback",
  roles: ["operator", "supervisor"],
  summary: "Mark an abandoned call as rung back",
  response: callViewSchema,
});

export const callerHistoryRoute = defineRoute({
  method: "GET",
  path: "/api/calls/{id}/history",
  roles: ["operator", "dispatcher", "supervisor"],
  summary: "Earlier calls from the same number, their classifications, and whether it makes repeated prank calls",
  response: z.object({
    callerNumber: z.string(),
    calls: z.array(callViewSchema),
    counts: z.record(z.string(), z.number().int()),
    repeatedPrank: z.boolean(),
  }),
});

export const trainingCallRoute = defineRoute({
  method: "POST",
  path: "/api/twilio/training",
  roles: ["operator", "supervisor"],
  status: 201,
  idempotent: true,
  alsoAnswers: [502],
  summary: "Ring a training call through the voice webhook, signed with the console's training token",
  body: trainingCallSchema,
  response: z.object({ callSid: z.string(), from: z.string() }),
});

export const twilioTokenRoute = defineRoute({
  method: "GET",
  path: "/api/twilio/token",
  roles: ["operator", "supervisor"],
  summary: "An access token for the Twilio Voice SDK (409 when Twilio is not configured)",
  response: z.object({ token: z.string(), identity: z.string(), ttlSeconds: z.number().int() }),
});

export const locationLinkRoute = defineRoute({
  method: "POST",
  path: "/api/calls/{id}/location-link",
  roles: ["operator", "dispatcher", "supervisor"],
  status: 201,
  idempotent: true,
  alsoAnswers: [404, 409],
  summary:
    "A one-time link (30 minutes, single use) for the caller's phone to send its location; texted to the caller when Twilio is configured",
  response: z.object({ url: z.string(), expiresAt: z.string(), texted: z.boolean() }),
});
