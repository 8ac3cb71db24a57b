import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { LoggedEvent } from "@/lib/realtime/events";

import { ANONYMISED_NUMBER, eventForRole, maskCallerNumber } from "./caller-number-privacy";

const call: CallView = {
  id: 1,
  callSid: null,
  callerNumber: "+6281234567890",
  status: "ringing",
  training: false,
  manual: true,
  ringingAt: "2026-11-26T00:00:00.000Z",
  answeredAt: null,
  endedAt: null,
  classification: null,
  callTakerId: null,
  incidentId: null,
  calledBackAt: null,
};
const event = (type: "call.rang" | "station.staffing_changed"): LoggedEvent =>
  type === "call.rang"
    ? { seq: 1, type, payload: { call }, incidentId: null, stationId: null, actorId: null, at: call.ringingAt }
    : {
        seq: 2,
        type,
        payload: { code: "POLSEK-1", staffed: true },
        incidentId: null,
        stationId: 1,
        actorId: null,
        at: call.ringingAt,
      };

describe("caller number privacy", () => {
  it("keeps the country code and the last three digits, nothing that rings the caller", () => {
    expect(maskCallerNumber("+6281234567890")).toBe("+62••••••••890");
    expect(maskCallerNumber("081234567890")).toBe("•••••••••890");
    expect(maskCallerNumber("+62 812-3456-7890")).toBe("+62 •••-••••-•890");
    expect(maskCallerNumber("112")).toBe("•••");
    expect(maskCallerNumber(ANONYMISED_NUMBER)).toBe(ANONYMISED_NUMBER);
  });

  it("shows the number to the roles that take calls and masks it for the rest", () => {
    for (const role of ["operator", "dispatcher", "supervisor"] as const)
      expect(eventForRole(event("call.rang"), role)).toEqual(event("call.rang"));
    for (const role of ["polsek", "monitor", "admin"] as const) {
      const masked = eventForRole(event("call.rang"), role);
      expect(JSON.stringify(masked)).not.toContain("81234567890");
      expect(masked.type === "call.rang" && masked.payload.call.callerNumber).toBe("+62••••••••890");
    }
  });

  it("leaves events without a call as they are", () => {
    expect(eventForRole(event("station.staffing_changed"), "admin")).toEqual(event("station.staffing_changed"));
  });
});
