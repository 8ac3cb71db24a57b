import { z } from "zod";
import { stationStaffingSchema } from "@/lib/stations/set-station-staffing";
import { callsQuerySchema, classifyCallSchema, linkCallSchema, logCallSchema, releaseCallSchema, trainingCallSchema } from "@/lib/validations/calls";
import { createIncidentSchema, duplicatesQuerySchema, incidentsQuerySchema } from "@/lib/validations/incident";
import { twilioStatusSchema, twilioVoiceSchema } from "@/lib/validations/twilio";
import { camerasNearQuerySchema, pointQuerySchema } from "@/lib/validations/coordinates";
import { eventsQuerySchema } from "@/lib/validations/events";

// The OpenAPI 3.1 document, built from the same zod schemas the routes parse with, so that
// it cannot drift from what the console accepts.
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
const queryParams = (schema: z.ZodObject) =>
  Object.entries(json(schema).properties ?? {}).map(([name, s]) => ({ name, in: "query", required: (json(schema).required ?? []).includes(name), schema: s }));

const errorResponse = { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse };
const ok = (description: string) => ({ description, content: { "application/json": {} } });
const jsonBody = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: json(schema) } } });
const formBody = (schema: z.ZodType) => ({ required: true, content: { "application/x-www-form-urlencoded": { schema: json(schema) } } });
const idPath = [{ name: "id", in: "path", required: true, schema: { type: "integer" } }];
const twilioSigned = { security: [], parameters: [{ name: "X-Twilio-Signature", in: "header", required: true, schema: { type: "string" } }] };

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Jakarta Siaga 112 console API", version: "0.1.0", description: "Coordinates are WGS 84 (lat, lon in degrees). Authenticate with the session cookie or `Authorization: Bearer <token>` (`npm run user -- create ... --token`)." },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" } },
      schemas: {
        Error: {
          type: "object", required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } } } },
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      "/api/auth/{path}": { post: { summary: "better-auth: POST /api/auth/sign-in/email { email, password } sets the session cookie; /api/auth/sign-out ends it", security: [], parameters: [{ name: "path", in: "path", required: true, schema: { type: "string" } }], responses: { 200: ok("session") } } },
      "/api/openapi.json": { get: { summary: "This document", security: [], responses: { 200: ok("OpenAPI 3.1") } } },
      "/api/health": { get: { summary: "Health and row counts (no sign-in)", security: [], responses: { 200: ok("{ ok, database, counts }"), 503: errorResponse } } },
      "/api/events": { get: { summary: "Committed events after a sequence number, in order", parameters: queryParams(eventsQuerySchema), responses: { 200: ok("{ events, more }"), ...errors } } },
      "/api/cameras/near": { get: { summary: "Cameras ranked for a place: sees it and live first", parameters: queryParams(camerasNearQuerySchema), responses: { 200: ok("{ cameras: [{ id, name, distanceM, sees, accessMode, ownerType, status }] }"), ...errors } } },
      "/api/geo/locate": { get: { summary: "Kelurahan, kecamatan and kota of a point; whether it is inside Jakarta", parameters: queryParams(pointQuerySchema), responses: { 200: ok("{ kelurahan, kecamatan, kota, method, insideJakarta }"), ...errors } } },
      "/api/stations/{id}/staffing": {
        post: {
          summary: "Mark a station staffed or not", parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          requestBody: { required: true, content: { "application/json": { schema: json(stationStaffingSchema.pick({ staffed: true })) } } },
          responses: { 200: ok("{ data: { stationId, staffed } }"), ...errors },
        },
      },
      "/api/calls": {
        get: { summary: "Calls, newest first: active (the queue), callback (hung up before an answer), recent, or one status", parameters: queryParams(callsQuerySchema), responses: { 200: ok("{ calls }"), ...errors } },
        post: { summary: "Log a call by hand (without Twilio); it is answered by the caller of this request", requestBody: jsonBody(logCallSchema), responses: { 201: ok("{ data: call }"), ...errors } },
      },
      "/api/calls/{id}/answer": { post: { summary: "Take a ringing call (with Twilio: bridged to the call-taker's browser phone)", parameters: idPath, responses: { 200: ok("{ data: call }"), 502: errorResponse, ...errors } } },
      "/api/calls/{id}/release": {
        post: {
          summary: "Hand an answered, unfinished call over: it rings again for every call-taker (event call.released, reason handover). "
            + "409 if it is not in progress, is already classified or linked, or its caller is bridged to a browser phone (Twilio). "
            + "The console does the same by itself after CALL_HANDLING_TIMEOUT_SECONDS (reason timeout).",
          parameters: idPath, requestBody: { required: false, content: { "application/json": { schema: json(releaseCallSchema) } } },
          responses: { 200: ok("{ data: call }"), ...errors },
        },
      },
      "/api/calls/{id}/classify": { post: { summary: "Close a call as prank, info or abandoned, without an incident", parameters: idPath, requestBody: jsonBody(classifyCallSchema), responses: { 200: ok("{ data: call }"), ...errors } } },
      "/api/calls/{id}/link": { post: { summary: "Link the call to an open incident it reports again (classified duplicate)", parameters: idPath, requestBody: jsonBody(linkCallSchema), responses: { 200: ok("{ data: call }"), ...errors } } },
      "/api/calls/{id}/callback": { post: { summary: "Mark an abandoned call as rung back", parameters: idPath, responses: { 200: ok("{ data: call }"), ...errors } } },
      "/api/calls/{id}/history": { get: { summary: "Earlier calls from the same number, their classifications, and whether it makes repeated prank calls", parameters: idPath, responses: { 200: ok("{ callerNumber, calls, counts, repeatedPrank }"), ...errors } } },
      "/api/incidents": {
        get: { summary: "Incidents, most urgent and oldest first", parameters: queryParams(incidentsQuerySchema), responses: { 200: ok("{ incidents }"), ...errors } },
        post: { summary: "A new incident: its place resolved to kelurahan, kecamatan and kota (422 outside Jakarta), numbered 112-YYYYMMDD-NNNN", requestBody: jsonBody(createIncidentSchema), responses: { 201: ok("{ data: incident }"), ...errors } },
      },
      "/api/incidents/{id}": { get: { summary: "One incident with its calls, assignments and timeline", parameters: idPath, responses: { 200: ok("incident with calls, assignments, timeline"), ...errors } } },
      "/api/incidents/duplicates": { get: { summary: "Open incidents of the same type within 300 m made in the last 30 minutes", parameters: queryParams(duplicatesQuerySchema), responses: { 200: ok("{ incidents: [incident + distanceM] }"), ...errors } } },
      "/api/areas/search": { get: { summary: "Kelurahan and kecamatan by name, with a point each", parameters: [{ name: "q", in: "query", required: true, schema: { type: "string", minLength: 2 } }], responses: { 200: ok("{ areas }"), ...errors } } },
      "/api/twilio/voice": { post: { summary: "Twilio's incoming-call webhook: stores the call once per CallSid, answers TwiML that greets and queues", ...twilioSigned, requestBody: formBody(twilioVoiceSchema), responses: { 200: { description: "TwiML", content: { "text/xml": {} } }, 403: errorResponse, 422: errorResponse } } },
      "/api/twilio/status": { post: { summary: "Twilio's status callback: answered, completed, busy, no-answer, failed", ...twilioSigned, requestBody: formBody(twilioStatusSchema), responses: { 204: { description: "Recorded" }, 403: errorResponse, 422: errorResponse } } },
      "/api/twilio/token": { get: { summary: "An access token for the Twilio Voice SDK (409 when Twilio is not configured)", responses: { 200: ok("{ data: { token, identity, ttlSeconds } }"), ...errors } } },
      "/api/twilio/training": { post: { summary: "Ring a training call through the voice webhook, signed with the console's training token", requestBody: jsonBody(trainingCallSchema), responses: { 201: ok("{ data: { callSid, from } }"), 502: errorResponse, ...errors } } },
      "/api/map/areas": { get: { summary: "Kota and kecamatan as GeoJSON", responses: { 200: ok("FeatureCollection"), ...errors } } },
      "/api/map/stations": { get: { summary: "Stations with place and staffing", responses: { 200: ok("{ stations }"), ...errors } } },
      "/api/map/cameras": { get: { summary: "All cameras as [lon, lat, id, flags]", responses: { 200: ok("{ points, generated }"), ...errors } } },
    },
  };
}
