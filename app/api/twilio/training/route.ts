// POST /api/twilio/training - ring a training call through the real webhook (operator, supervisor)
import { apiRoute } from "@/lib/api/api-route";
import { ApiError } from "@/lib/api/api-error";
import { readJson } from "@/lib/api/read-json";
import { ringTrainingCall } from "@/lib/twilio/ring-training-call";
import { trainingCallSchema } from "@/lib/validations/calls";

export const POST = apiRoute(["operator", "supervisor"], async ({ req }) => {
  const { from } = await readJson(req, trainingCallSchema);
  const number = from ?? `+62812${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const rung = await ringTrainingCall(number);
  if (rung.status !== 200) throw new ApiError(502, "training_failed", `The voice webhook answered ${rung.status}; check PUBLIC_BASE_URL.`);
  return Response.json({ data: { callSid: rung.callSid, from: number } }, { status: 201 });
});
