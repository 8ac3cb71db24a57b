// POST /api/users/disabled - disable an account (sessions ended, sign-in refused) or enable it, audited (admin)
import { setAccountDisabled } from "@/lib/accounts/set-account-disabled";
import { apiRoute } from "@/lib/api/api-route";
import { accountDisabledRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

export const POST = apiRoute(accountDisabledRoute, ({ db, user, body }) => setAccountDisabled(db, user, body));
