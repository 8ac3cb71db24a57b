import { describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import type { AssignmentView } from "./assignment-view";
import { applyStationJobEvent, awaitingAcknowledgement, type StationJobs } from "./station-jobs";

const job = (id: number, status: AssignmentView["status"], dispatchedAt: string) =>
  ({ id, incidentId: id * 10, status, dispatchedAt }) as AssignmentView;
const incident = (id: number) => ({ id, status: "dispatched" }) as IncidentView;
const event = (type: "assignment.dispatched" | "assignment.updated", a: AssignmentView) =>
  ({
    seq: 1,
    type,
    payload: { assignment: a, incident: incident(a.incidentId) },
    incidentId: a.incidentId,
    stationId: 7,
    actorId: null,
    at: "",
  }) as LoggedEvent;

describe("applyStationJobEvent", () => {
  const start: StationJobs = {
    jobs: [job(1, "en_route", "2026-11-26T01:00:00Z"), job(2, "cleared", "2026-11-26T00:00:00Z")],
    incidents: [incident(10), incident(20)],
  };

  it("puts a new job first, with its incident, until it is acknowledged", () => {
    const got = applyStationJobEvent(
      start,
      event("assignment.dispatched", job(3, "dispatched", "2026-11-26T00:30:00Z")),
    );
    expect(got.jobs.map((j) => j.id)).toEqual([3, 1, 2]);
    expect(got.incidents.map((i) => i.id)).toEqual([10, 20, 30]);
    expect(awaitingAcknowledgement(got.jobs).map((j) => j.id)).toEqual([3]);
    const acked = applyStationJobEvent(
      got,
      event("assignment.updated", job(3, "acknowledged", "2026-11-26T00:30:00Z")),
    );
    expect(acked.jobs.map((j) => [j.id, j.status])).toEqual([
      [1, "en_route"],
      [3, "acknowledged"],
      [2, "cleared"],
    ]);
    expect(awaitingAcknowledgement(acked.jobs)).toEqual([]);
  });

  it("ignores events that are no job of the station", () => {
    const other = {
      ...event("assignment.dispatched", job(9, "dispatched", "")),
      type: "incident.noted",
    } as LoggedEvent;
    expect(applyStationJobEvent(start, other)).toBe(start);
  });

  it("shows the job's incident at its new place when it moves", () => {
    const moved = { ...incident(10), lat: -6.28 };
    const got = applyStationJobEvent(start, {
      seq: 2,
      type: "incident.moved",
      payload: { incident: moved, from: { lat: -6.16, lon: 106.85 }, reason: "ralat" },
      incidentId: 10,
      stationId: 7,
      actorId: null,
      at: "",
    });
    expect(got.incidents.find((i) => i.id === 10)?.lat).toBe(-6.28);
    expect(got.jobs).toBe(start.jobs);
  });
});
