// POST /api/users/password - set a new password for an account and end its sessions, audited (admin)
import { resetPassword } from "@/lib/accounts/reset-password";
import { apiRoute } from "@/lib/api/api-route";
import { resetPasswordRoute } from "@/lib/api/routes/admin";

export const dynamic = "force-dynamic";

export const POST = apiRoute(resetPasswordRoute, ({ db, user, body }) => resetPassword(db, user, body));
