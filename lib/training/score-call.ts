import type { CallClassification } from "@/lib/calls/vocabulary";
import { haversineM } from "@/lib/geo/geodesy";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import type { Scenario } from "./scenario";
import type { TrainingScore } from "./score-view";
import { HANDLED_WITHIN_S, PLACE_TOLERANCE_M } from "./vocabulary";

export interface ScoredCall {
  trainingCallId: number;
  sessionId: number;
  traineeId: string;
  callId: number | null;
}

const round = (s: number) => Math.round(s * 10) / 10;

/** Right place: within 200 m of the true one, or in its kelurahan; null when the caller could not say. */
export function placeVerdict(
  scenario: Scenario,
  incident: IncidentView,
): { correct: boolean | null; errorM: number | null } {
  const truth = scenario.place;
  if (truth.kind === "unknown") return { correct: null, errorM: null };
  const errorM = Math.round(haversineM(truth, incident));
  return { correct: errorM <= PLACE_TOLERANCE_M || incident.kelurahan?.code === truth.kelurahanCode, errorM };
}

// A training call's score, read from the event log alone: the times are the events' own times
// (the ring, the answer, the incident, the first dispatch), and the answers are what those
// events carry. So a score can be worked out again from an exported log, and checked.
export function scoreCall(scenario: Scenario, call: ScoredCall, log: readonly LoggedEvent[]): TrainingScore {
  // Only what happened after this call rang: a duplicate joins an incident made before it.
  const ring = log.find((e) => e.type === "call.rang");
  const events = ring ? log.filter((e) => e.seq >= ring.seq) : [];
  const first = <T extends LoggedEvent["type"]>(type: T) =>
    events.find((e): e is Extract<LoggedEvent, { type: T }> => e.type === type);
  const rang = ring;
  const t0 = rang ? Date.parse(rang.at) : null;
  const since = (e: { at: string } | undefined) => (e && t0 !== null ? round((Date.parse(e.at) - t0) / 1000) : null);

  let classificationGiven: CallClassification | null = null;
  let classifiedAt: LoggedEvent | undefined;
  for (const e of events)
    if ("call" in e.payload && e.payload.call.id === call.callId && e.payload.call.classification && !classifiedAt) {
      classificationGiven = e.payload.call.classification;
      classifiedAt = e;
    }
  const created = first("incident.created");
  const incident = created?.payload.incident ?? null;
  const dispatched = first("assignment.dispatched");
  const expect = scenario.expect;
  const emergency = expect.classification === "emergency";

  const place = incident ? placeVerdict(scenario, incident) : { correct: null, errorM: null };
  const placeCorrect = scenario.place.kind === "unknown" || !emergency ? place.correct : (place.correct ?? false);
  const stationGiven = dispatched?.payload.assignment.stationCode ?? null;
  const handledS = emergency ? since(dispatched) : since(classifiedAt);

  return {
    trainingCallId: call.trainingCallId,
    sessionId: call.sessionId,
    traineeId: call.traineeId,
    scenarioId: scenario.id,
    callId: call.callId,
    incidentId: incident?.id ?? null,
    rangAt: rang?.at ?? null,
    answerS: since(first("call.answered")),
    placeS: place.correct ? since(created) : null,
    placeCorrect,
    placeErrorM: place.errorM,
    typeCorrect: expect.type ? incident?.type === expect.type : null,
    priorityCorrect: expect.priority ? incident?.priority === expect.priority : null,
    classificationExpected: expect.classification,
    classificationGiven,
    classificationCorrect: classificationGiven === expect.classification,
    dispatchS: since(dispatched),
    stationExpected: expect.station ?? null,
    stationGiven,
    stationCorrect: expect.station ? stationGiven === expect.station : null,
    handledS,
    within30s: handledS !== null && handledS <= HANDLED_WITHIN_S,
  };
}
