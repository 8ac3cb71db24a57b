import type { Db } from "@/db";
import { insertCallOnce, toCallView } from "@/db/queries/calls";
import type { CurrentUser } from "@/lib/auth/current-user";
import { twilioConfigured } from "@/lib/env";
import { bridgeToCallTaker } from "@/lib/twilio/bridge-to-call-taker";
import { commitChange } from "@/lib/events/commit-change";
import type { z } from "zod";
import type { classifyCallSchema, logCallSchema } from "@/lib/validations/calls";
import { callbackStatuses } from "./call-change";
import { ApiError } from "@/lib/api/api-error";
import type { CallRow } from "@/db/queries/calls";
import { changeCall, conflict, releasedPatch } from "./change-call";

/** With Twilio, an answered call's caller is on the line with one call-taker's browser phone. */
export const bridgedToBrowserPhone = (call: Pick<CallRow, "callSid" | "training">) => twilioConfigured() && Boolean(call.callSid) && !call.training;

// A call-taker takes a ringing call. With Twilio, the caller is connected to their browser
// phone before the answer is recorded: if Twilio refuses, the call is still ringing.
export function answerCall(db: Db, callId: number, user: CurrentUser) {
  return changeCall(db, callId, user, async (call) => {
    if (call.status !== "ringing") throw conflict(`Call ${callId} is ${call.status.replace("_", " ")}, not ringing.`);
    if (bridgedToBrowserPhone(call) && call.callSid) await bridgeToCallTaker(call.callSid, user.id, call.id);
    return { patch: { status: "in_progress", answeredAt: new Date(), callTakerId: user.id }, type: "call.answered" };
  });
}

// A call-taker hands an answered call over: it rings again for everyone, the longest waiting
// call as it always was. Only a call nobody has finished: classified or linked calls are done.
// A caller bridged to a browser phone is refused: their voice is on that call-taker's line,
// and moving it back to Twilio's queue is not something the console does yet.
export function releaseCall(db: Db, callId: number, user: CurrentUser) {
  return changeCall(db, callId, user, (call) => {
    if (call.status !== "in_progress") throw conflict(`Call ${callId} is ${call.status.replace("_", " ")}, not in progress.`);
    if (call.classification || call.incidentId) throw conflict(`Call ${callId} is already classified or part of an incident.`);
    if (user.role === "operator" && call.callTakerId && call.callTakerId !== user.id) {
      throw new ApiError(403, "forbidden", `Call ${callId} is held by another call-taker; a supervisor can hand it over.`);
    }
    if (bridgedToBrowserPhone(call)) {
      throw conflict(`Call ${callId} is connected to a call-taker's browser phone: the caller cannot be handed over from the console. Finish the intake or end the call.`);
    }
    return { patch: releasedPatch, type: "call.released", reason: "handover" };
  });
}

/** Prank, info or abandoned: the call is done with, no incident. */
export function classifyCall(db: Db, callId: number, user: CurrentUser, input: z.infer<typeof classifyCallSchema>) {
  return changeCall(db, callId, user, (call) => {
    if (call.incidentId) throw conflict(`Call ${callId} already belongs to an incident.`);
    return { patch: { classification: input.classification, callTakerId: call.callTakerId ?? user.id }, type: "call.classified" };
  });
}

/** A hung-up or unanswered call has been rung back: off the callback list. */
export function markCalledBack(db: Db, callId: number, user: CurrentUser) {
  return changeCall(db, callId, user, (call) => {
    if (!callbackStatuses.includes(call.status)) throw conflict(`Call ${callId} is not on the callback list.`);
    if (call.calledBackAt) throw conflict(`Call ${callId} was already called back.`);
    return { patch: { calledBackAt: new Date() }, type: "call.called_back" };
  });
}

// Without Twilio, a call-taker logs a call by hand. Its answer time is unknown, so it is taken
// as the ringing time; `manual` keeps such calls out of the answer-time figures.
export async function logCall(db: Db, user: CurrentUser, input: z.infer<typeof logCallSchema>) {
  const ringingAt = input.ringingAt ?? new Date();
  const { result } = await commitChange(db, async (tx) => {
    const row = await insertCallOnce(tx, {
      callerNumber: input.callerNumber, manual: true, ringingAt, answeredAt: ringingAt,
      status: "in_progress", callTakerId: user.id,
    });
    const call = toCallView(row!);
    return { result: call, events: [{ type: "call.logged", actorId: user.id, payload: { call } }] };
  });
  return result;
}

