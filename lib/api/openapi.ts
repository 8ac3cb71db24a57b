import { z } from "zod";

import { sharedLocationSchema } from "@/lib/validations/caller-location";
import { twilioStatusSchema, twilioVoiceSchema } from "@/lib/validations/twilio";

import type { RouteSpec } from "./define-route";
import { errorCodes } from "./error-code";
import { jsonRoutes } from "./routes";

// The OpenAPI 3.1 document, built from the same declarations the routes are built from
// (lib/api/routes), so that it cannot drift from what the console takes and gives.
const json = (schema: z.ZodType, io: "input" | "output") => z.toJSONSchema(schema, { io, unrepresentable: "any" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = { description: "Error", content: { "application/json": { schema: ref("Error") } } };
const COMMON_ERRORS = [400, 401, 403, 404, 409, 413, 415, 422] as const;

function queryParams(schema: z.ZodObject) {
  const s = json(schema, "input");
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({
    name,
    in: "query",
    required: (s.required ?? []).includes(name),
    schema: p,
  }));
}

function operation(route: RouteSpec) {
  const parameters = [
    ...(route.path.includes("{id}")
      ? [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1, maximum: 2147483647 } }]
      : []),
    ...(route.query ? queryParams(route.query) : []),
    ...(route.idempotent
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description:
              "A retry with the same key and body gets the first answer (24 hours); another body 422, while the first is in flight 409",
            schema: { type: "string", minLength: 1, maxLength: 255 },
          },
        ]
      : []),
  ];
  const statuses = [...COMMON_ERRORS, ...(route.alsoAnswers ?? []), ...(route.idempotent ? [409] : [])];
  const errors = Object.fromEntries([...new Set(statuses)].map((s) => [s, errorResponse]));
  const data = route.bare
    ? json(route.response, "output")
    : { type: "object", required: ["data"], properties: { data: json(route.response, "output") } };
  return {
    summary: route.summary,
    description: `Roles: ${route.roles.join(", ")}.`,
    "x-roles": route.roles,
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: json(route.body, "input") } } } }
      : {}),
    responses: {
      [route.status ?? 200]: { description: "OK", content: { "application/json": { schema: data } } },
      ...errors,
    },
  };
}

// Routes that are not the console's JSON API: sign-in (better-auth's), Twilio's webhooks
// (form posts answered with TwiML), health and this document.
const twilioSigned = {
  security: [],
  parameters: [{ name: "X-Twilio-Signature", in: "header", required: true, schema: { type: "string" } }],
};
const formBody = (schema: z.ZodType) => ({
  required: true,
  content: { "application/x-www-form-urlencoded": { schema: json(schema, "input") } },
});
const idParameter = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } };
const streamErrors = {
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  502: errorResponse,
  504: errorResponse,
};
// The map's tile layers: a `{z}/{x}/{y}` path answering a Mapbox Vector Tile, or a JSON error.
const vectorTile = {
  parameters: ["z", "x", "y"].map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "integer", minimum: 0 },
  })),
  responses: {
    200: { description: "vector tile", content: { "application/vnd.mapbox-vector-tile": {} } },
    401: errorResponse,
    404: errorResponse,
  },
};
const csvErrors = { 401: errorResponse, 403: errorResponse, 422: errorResponse };
const otherPaths = {
  "/api/cameras/{id}/live/index.m3u8": {
    get: {
      summary:
        "Open a live camera (monitor, dispatcher, supervisor): a master playlist whose every address is the console's own short-lived link; each opening is an audit event. 409 camera_not_live for an on-request camera, 504 stream_timeout when the camera does not answer within 3 s",
      parameters: [idParameter],
      responses: {
        200: { description: "HLS playlist", content: { "application/vnd.apple.mpegurl": {} } },
        409: errorResponse,
        ...streamErrors,
      },
    },
  },
  "/api/cameras/{id}/live/{token}": {
    get: {
      summary:
        "A link of an open view, for the user who opened it: a variant playlist (rewritten again) or a segment (streamed through)",
      parameters: [idParameter, { name: "token", in: "path", required: true, schema: { type: "string" } }],
      responses: { 200: { description: "HLS playlist or media segment" }, ...streamErrors },
    },
  },
  "/api/cameras/{id}/snapshot": {
    get: {
      summary: "The camera's still image, where it has a snapshot address, proxied (monitor, dispatcher, supervisor)",
      parameters: [idParameter],
      responses: { 200: { description: "image", content: { "image/jpeg": {} } }, ...streamErrors },
    },
  },
  "/api/cameras/import": {
    post: {
      summary:
        "An admin's CSV of cameras (the columns of `npm run import -- cameras`, up to 50 MB), imported in one transaction and upserted by external_id; the answer counts the rows and gives the first 20 rejected with their line and reason",
      parameters: [{ name: "name", in: "query", required: false, schema: { type: "string" } }],
      requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
      responses: {
        200: { description: "the import's tally" },
        401: errorResponse,
        403: errorResponse,
        413: errorResponse,
        415: errorResponse,
        422: errorResponse,
      },
    },
  },
  "/api/tiles/cameras/{z}/{x}/{y}": {
    get: {
      summary:
        "The camera layer as a Mapbox Vector Tile (any role): layer `cameras` (id, live, offline) where the tile holds 2,000 cameras or fewer and past zoom 15, else layer `camera_clusters` (count, live, offline); zoom 0 to 16",
      ...vectorTile,
    },
  },
  "/api/tiles/places/{z}/{x}/{y}": {
    get: {
      summary:
        "The gazetteer's landmarks as a Mapbox Vector Tile (any role), for street zooms: layer `places` (id, name, kind, detail, rank: hospitals and train stations first), at most 400 a tile; zoom 13 to 16",
      ...vectorTile,
    },
  },
  "/api/footage-requests/{id}/letter.pdf": {
    get: {
      summary: "The approved footage request's letter to the owner as a PDF (409 before approval)",
      parameters: [idParameter],
      responses: {
        200: { description: "PDF", content: { "application/pdf": {} } },
        401: errorResponse,
        403: errorResponse,
        404: errorResponse,
        409: errorResponse,
      },
    },
  },
  "/api/incidents/{id}/record.pdf": {
    get: {
      summary:
        "The incident's whole record as a PDF (supervisor, admin): every event with who and when, its place on a small map, calls, assignments with each step's time, cameras viewed and footage requests; in the reader's console language",
      parameters: [idParameter],
      responses: {
        200: { description: "PDF", content: { "application/pdf": {} } },
        401: errorResponse,
        403: errorResponse,
        404: errorResponse,
      },
    },
  },
  "/api/calls/{id}/script/audio": {
    get: {
      summary:
        "One line of a training call's caller spoken with espeak-ng's Indonesian voice, for its trainee (404 where no speech engine is installed)",
      parameters: [idParameter, { name: "line", in: "query", required: true, schema: { type: "integer", minimum: 0 } }],
      responses: {
        200: { description: "WAV", content: { "audio/wav": {} } },
        401: errorResponse,
        403: errorResponse,
        404: errorResponse,
        422: errorResponse,
      },
    },
  },
  "/api/audit.csv": {
    get: {
      summary:
        "The audit trail as CSV, streamed (supervisor, admin): the filters of GET /api/audit (user, action, from, to, before); a caller's number masked for a role that does not take calls",
      parameters: ["user", "action", "from", "to", "before"].map((name) => ({
        name,
        in: "query",
        required: false,
        schema: { type: "string" },
      })),
      responses: { 200: { description: "CSV", content: { "text/csv": {} } }, ...csvErrors },
    },
  },
  "/api/incidents.csv": {
    get: {
      summary:
        "Incidents created between from and to (ISO 8601, at most two years) with every time of their response, type, priority, area and first station, as CSV, streamed (supervisor, admin)",
      parameters: ["from", "to"].map((name) => ({
        name,
        in: "query",
        required: true,
        schema: { type: "string", format: "date-time" },
      })),
      responses: { 200: { description: "CSV", content: { "text/csv": {} } }, ...csvErrors },
    },
  },
  "/api/auth/{path}": {
    post: {
      summary:
        "better-auth: POST /api/auth/sign-in/email { email, password } sets the session cookie; /api/auth/sign-out ends it",
      security: [],
      parameters: [{ name: "path", in: "path", required: true, schema: { type: "string" } }],
      responses: { 200: { description: "session" }, 403: errorResponse, 429: errorResponse },
    },
  },
  "/api/location/{token}": {
    post: {
      summary:
        "The caller's phone posts its location through a one-time link (no sign-in; the link's token is the key): 410 link_gone once used or expired",
      security: [],
      parameters: [
        { name: "token", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{32}$" } },
      ],
      requestBody: { required: true, content: { "application/json": { schema: json(sharedLocationSchema, "input") } } },
      responses: { 200: { description: "{ data: { ok: true } }" }, 410: errorResponse, 422: errorResponse },
    },
  },
  "/api/openapi.json": {
    get: { summary: "This document", security: [], responses: { 200: { description: "OpenAPI 3.1" } } },
  },
  "/api/health": {
    get: {
      summary: "Health and row counts (no sign-in)",
      security: [],
      responses: { 200: { description: "{ data: { ok, database, counts } }" }, 503: errorResponse },
    },
  },
  "/api/twilio/voice": {
    post: {
      summary: "Twilio's incoming-call webhook: stores the call once per CallSid, answers TwiML that greets and queues",
      ...twilioSigned,
      requestBody: formBody(twilioVoiceSchema),
      responses: { 200: { description: "TwiML", content: { "text/xml": {} } }, 403: errorResponse, 422: errorResponse },
    },
  },
  "/api/twilio/status": {
    post: {
      summary: "Twilio's status callback: answered, completed, busy, no-answer, failed",
      ...twilioSigned,
      requestBody: formBody(twilioStatusSchema),
      responses: { 204: { description: "Recorded" }, 403: errorResponse, 422: errorResponse },
    },
  },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = { ...otherPaths };
  for (const route of jsonRoutes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: "3.1.0",
    info: {
      title: "Jakarta Siaga 112 console API",
      version: "0.2.0",
      description:
        "Coordinates are WGS 84 (lat, lon in degrees). Authenticate with the session cookie or `Authorization: Bearer <token>` (`npm run user -- create ... --token`). Every JSON answer is `{ data }` or `{ error: { code, message, fields? } }`.",
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: errorCodes },
                message: { type: "string" },
                fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
              },
            },
          },
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
  };
}
