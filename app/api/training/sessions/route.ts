// POST /api/training/sessions - a supervisor starts a training session for chosen trainees
import { apiRoute } from "@/lib/api/api-route";
import { startSessionRoute } from "@/lib/api/routes/training";
import { startSession } from "@/lib/training/start-session";

export const dynamic = "force-dynamic";

export const POST = apiRoute(startSessionRoute, ({ db, user, body }) => startSession(db, user, body));
