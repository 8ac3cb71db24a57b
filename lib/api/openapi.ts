import { z } from "zod";
import { stationStaffingSchema } from "@/lib/stations/set-station-staffing";
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
      "/api/map/areas": { get: { summary: "Kota and kecamatan as GeoJSON", responses: { 200: ok("FeatureCollection"), ...errors } } },
      "/api/map/stations": { get: { summary: "Stations with place and staffing", responses: { 200: ok("{ stations }"), ...errors } } },
      "/api/map/cameras": { get: { summary: "All cameras as [lon, lat, id, flags]", responses: { 200: ok("{ points, generated }"), ...errors } } },
    },
  };
}
