import { describe, expect, it } from "vitest";
import { eventScopeFor, roomsForEvent, roomsForUser } from "./rooms";

describe("rooms", () => {
  it("puts a polsek officer in their role and station rooms", () => {
    expect(roomsForUser({ role: "polsek", stationId: 7 })).toEqual(["role:polsek", "station:7"]);
    expect(roomsForUser({ role: "dispatcher", stationId: null })).toEqual(["role:dispatcher"]);
  });

  it("sends a station's event to that station and never to the polsek role room", () => {
    const rooms = roomsForEvent({ stationId: 7 });
    expect(rooms).toContain("station:7");
    expect(rooms).toContain("role:dispatcher");
    expect(rooms).not.toContain("role:polsek");
    expect(roomsForEvent({ stationId: null })).not.toContain("station:7");
  });

  it("scopes a polsek replay to its station, even with no station bound", () => {
    expect(eventScopeFor({ role: "polsek", stationId: 3 })).toEqual({ stationId: 3 });
    expect(eventScopeFor({ role: "polsek", stationId: null })).toEqual({ stationId: -1 });
    expect(eventScopeFor({ role: "supervisor", stationId: null })).toBeNull();
  });
});
