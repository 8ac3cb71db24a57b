import type { Role } from "@/lib/auth/roles";
import type { CallView } from "@/lib/calls/call-view";
import { callForRole, eventForRole } from "@/lib/calls/caller-number-privacy";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { FootageRequestStatus, LegalBasis } from "@/lib/footage/vocabulary";
import { describeEvent, type EventLine } from "@/lib/realtime/describe-event";
import type { LoggedEvent } from "@/lib/realtime/events";

import type { IncidentView } from "./incident-view";
import { type RecordMap, recordMap, type RecordMapSource } from "./record-map";

/** Who acted, as the record names them. */
export interface RecordPerson {
  name: string;
  role: string;
  /** A polsek officer's station code. */
  stationCode: string | null;
}

/** A footage request as the record lists it. */
export interface RecordFootage {
  id: number;
  cameraId: number;
  cameraName: string;
  cameraExternalId: string;
  legalBasis: LegalBasis;
  status: FootageRequestStatus;
  letterNumber: string | null;
  requesterName: string;
  approverName: string | null;
  windowStart: string;
  windowEnd: string;
  createdAt: string;
  decidedAt: string | null;
}

/** Everything the database holds about one incident, as db/queries/incident-record gathers it. */
export interface RecordSource {
  incident: IncidentView;
  closedAt: string | null;
  calls: CallView[];
  assignments: AssignmentView[];
  footage: RecordFootage[];
  /** The incident's events, its calls' events and the views of the cameras around it, in order. */
  events: LoggedEvent[];
  people: Record<string, RecordPerson>;
  map: RecordMapSource;
}

export const assignmentSteps = ["dispatched", "acknowledged", "en_route", "on_scene", "cleared", "cancelled"] as const;
export type AssignmentStep = (typeof assignmentSteps)[number];

export interface RecordAssignment extends AssignmentView {
  dispatcherName: string | null;
  /** The steps it went through, in order, each with its time and the seconds since dispatch. */
  steps: { step: AssignmentStep; at: string; afterS: number }[];
}

export interface RecordCameraView {
  viewId: string;
  cameraId: number;
  cameraName: string;
  viewer: string;
  openedAt: string;
  /** How long it was watched; null while the view is still open. */
  seconds: number | null;
}

export interface RecordEntry {
  seq: number;
  at: string;
  type: LoggedEvent["type"];
  actor: string | null;
  actorRole: string | null;
  line: EventLine;
}

/** The measures of DESIGN.md for this one incident, in seconds; null where a step never happened. */
export interface RecordIntervals {
  answer: number | null;
  processing: number | null;
  acknowledgement: number | null;
  travel: number | null;
  total: number | null;
}

/** The record a review board reads: the page and the PDF both show exactly this. */
export interface IncidentRecord {
  incident: IncidentView;
  closedAt: string | null;
  createdByName: string | null;
  calls: (CallView & { callTakerName: string | null })[];
  assignments: RecordAssignment[];
  footage: RecordFootage[];
  cameraViews: RecordCameraView[];
  timeline: RecordEntry[];
  intervals: RecordIntervals;
  map: RecordMap;
}

const STEP_TIMES: Record<AssignmentStep, keyof AssignmentView> = {
  dispatched: "dispatchedAt",
  acknowledged: "acknowledgedAt",
  en_route: "enRouteAt",
  on_scene: "onSceneAt",
  cleared: "clearedAt",
  cancelled: "cancelledAt",
};

const seconds = (from: string | null | undefined, to: string | null | undefined) =>
  from && to ? Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000) : null;
const earliest = (times: (string | null | undefined)[]) =>
  times.filter((t): t is string => !!t).sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;

/** The steps of one assignment that happened, in the order of the state machine. */
export function stepsOf(a: AssignmentView): RecordAssignment["steps"] {
  return assignmentSteps.flatMap((step) => {
    const at = a[STEP_TIMES[step]] as string | null;
    return at ? [{ step, at, afterS: seconds(a.dispatchedAt, at) ?? 0 }] : [];
  });
}

// The first of each step across calls and assignments: the incident's own response times,
// measured as the supervisor's figures measure them (lib/metrics), from the first call.
export function intervalsOf(calls: readonly CallView[], assignments: readonly AssignmentView[]): RecordIntervals {
  const ringing = earliest(calls.map((c) => c.ringingAt));
  const answered = earliest(calls.map((c) => c.answeredAt));
  const dispatched = earliest(assignments.map((a) => a.dispatchedAt));
  const acknowledged = earliest(assignments.map((a) => a.acknowledgedAt));
  const enRoute = earliest(assignments.map((a) => a.enRouteAt));
  const onScene = earliest(assignments.map((a) => a.onSceneAt));
  return {
    answer: seconds(ringing, answered),
    processing: seconds(answered, dispatched),
    acknowledgement: seconds(dispatched, acknowledged),
    travel: seconds(enRoute, onScene),
    total: seconds(ringing, onScene),
  };
}

/** Opened views paired with their close by the view's id. */
function cameraViewsOf(events: readonly LoggedEvent[], people: Record<string, RecordPerson>): RecordCameraView[] {
  const views = new Map<string, RecordCameraView>();
  for (const e of events) {
    if (e.type === "auth.camera_view_opened") {
      views.set(e.payload.viewId, {
        viewId: e.payload.viewId,
        cameraId: e.payload.cameraId,
        cameraName: e.payload.cameraName,
        viewer: (e.actorId && people[e.actorId]?.name) ?? e.actorId ?? "-",
        openedAt: e.at,
        seconds: null,
      });
    } else if (e.type === "auth.camera_view_closed") {
      const open = views.get(e.payload.viewId);
      if (open) open.seconds = e.payload.seconds;
    }
  }
  return [...views.values()];
}

/**
 * The record as a user of this role may read it: callers' numbers only for the roles that
 * handle calls (an admin reads them masked), every event with who did it, in log order.
 */
export function shapeIncidentRecord(source: RecordSource, role: Role): IncidentRecord {
  const name = (id: string | null) => (id ? (source.people[id]?.name ?? id) : null);
  const events = [...source.events].sort((a, b) => a.seq - b.seq);
  return {
    incident: source.incident,
    closedAt: source.closedAt,
    createdByName: name(source.incident.createdBy),
    calls: source.calls.map((c) => ({ ...callForRole(c, role), callTakerName: name(c.callTakerId) })),
    assignments: source.assignments.map((a) => ({
      ...a,
      dispatcherName: name(a.dispatcherId),
      steps: stepsOf(a),
    })),
    footage: source.footage,
    cameraViews: cameraViewsOf(events, source.people),
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      actor: name(e.actorId),
      actorRole: e.actorId ? (source.people[e.actorId]?.role ?? null) : null,
      line: describeEvent(eventForRole(e, role)),
    })),
    intervals: intervalsOf(source.calls, source.assignments),
    map: recordMap(source.map),
  };
}
