// POST /api/calls/{id}/answer - a call-taker takes a ringing call
import { apiRoute } from "@/lib/api/api-route";
import { answerCallRoute } from "@/lib/api/routes/calls";
import { answerCall } from "@/lib/calls/call-actions";

export const dynamic = "force-dynamic";

export const POST = apiRoute(answerCallRoute, ({ db, id, user }) => answerCall(db, id, user));
