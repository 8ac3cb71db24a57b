import type { CallRow } from "@/db/queries/calls";

type Seen = Pick<CallRow, "id" | "status" | "callTakerId">;

/**
 * Why a call cannot be answered, for the 409. `bridged`: Twilio had already been asked to put
 * the caller through to this call-taker's browser phone when the state was found changed, so
 * the message says what that means for the line (the race is described in answerCall).
 */
export function answerRefusal(call: Seen, userId: string, bridged: boolean): string {
  if (call.status === "in_progress" && call.callTakerId === userId)
    return `Call ${call.id} is already answered by you.`;
  if (call.status === "in_progress") {
    const head = `Call ${call.id} was answered by another call-taker.`;
    return bridged
      ? `${head} Twilio had already been asked to connect the caller to your browser phone at the same moment, so the caller may be on your line: ` +
          "if your phone connected, stay with the caller (never hang up on a 112 caller) and tell your supervisor, because the call is recorded for the other call-taker."
      : head;
  }
  const ended = call.status === "abandoned" ? "the caller hung up" : `it is ${call.status.replace("_", " ")}`;
  return `Call ${call.id} is not ringing: ${ended}.${bridged ? " Twilio had been asked to connect it to your browser phone, but the call had ended." : ""}`;
}
