import type { z } from "zod";

import type { Db } from "@/db";
import { lockCall, toCallView, updateCall } from "@/db/queries/calls";
import { callChangeFor } from "@/lib/calls/call-change";
import { commitChange } from "@/lib/events/commit-change";
import type { twilioStatusSchema } from "@/lib/validations/twilio";

/** A Twilio status callback: the call's answer and end times, and the end that put it on the callback list. */
export async function recordCallStatus(db: Db, params: z.infer<typeof twilioStatusSchema>, receivedAt = new Date()) {
  const { result } = await commitChange<{ known: boolean; changed: boolean }>(db, async (tx) => {
    const call = await lockCall(tx, { callSid: params.CallSid });
    if (!call) return { result: { known: false, changed: false }, events: [] };
    const change = callChangeFor(call, params.CallStatus, receivedAt);
    if (!change) return { result: { known: true, changed: false }, events: [] };
    const view = toCallView(await updateCall(tx, call.id, change));
    const type = change.endedAt ? "call.ended" : "call.answered";
    return {
      result: { known: true, changed: true },
      events: [{ type, incidentId: view.incidentId, payload: { call: view } }],
    };
  });
  return result;
}
