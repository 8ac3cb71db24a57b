import { userFromHeaders, type CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/auth/roles";
import { errorResponse, forbidden, unauthorized } from "./api-error";

type Params = Record<string, string | string[] | undefined>;
interface Context<P> { req: Request; user: CurrentUser; params: P }

// Every authenticated route handler: who is asking, may their role do this, then the work;
// any error becomes { error: { code, message, fields? } } with its status.
export function apiRoute<P extends Params = Params>(
  allowed: readonly Role[],
  handler: (ctx: Context<P>) => Promise<Response>,
) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const began = performance.now();
    let authMs = 0;
    let response: Response;
    try {
      const user = await userFromHeaders(req.headers);
      authMs = performance.now() - began;
      if (!user) throw unauthorized();
      if (!allowed.includes(user.role)) throw forbidden(`${req.method} ${new URL(req.url).pathname}`);
      response = await handler({ req, user, params: await context.params });
    } catch (error) {
      response = errorResponse(error);
    }
    // Where a slow answer spent its time, readable in the browser's network panel.
    response.headers.set("server-timing", `auth;dur=${authMs.toFixed(1)}, work;dur=${(performance.now() - began - authMs).toFixed(1)}`);
    return response;
  };
}
