// GET /api/training/scenarios - the shipped scenarios and what each expects (supervisors)
import { apiRoute } from "@/lib/api/api-route";
import { listScenariosRoute } from "@/lib/api/routes/training";
import { scenarioSummaries } from "@/lib/training/scenario-summary";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listScenariosRoute, async () => scenarioSummaries());
