import type { z } from "zod";

import type { Db } from "@/db";
import { insertCallOnce, toCallView } from "@/db/queries/calls";
import { linkTrainingCall, trainingCallBySid } from "@/db/queries/training";
import { commitChange } from "@/lib/events/commit-change";
import type { twilioVoiceSchema } from "@/lib/validations/twilio";

import type { WebhookOrigin } from "./verify-webhook";

// A new 112 call: stored once per CallSid (Twilio retries, and may post the same call twice
// at once), and only the first store rings every call-taker's console.
export async function ringCall(db: Db, params: z.infer<typeof twilioVoiceSchema>, origin: WebhookOrigin) {
  const { result } = await commitChange<{ created: boolean }>(db, async (tx) => {
    // A training session's call rings on its trainee's screen alone (lib/training).
    const scheduled = origin === "training" ? await trainingCallBySid(tx, params.CallSid) : null;
    const traineeId = scheduled?.traineeId ?? null;
    const row = await insertCallOnce(tx, {
      callSid: params.CallSid,
      callerNumber: params.From,
      calledNumber: params.To ?? null,
      training: origin === "training",
      traineeId,
    });
    if (!row) return { result: { created: false }, events: [] };
    if (scheduled) await linkTrainingCall(tx, scheduled.id, row.id);
    const call = toCallView(row);
    return { result: { created: true }, events: [{ type: "call.rang", traineeId, payload: { call } }] };
  });
  return result;
}
