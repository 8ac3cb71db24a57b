import { lockCall, toCallView, updateCall, type CallRow } from "@/db/queries/calls";
import type { Tx } from "@/db";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { CallEventType, NewEvent } from "@/lib/realtime/events";

type CallPatch = Parameters<typeof updateCall>[2];

// The shape of every call-taker action: lock the call, check the action fits its state,
// change it, append the event; one transaction. `decide` may read the database but must not
// wait on anything else (see commitChange).
export async function changeCall(
  callId: number,
  user: CurrentUser,
  decide: (call: CallRow, tx: Tx) => Promise<{ patch: CallPatch; type: CallEventType; extra?: NewEvent[] }> | { patch: CallPatch; type: CallEventType; extra?: NewEvent[] },
) {
  const { result } = await commitChange(async (tx) => {
    const call = await lockCall(tx, { id: callId });
    if (!call) throw notFound(`Call ${callId}`);
    const { patch, type, extra = [] } = await decide(call, tx);
    const view = toCallView(await updateCall(tx, call.id, patch));
    return { result: view, events: [{ type, incidentId: view.incidentId, actorId: user.id, payload: { call: view } }, ...extra] };
  });
  return result;
}

export const conflict = (message: string) => new ApiError(409, "conflict", message);
