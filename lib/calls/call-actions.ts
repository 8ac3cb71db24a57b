import type { z } from "zod";

import type { Db } from "@/db";
import type { CallRow } from "@/db/queries/calls";
import { getCall, insertCallOnce, toCallView } from "@/db/queries/calls";
import { notFound } from "@/lib/api/api-error";
import { ApiError } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { twilioConfigured } from "@/lib/env";
import { commitChange } from "@/lib/events/commit-change";
import { bridgeToCallTaker } from "@/lib/twilio/bridge-to-call-taker";
import type { classifyCallSchema, logCallSchema } from "@/lib/validations/calls";

import { answerRefusal } from "./answer-refusal";
import { callbackStatuses } from "./call-change";
import { changeCall, conflict, isOwnTraining, releasedPatch } from "./change-call";
import { oneAnswerAtATime } from "./one-at-a-time";

/** With Twilio, an answered call's caller is on the line with one call-taker's browser phone. */
export const bridgedToBrowserPhone = (call: Pick<CallRow, "callSid" | "training">) =>
  twilioConfigured() && Boolean(call.callSid) && !call.training;

// A call-taker takes a ringing call. With Twilio, the caller is connected to their browser
// phone before the answer is recorded: if Twilio refuses, the call is still ringing.
//
// Twilio is asked outside any transaction: a REST request takes from a few hundred
// milliseconds to Twilio's timeout, and while a transaction waits on it the call's row stays
// locked (on PGlite, the one connection and so every other write of the console: the ring of
// the next 112 call, a caller's hang-up, a dispatch). So the state is read without a lock,
// Twilio is asked, and the answer is committed by a transaction that checks the state again
// under the row's lock.
//
// The race that opens: two call-takers press Answer on one call at once (Alt+J takes the
// longest waiting call, so on a busy shift they often pick the same one). Each Twilio request
// replaces the call's instructions, so the caller ends up with whichever request Twilio
// carried out last, while the record names whoever committed first; and a second redirect
// cuts the line of the first call-taker, who may already be talking. Hence:
// - In one console process the answers to one call are taken one at a time
//   (oneAnswerAtATime; no database lock is held meanwhile): the second call-taker finds the
//   call in progress and is refused before Twilio is asked, as before.
// - Across processes (several consoles behind a load balancer) both may reach Twilio. The
//   loser gets a 409 that says so: the caller may be on their line. The console does not move
//   the caller again, because a third redirect would cut into a conversation that has begun,
//   and a 112 caller must never be put back to ringing or dropped; the call-taker who has the
//   caller keeps them and the supervisor corrects the record.
// - A caller who hangs up while Twilio is being asked: the status callback commits at once
//   (nothing waits on Twilio), the re-check finds the call ended and answers 409.
export function answerCall(db: Db, callId: number, user: CurrentUser) {
  return oneAnswerAtATime(callId, async () => {
    const seen = await getCall(db, callId);
    if (!seen || !isOwnTraining(seen, user)) throw notFound(`Call ${callId}`);
    if (seen.status !== "ringing") throw conflict(answerRefusal(seen, user.id, false));
    const bridged = bridgedToBrowserPhone(seen);
    if (bridged) await bridgeOrExplain(db, seen.callSid!, user, seen.id);
    return changeCall(db, callId, user, (call) => {
      if (call.status !== "ringing") throw conflict(answerRefusal(call, user.id, bridged));
      return { patch: { status: "in_progress", answeredAt: new Date(), callTakerId: user.id }, type: "call.answered" };
    });
  });
}

// Twilio refuses to redirect a call that has ended: when the caller hung up meanwhile, that,
// not "still ringing", is what the call-taker needs to hear.
async function bridgeOrExplain(db: Db, callSid: string, user: CurrentUser, callId: number): Promise<void> {
  try {
    await bridgeToCallTaker(callSid, user.id, callId);
  } catch (error) {
    const now = await getCall(db, callId);
    if (now && now.status !== "ringing") throw conflict(answerRefusal(now, user.id, false));
    throw error;
  }
}

// A call-taker hands an answered call over: it rings again for everyone, the longest waiting
// call as it always was. Only a call nobody has finished: classified or linked calls are done.
// A caller bridged to a browser phone is refused: their voice is on that call-taker's line,
// and moving it back to Twilio's queue is not something the console does yet.
export function releaseCall(db: Db, callId: number, user: CurrentUser) {
  return changeCall(db, callId, user, (call) => {
    if (call.status !== "in_progress")
      throw conflict(`Call ${callId} is ${call.status.replace("_", " ")}, not in progress.`);
    if (call.classification || call.incidentId)
      throw conflict(`Call ${callId} is already classified or part of an incident.`);
    if (user.role === "operator" && call.callTakerId && call.callTakerId !== user.id) {
      throw new ApiError(
        403,
        "forbidden",
        `Call ${callId} is held by another call-taker; a supervisor can hand it over.`,
      );
    }
    if (bridgedToBrowserPhone(call)) {
      throw conflict(
        `Call ${callId} is connected to a call-taker's browser phone: the caller cannot be handed over from the console. Finish the intake or end the call.`,
      );
    }
    return { patch: releasedPatch, type: "call.released", reason: "handover" };
  });
}

/** Prank, info or abandoned: the call is done with, no incident. */
export function classifyCall(db: Db, callId: number, user: CurrentUser, input: z.infer<typeof classifyCallSchema>) {
  return changeCall(db, callId, user, (call) => {
    if (call.incidentId) throw conflict(`Call ${callId} already belongs to an incident.`);
    return {
      patch: { classification: input.classification, callTakerId: call.callTakerId ?? user.id },
      type: "call.classified",
    };
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
      callerNumber: input.callerNumber,
      manual: true,
      ringingAt,
      answeredAt: ringingAt,
      status: "in_progress",
      callTakerId: user.id,
    });
    const call = toCallView(row!);
    return { result: call, events: [{ type: "call.logged", actorId: user.id, payload: { call } }] };
  });
  return result;
}
