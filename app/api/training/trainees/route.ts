// GET /api/training/trainees - the accounts a session can ring, with their ids (supervisors)
import { listTrainees } from "@/db/queries/users";
import { apiRoute } from "@/lib/api/api-route";
import { traineesRoute } from "@/lib/api/routes/training";

export const dynamic = "force-dynamic";

export const GET = apiRoute(traineesRoute, ({ db }) => listTrainees(db));
