// GET /api/training/scores - training scores from the event log: one's own, or (supervisors) anyone's
import { listScores } from "@/db/queries/training";
import { apiRoute } from "@/lib/api/api-route";
import { trainingScoresRoute } from "@/lib/api/routes/training";

export const dynamic = "force-dynamic";

export const GET = apiRoute(trainingScoresRoute, ({ db, user, query }) =>
  listScores(db, user.role === "supervisor" ? query.traineeId : user.id),
);
