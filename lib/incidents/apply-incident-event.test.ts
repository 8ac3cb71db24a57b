import { describe, expect, it } from "vitest";

import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { IncidentStatus, Priority } from "@/lib/incidents/vocabulary";
import type { LoggedEvent } from "@/lib/realtime/events";

import { applyIncidentEvent } from "./apply-incident-event";

const inc = (id: number, priority: Priority, createdAt: string, status: IncidentStatus = "open") =>
  ({ id, number: `112-20261122-000${id}`, type: "medis", priority, status, createdAt }) as IncidentView;
const created = (i: IncidentView): LoggedEvent => ({
  seq: 1,
  type: "incident.created",
  incidentId: i.id,
  stationId: null,
  payload: { incident: i, placeMethod: "polygon" },
  actorId: null,
  at: "",
});

describe("applyIncidentEvent", () => {
  it("orders by priority, then by age", () => {
    let list: readonly IncidentView[] = [];
    list = applyIncidentEvent(list, created(inc(1, "P3", "2026-11-22T01:00:00Z")));
    list = applyIncidentEvent(list, created(inc(2, "P1", "2026-11-22T02:00:00Z")));
    list = applyIncidentEvent(list, created(inc(3, "P1", "2026-11-22T01:30:00Z")));
    expect(list.map((i) => i.id)).toEqual([3, 2, 1]);
  });

  it("applies an incident the list already holds without showing it twice", () => {
    const once = applyIncidentEvent(
      [inc(2, "P1", "2026-11-22T02:00:00Z")],
      created(inc(1, "P3", "2026-11-22T01:00:00Z")),
    );
    expect(applyIncidentEvent(once, created(inc(1, "P3", "2026-11-22T01:00:00Z")))).toEqual(once);
    expect(once.map((i) => i.id)).toEqual([2, 1]);
  });

  it("drops an incident that closes and ignores other events", () => {
    const list = [inc(1, "P2", "2026-11-22T01:00:00Z")];
    expect(applyIncidentEvent(list, created(inc(1, "P2", "2026-11-22T01:00:00Z", "closed")))).toEqual([]);
    expect(
      applyIncidentEvent(list, {
        seq: 2,
        type: "station.staffing_changed",
        incidentId: null,
        stationId: 3,
        payload: { code: "P", staffed: true },
        actorId: null,
        at: "",
      }),
    ).toBe(list);
  });

  it("follows the incident's status through its assignments and drops it when closed", () => {
    const open = inc(1, "P2", "2026-11-22T01:00:00Z");
    const assignment = { id: 7, incidentId: 1, stationId: 3, status: "dispatched" } as AssignmentView;
    const dispatched = applyIncidentEvent([open], {
      seq: 2,
      type: "assignment.dispatched",
      incidentId: 1,
      stationId: 3,
      payload: { assignment, incident: { ...open, status: "dispatched" } },
      actorId: null,
      at: "",
    });
    expect(dispatched.map((i) => i.status)).toEqual(["dispatched"]);
    const closed = applyIncidentEvent(dispatched, {
      seq: 3,
      type: "incident.closed",
      incidentId: 1,
      stationId: null,
      payload: { incident: { ...open, status: "closed" }, disposition: "resolved", note: null },
      actorId: null,
      at: "",
    });
    expect(closed).toEqual([]);
  });
});
