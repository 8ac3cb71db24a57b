// POST /api/location/{token} - the caller's phone sends its location through its link (no sign-in)
import { getDb } from "@/db";
import { errorResponse } from "@/lib/api/api-error";
import { readJson } from "@/lib/api/read-json";
import { shareCallerLocation } from "@/lib/calls/caller-location-link";
import { locationTokenSchema, sharedLocationSchema } from "@/lib/validations/caller-location";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const token = locationTokenSchema.parse((await params).token);
    await shareCallerLocation(getDb(), token, await readJson(req, sharedLocationSchema));
    return Response.json({ data: { ok: true } });
  } catch (error) {
    return errorResponse(error);
  }
}
