import type { z } from "zod";

import type { Db } from "@/db";
import { insertCallOnce, toCallView } from "@/db/queries/calls";
import { commitChange } from "@/lib/events/commit-change";
import type { twilioVoiceSchema } from "@/lib/validations/twilio";

import type { WebhookOrigin } from "./verify-webhook";

// A new 112 call: stored once per CallSid (Twilio retries, and may post the same call twice
// at once), and only the first store rings every call-taker's console.
export async function ringCall(db: Db, params: z.infer<typeof twilioVoiceSchema>, origin: WebhookOrigin) {
  const { result } = await commitChange<{ created: boolean }>(db, async (tx) => {
    const row = await insertCallOnce(tx, {
      callSid: params.CallSid,
      callerNumber: params.From,
      calledNumber: params.To ?? null,
      training: origin === "training",
    });
    if (!row) return { result: { created: false }, events: [] };
    const call = toCallView(row);
    return { result: { created: true }, events: [{ type: "call.rang", payload: { call } }] };
  });
  return result;
}
