// GET /api/calls/{id}/script/audio?line=N - one caller's line spoken (espeak-ng), for its trainee
import { z } from "zod";

import { getDb } from "@/db";
import { ApiError, errorResponse, forbidden, unauthorized, validationError } from "@/lib/api/api-error";
import { idParam } from "@/lib/api/id-param";
import { userFromHeaders } from "@/lib/auth/current-user";
import { callScenario } from "@/lib/training/call-script";
import { speakLine, speechAvailable } from "@/lib/training/speak-line";

export const dynamic = "force-dynamic";

const lineQuery = z.object({ line: z.coerce.number().int().min(0).max(19) });

export const GET = async (req: Request, context: { params: Promise<{ id: string }> }): Promise<Response> => {
  try {
    const user = await userFromHeaders(req.headers);
    if (!user) throw unauthorized();
    if (user.role !== "operator" && user.role !== "supervisor") throw forbidden("hear a training caller");
    const query = lineQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!query.success) throw validationError(query.error);
    const scenario = await callScenario(getDb(), user, idParam((await context.params).id));
    const text = scenario.lines[query.data.line];
    if (text === undefined) throw new ApiError(404, "not_found", `The caller has no line ${query.data.line}.`);
    if (!(await speechAvailable()))
      throw new ApiError(404, "not_found", "No speech engine is installed here (espeak-ng): read the line.");
    const wav = await speakLine(text);
    return new Response(new Uint8Array(wav), { headers: { "content-type": "audio/wav", "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
};
