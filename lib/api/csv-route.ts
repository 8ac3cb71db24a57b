import type { z } from "zod";

import { type Db, getDb } from "@/db";
import { type CurrentUser, userFromHeaders } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/roles";

import { ApiError, errorResponse, forbidden, unauthorized } from "./api-error";

interface CsvSpec<Q extends z.ZodType> {
  roles: readonly Role[];
  query: Q;
  filename: (query: z.infer<Q>) => string;
}

// An export: the same who, role and query checks as a JSON route (lib/api/api-route), every
// refusal the same `{ error }` JSON, then a CSV body streamed as it is read.
export function csvRoute<Q extends z.ZodType>(
  spec: CsvSpec<Q>,
  body: (ctx: { db: Db; user: CurrentUser; query: z.infer<Q> }) => ReadableStream<Uint8Array>,
) {
  return async (req: Request): Promise<Response> => {
    try {
      const user = await userFromHeaders(req.headers);
      if (!user) throw unauthorized();
      if (user.needsSecondFactor)
        throw new ApiError(403, "second_factor_required", "Enrol a second factor (TOTP) at /two-factor first.");
      if (!spec.roles.includes(user.role)) throw forbidden(`export ${new URL(req.url).pathname}`);
      const query = spec.query.parse(Object.fromEntries(new URL(req.url).searchParams));
      return new Response(body({ db: getDb(), user, query }), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${spec.filename(query)}"`,
          "cache-control": "no-store",
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
