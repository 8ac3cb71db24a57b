import { lockCall, toCallView, updateCall, type CallRow } from "@/db/queries/calls";
import type { Tx } from "@/db";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { NewEvent } from "@/db/queries/events";

export type CallPatch = Parameters<typeof updateCall>[2];
type Decision = { patch: CallPatch; type: string; extra?: NewEvent[]; /** More of the event's payload, beside the call. */ detail?: Record<string, unknown> };

// The shape of every call-taker action: lock the call, check the action fits its state,
// change it, append the event; one transaction.
export async function changeCall(
  callId: number,
  user: CurrentUser,
  decide: (call: CallRow, tx: Tx) => Promise<Decision> | Decision,
) {
  const { result } = await commitChange(async (tx) => {
    const call = await lockCall(tx, { id: callId });
    if (!call) throw notFound(`Call ${callId}`);
    const { patch, type, extra = [], detail = {} } = await decide(call, tx);
    const view = toCallView(await updateCall(tx, call.id, patch));
    return { result: view, events: [{ type, incidentId: view.incidentId, actorId: user.id, payload: { call: view, ...detail } }, ...extra] };
  });
  return result;
}

export const conflict = (message: string) => new ApiError(409, "conflict", message);

/**
 * A call back in the queue: ringing again, for anyone. The first answer stays in the event
 * table (where the response-time figures come from); on the row, the answer and the call-taker
 * are the next one's.
 */
export const releasedPatch: CallPatch = { status: "ringing", answeredAt: null, callTakerId: null };

export type ReleaseReason = "handover" | "timeout";
