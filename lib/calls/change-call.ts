import type { Db, Tx } from "@/db";
import { type CallRow, lockCall, toCallView, updateCall } from "@/db/queries/calls";
import { ApiError, notFound } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitChange } from "@/lib/events/commit-change";
import type { CallEventType, NewEvent } from "@/lib/realtime/events";

export type CallPatch = Parameters<typeof updateCall>[2];
export type ReleaseReason = "handover" | "timeout";

/** What an action does to the call: its change, and the event that says so. */
export type CallDecision = { patch: CallPatch; extra?: NewEvent[] } & (
  { type: Exclude<CallEventType, "call.released"> } | { type: "call.released"; reason: ReleaseReason }
);

// The shape of every call-taker action: lock the call, check the action fits its state,
// change it, append the event; one transaction. `decide` may read the database but must not
// wait on anything else (see commitChange).
export async function changeCall(
  db: Db,
  callId: number,
  user: CurrentUser,
  decide: (call: CallRow, tx: Tx) => Promise<CallDecision> | CallDecision,
) {
  const { result } = await commitChange(db, async (tx) => {
    const call = await lockCall(tx, { id: callId });
    // A trainee's call is theirs alone: to anyone else it does not exist.
    if (!call || !isOwnTraining(call, user)) throw notFound(`Call ${callId}`);
    const decision = await decide(call, tx);
    const view = toCallView(await updateCall(tx, call.id, decision.patch));
    const scope = { incidentId: view.incidentId, actorId: user.id };
    const event: NewEvent =
      decision.type === "call.released"
        ? { ...scope, type: decision.type, payload: { call: view, reason: decision.reason, heldBy: call.callTakerId } }
        : { ...scope, type: decision.type, payload: { call: view } };
    return { result: view, events: [event, ...(decision.extra ?? [])] };
  });
  return result;
}

/** Not a training call, or one of this user's own. */
export const isOwnTraining = (call: Pick<CallRow, "traineeId">, user: Pick<CurrentUser, "id">) =>
  call.traineeId === null || call.traineeId === user.id;

export const conflict = (message: string) => new ApiError(409, "conflict", message);

/**
 * A call back in the queue: ringing again, for anyone. The first answer stays in the event
 * log (where the response-time figures come from); on the row, the answer and the call-taker
 * are the next one's.
 */
export const releasedPatch: CallPatch = { status: "ringing", answeredAt: null, callTakerId: null };
