import type { TwilioStatus } from "@/lib/validations/twilio";

import type { CallStatus } from "./vocabulary";

export interface CallTimes {
  status: CallStatus;
  answeredAt: Date | null;
  endedAt: Date | null;
}

export type CallChange = Partial<CallTimes>;

// What a Twilio status callback changes on a call. Twilio retries and may deliver out of
// order, so an ended call never changes again and a repeated status changes nothing.
// A caller who hangs up before anyone answered has abandoned the call: it goes on the
// callback list.
export function callChangeFor(call: CallTimes, status: TwilioStatus, at: Date): CallChange | null {
  if (call.endedAt) return null;
  switch (status) {
    case "queued":
    case "initiated":
    case "ringing":
      return null;
    case "in-progress":
      return call.answeredAt ? null : { status: "in_progress", answeredAt: at };
    case "completed":
      return { status: call.answeredAt ? "completed" : "abandoned", endedAt: at };
    case "canceled":
      return { status: "abandoned", endedAt: at };
    case "busy":
      return { status: "busy", endedAt: at };
    case "no-answer":
      return { status: "no_answer", endedAt: at };
    case "failed":
      return { status: "failed", endedAt: at };
  }
}

/** Calls a call-taker should ring back: hung up or unanswered, not yet called back. */
export const callbackStatuses: readonly CallStatus[] = ["abandoned", "no_answer"];
