import type { CallView } from "@/db/queries/calls";
import type { SpineEvent } from "@/lib/realtime/events";

const CALL_EVENTS = new Set(["call.rang", "call.logged", "call.answered", "call.ended", "call.classified", "call.linked", "call.called_back", "call.released"]);

/** A list of calls after one committed event: the event's call replaces or joins the list. */
export function applyCallEvent(calls: readonly CallView[], event: SpineEvent): readonly CallView[] {
  if (!CALL_EVENTS.has(event.type)) return calls;
  const call = event.payload.call as CallView | undefined;
  if (!call) return calls;
  const i = calls.findIndex((c) => c.id === call.id);
  if (i === -1) return [call, ...calls];
  return calls.map((c, j) => (j === i ? call : c));
}

/** Waiting or being handled, and not yet classified: the call-taker's queue. */
export const isActive = (c: CallView) => (c.status === "ringing" || c.status === "in_progress") && !c.classification;
export const needsCallback = (c: CallView) => (c.status === "abandoned" || c.status === "no_answer") && !c.calledBackAt;

/** Seconds a call has waited, or waited until it was answered or ended. */
export function waitedSeconds(c: CallView, now: number): number {
  const end = c.answeredAt ?? c.endedAt;
  return Math.max(0, Math.floor(((end ? new Date(end).getTime() : now) - new Date(c.ringingAt).getTime()) / 1000));
}

/** Seconds since the call was answered: how long it has been in a call-taker's hands. */
export const handlingSeconds = (c: CallView, now: number) =>
  c.answeredAt ? Math.max(0, Math.floor((now - new Date(c.answeredAt).getTime()) / 1000)) : 0;

export const formatDuration = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
