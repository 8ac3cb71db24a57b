// POST /api/users/tokens - issue an API token for an account, shown once, audited (admin)
import { issueToken } from "@/lib/accounts/api-tokens";
import { apiRoute } from "@/lib/api/api-route";
import { issueTokenRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

// Not idempotent by key on purpose: a replayed answer would keep the new key in the
// idempotency table, in the clear, for a day.
export const POST = apiRoute(issueTokenRoute, ({ db, user, body }) => issueToken(db, user, body));
