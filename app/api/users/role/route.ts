// POST /api/users/role - set an account's role and station, audited (admin)
import { updateAccount } from "@/lib/accounts/update-account";
import { apiRoute } from "@/lib/api/api-route";
import { updateAccountRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

export const POST = apiRoute(updateAccountRoute, ({ db, user, body }) => updateAccount(db, user, body));
