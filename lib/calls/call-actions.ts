import type { Db } from "@/db";
import { insertCallOnce, toCallView } from "@/db/queries/calls";
import type { CurrentUser } from "@/lib/auth/current-user";
import { twilioConfigured } from "@/lib/env";
import { bridgeToCallTaker } from "@/lib/twilio/bridge-to-call-taker";
import { commitChange } from "@/lib/events/commit-change";
import type { z } from "zod";
import type { classifyCallSchema, logCallSchema } from "@/lib/validations/calls";
import { callbackStatuses } from "./call-change";
import { changeCall, conflict } from "./change-call";

// A call-taker takes a ringing call. With Twilio, the caller is connected to their browser
// phone before the answer is recorded: if Twilio refuses, the call is still ringing.
export function answerCall(db: Db, callId: number, user: CurrentUser) {
  return changeCall(db, callId, user, async (call) => {
    if (call.status !== "ringing") throw conflict(`Call ${callId} is ${call.status.replace("_", " ")}, not ringing.`);
    if (twilioConfigured() && call.callSid && !call.training) await bridgeToCallTaker(call.callSid, user.id, call.id);
    return { patch: { status: "in_progress", answeredAt: new Date(), callTakerId: user.id }, type: "call.answered" };
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

