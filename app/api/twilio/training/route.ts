// POST /api/twilio/training - ring a training call through the real webhook (operator, supervisor)
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/api-route";
import { trainingCallRoute } from "@/lib/api/routes/calls";
import { ringTrainingCall } from "@/lib/twilio/ring-training-call";

export const dynamic = "force-dynamic";

export const POST = apiRoute(trainingCallRoute, async ({ body }) => {
  const number = body.from ?? `+62812${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const rung = await ringTrainingCall(number);
  if (rung.status !== 200)
    throw new ApiError(502, "training_failed", `The voice webhook answered ${rung.status}; check PUBLIC_BASE_URL.`);
  return { callSid: rung.callSid, from: number };
});
