// GET /api/openapi.json - the OpenAPI 3 description of this API (no sign-in)
import { openApiDocument } from "@/lib/api/openapi";

export const GET = () => Response.json(openApiDocument());
