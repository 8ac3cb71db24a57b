// GET /api/users - every account with its role, station, state and tokens (admin)
// POST /api/users - make an account, audited (admin)
import { createAccount } from "@/lib/accounts/create-account";
import { listAccountViews } from "@/lib/accounts/list-accounts";
import { apiRoute } from "@/lib/api/api-route";
import { createAccountRoute, listAccountsRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listAccountsRoute, ({ db }) => listAccountViews(db));
export const POST = apiRoute(createAccountRoute, ({ db, user, body }) => createAccount(db, user, body));
