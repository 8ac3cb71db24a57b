// GET /api/footage-requests/{id}/letter - the approved request's letter, line by line
import { apiRoute } from "@/lib/api/api-route";
import { footageLetterRoute } from "@/lib/api/routes/footage";
import { footageLetter } from "@/lib/footage/footage-requests";

export const dynamic = "force-dynamic";

export const GET = apiRoute(footageLetterRoute, async ({ db, user, id }) => (await footageLetter(db, user, id)).letter);
