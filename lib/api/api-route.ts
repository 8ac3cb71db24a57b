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
    try {
      const user = await userFromHeaders(req.headers);
      if (!user) throw unauthorized();
      if (!allowed.includes(user.role)) throw forbidden(`${req.method} ${new URL(req.url).pathname}`);
      return await handler({ req, user, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
