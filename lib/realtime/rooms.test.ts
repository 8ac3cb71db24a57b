import { describe, expect, it } from "vitest";

import { accountToRecheck, eventScopeFor, roomsForEvent, roomsForUser } from "./rooms";

describe("rooms", () => {
  it("puts a polsek officer in their role and station rooms", () => {
    expect(roomsForUser({ id: "u1", role: "polsek", stationId: 7 })).toEqual(["role:polsek", "user:u1", "station:7"]);
    expect(roomsForUser({ id: "u1", role: "dispatcher", stationId: null })).toEqual(["role:dispatcher", "user:u1"]);
  });

  it("sends a station's event to that station and never to the polsek role room", () => {
    const rooms = roomsForEvent({ stationId: 7, type: "call.rang" });
    expect(rooms).toContain("station:7");
    expect(rooms).toContain("role:dispatcher");
    expect(rooms).not.toContain("role:polsek");
    expect(roomsForEvent({ stationId: null, type: "call.rang" })).not.toContain("station:7");
  });

  it("scopes a polsek replay to its station, even with no station bound", () => {
    expect(eventScopeFor({ id: "u1", role: "polsek", stationId: 3 })).toEqual({
      stationId: 3,
      withAudit: false,
      userId: "u1",
    });
    expect(eventScopeFor({ id: "u1", role: "polsek", stationId: null })).toEqual({
      stationId: -1,
      withAudit: false,
      userId: "u1",
    });
    expect(eventScopeFor({ id: "u1", role: "supervisor", stationId: null })).toEqual({ withAudit: true, userId: "u1" });
    expect(eventScopeFor({ id: "u1", role: "operator", stationId: null })).toEqual({ withAudit: false, userId: "u1" });
  });

  it("sends a trainee's call and incident to that trainee alone, even one 'sent' to a station", () => {
    expect(roomsForEvent({ stationId: null, type: "call.rang", traineeId: "t1" })).toEqual(["user:t1"]);
    expect(roomsForEvent({ stationId: 7, type: "assignment.dispatched", traineeId: "t1" })).toEqual(["user:t1"]);
    expect(roomsForEvent({ stationId: null, type: "training.scored", traineeId: "t1" })).toEqual([
      "role:supervisor",
      "role:admin",
      "user:t1",
    ]);
  });

  it("sends sign-ins and refusals to supervisors and admins only", () => {
    expect(roomsForEvent({ stationId: null, type: "auth.sign_in_refused" })).toEqual(["role:supervisor", "role:admin"]);
    expect(roomsForEvent({ stationId: null, type: "audit.retention_applied" })).toEqual([
      "role:supervisor",
      "role:admin",
    ]);
  });
});

describe("accountToRecheck", () => {
  const account = { userId: "u7", email: "a@siaga112.test" };
  it("names the account whose sockets a change of it ends, and no one for other events", () => {
    expect(accountToRecheck({ type: "audit.user_disabled", payload: account })).toBe("u7");
    expect(accountToRecheck({ type: "audit.password_reset", payload: account })).toBe("u7");
    expect(
      accountToRecheck({ type: "audit.user_updated", payload: { ...account, role: "operator", stationCode: null } }),
    ).toBe("u7");
    expect(
      accountToRecheck({ type: "audit.token_revoked", payload: { ...account, tokenId: "k", tokenName: "x" } }),
    ).toBe("u7");
    expect(accountToRecheck({ type: "audit.user_enabled", payload: account })).toBeNull();
    expect(accountToRecheck({ type: "station.staffing_changed", payload: { code: "P", staffed: true } })).toBeNull();
  });
});
