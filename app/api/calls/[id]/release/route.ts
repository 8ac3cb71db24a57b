// POST /api/calls/{id}/release - hand an answered, unfinished call over: it rings again for every call-taker
import { apiRoute } from "@/lib/api/api-route";
import { idParam } from "@/lib/api/id-param";
import { readJson } from "@/lib/api/read-json";
import { releaseCall } from "@/lib/calls/call-actions";
import { releaseCallSchema } from "@/lib/validations/calls";

// The body is optional (the path says everything); one that is sent must be `{}`.
export const POST = apiRoute<{ id: string }>(["operator", "supervisor"], async ({ req, user, params }) => {
  const id = idParam(params.id);
  if (req.headers.get("content-type") || Number(req.headers.get("content-length") ?? 0) > 0) await readJson(req, releaseCallSchema);
  return Response.json({ data: await releaseCall(id, user) });
});
