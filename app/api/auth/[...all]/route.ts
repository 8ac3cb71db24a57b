// /api/auth/* - better-auth's sign-in, sign-out and session endpoints
import { toNextJsHandler } from "better-auth/next-js";

import { errorResponse, notFound } from "@/lib/api/api-error";
import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

// Accounts and API tokens change only through the console's own audited routes (/api/users):
// better-auth's admin and api-key endpoints are used from the server, never reached over HTTP.
const UNAUDITED = /^\/api\/auth\/+(admin|api-key)(\/|$)/i;
const closed = (req: Request) => UNAUDITED.test(new URL(req.url).pathname);

export const GET = (req: Request) =>
  closed(req) ? errorResponse(notFound("This endpoint")) : toNextJsHandler(getAuth()).GET(req);
export const POST = (req: Request) =>
  closed(req) ? errorResponse(notFound("This endpoint")) : toNextJsHandler(getAuth()).POST(req);
