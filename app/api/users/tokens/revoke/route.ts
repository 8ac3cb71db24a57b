// POST /api/users/tokens/revoke - revoke an API token, audited (admin)
import { revokeToken } from "@/lib/accounts/api-tokens";
import { apiRoute } from "@/lib/api/api-route";
import { revokeTokenRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

export const POST = apiRoute(revokeTokenRoute, ({ db, user, body }) => revokeToken(db, user, body));
