import { describe, expect, it } from "vitest";

import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { describeEvent } from "./describe-event";
import { callEventTypes, type LoggedEvent } from "./events";

const base = { seq: 1, incidentId: null, stationId: 7, actorId: null, at: "2026-11-25T00:00:00.000Z" };
const call = { id: 1, callerNumber: "+6281300000001", status: "in_progress", classification: "prank" } as CallView;
const incident = {
  number: "112-20261125-0001",
  priority: "P1",
  type: "kebakaran",
  lat: -6.17,
  lon: 106.82,
  kelurahan: { code: "1", name: "Gambir" },
  kecamatan: null,
} as IncidentView;

describe("describeEvent", () => {
  it("names the caller of every call event, with the codes the screen translates", () => {
    for (const type of callEventTypes.filter((t) => t !== "call.released")) {
      const line = describeEvent({ ...base, type, payload: { call } });
      expect(line.key).not.toBe("other");
      expect(line.values).toEqual({ number: "+6281300000001", callStatus: "in_progress", classification: "prank" });
    }
  });

  it("says why a call went back to the queue", () => {
    const ringing = { ...call, status: "ringing", classification: null } as CallView;
    expect(
      describeEvent({ ...base, type: "call.released", payload: { call: ringing, reason: "timeout", heldBy: "u1" } }),
    ).toEqual({
      key: "callReleased",
      values: { number: "+6281300000001", callStatus: "ringing", classification: "", reason: "timeout" },
    });
    expect(
      describeEvent({ ...base, type: "call.released", payload: { call: ringing, reason: "handover", heldBy: "u1" } })
        .values.reason,
    ).toBe("handover");
    expect(id.events.callReleased).toContain("{reason, select,");
    expect(en.events.callReleased).toContain("{reason, select,");
  });

  it("gives a new incident's number, priority, type and kelurahan", () => {
    expect(describeEvent({ ...base, type: "incident.created", payload: { incident, placeMethod: "polygon" } })).toEqual(
      {
        key: "incidentCreated",
        values: { number: "112-20261125-0001", priority: "P1", incidentType: "kebakaran", where: "Gambir" },
      },
    );
  });

  it("reads a staffing change, and falls back to the raw type for an event it does not know", () => {
    const staffing: LoggedEvent = {
      ...base,
      type: "station.staffing_changed",
      payload: { code: "POLSEK-3173060", staffed: false },
    };
    expect(describeEvent(staffing)).toEqual({
      key: "stationStaffing",
      values: { code: "POLSEK-3173060", staffed: "false" },
    });
    // An event of a newer console, read from the log by an older one.
    const newer = JSON.parse('{"seq":2,"type":"assignment.created","payload":{}}') as LoggedEvent;
    expect(describeEvent(newer)).toEqual({ key: "other", values: { type: "assignment.created" } });
  });

  it("names the late station, the station offered, and who answered the alert and how", () => {
    const assignment = { id: 5, stationName: "Polsek Kemayoran", stationCode: "POLSEK-3173060" } as AssignmentView;
    const next = { id: 9, code: "POLSEK-3173070", name: "Polsek Senen" } as RecommendedStation;
    const escalated = (offer: RecommendedStation | null) =>
      describeEvent({ ...base, type: "assignment.escalated", payload: { assignment, incident, next: offer } });
    expect(escalated(next)).toEqual({
      key: "assignmentEscalated",
      values: { number: "112-20261125-0001", station: "Polsek Kemayoran", next: "Polsek Senen" },
    });
    expect(escalated(null).values.next).toBe("none");
    const handled = describeEvent({
      ...base,
      type: "assignment.escalation_handled",
      payload: {
        assignment,
        incident,
        action: "redispatch",
        redispatched: { ...assignment, id: 6, stationName: "Polsek Senen" },
        handledBy: { id: "u1", name: "Dispatcher Satu" },
      },
    });
    expect(handled).toEqual({
      key: "escalationHandled",
      values: {
        number: "112-20261125-0001",
        station: "Polsek Kemayoran",
        action: "redispatch",
        other: "Polsek Senen",
        by: "Dispatcher Satu",
      },
    });
    for (const messages of [id, en]) {
      expect(messages.events.assignmentEscalated).toContain("{next, select, none {}");
      expect(messages.events.escalationHandled).toContain("{action, select, redispatch");
    }
  });

  it("tells an SMS sent from one that failed, with Twilio's reason", () => {
    const about = { assignmentId: 5, incidentNumber: "112-20261125-0001", stationCode: "P", stationName: "Polsek X" };
    expect(
      describeEvent({ ...base, type: "assignment.sms_sent", payload: { ...about, to: "+62215550001", sid: "SM1" } }),
    ).toEqual({ key: "smsSent", values: { number: "112-20261125-0001", station: "Polsek X", to: "+62215550001" } });
    expect(
      describeEvent({ ...base, type: "assignment.sms_failed", payload: { ...about, to: null, error: "P has no SMS" } }),
    ).toEqual({
      key: "smsFailed",
      values: { number: "112-20261125-0001", station: "Polsek X", error: "P has no SMS" },
    });
  });

  it("says how many calls the retention job anonymised, and before which day", () => {
    const event: LoggedEvent = {
      seq: 9,
      type: "audit.retention_applied",
      payload: { calls: 12, before: "2025-11-26T02:00:00.000Z", days: 365 },
      incidentId: null,
      stationId: null,
      actorId: null,
      at: "2026-11-26T02:00:00.000Z",
    };
    expect(describeEvent(event)).toEqual({
      key: "retentionApplied",
      values: { calls: "12", days: "365", before: "2025-11-26" },
    });
  });

  it("names the camera of a view and how long it lasted", () => {
    const view = { cameraId: 4, cameraName: "Bundaran HI 1", viewId: "v1" };
    expect(describeEvent({ ...base, type: "auth.camera_view_opened", payload: view })).toEqual({
      key: "cameraViewOpened",
      values: { camera: "Bundaran HI 1" },
    });
    expect(
      describeEvent({ ...base, type: "auth.camera_view_closed", payload: { ...view, seconds: 42, reason: "closed" } }),
    ).toEqual({ key: "cameraViewClosed", values: { camera: "Bundaran HI 1", seconds: "42" } });
  });

  it("names the account an admin changed and what it is now, never a password or a token", () => {
    const account = { userId: "u9", email: "petugas@siaga112.test" };
    expect(
      describeEvent({
        ...base,
        type: "audit.user_created",
        payload: { ...account, role: "polsek", stationCode: "POLSEK-3173060" },
      }),
    ).toEqual({
      key: "userCreated",
      values: { email: "petugas@siaga112.test", role: "polsek", station: "POLSEK-3173060" },
    });
    expect(describeEvent({ ...base, type: "audit.password_reset", payload: account })).toEqual({
      key: "passwordReset",
      values: { email: "petugas@siaga112.test" },
    });
    const issued = describeEvent({
      ...base,
      type: "audit.token_issued",
      payload: { ...account, tokenId: "k1", tokenName: "cad-link", start: "siaga_ab" },
    });
    expect(issued).toEqual({ key: "tokenIssued", values: { email: "petugas@siaga112.test", token: "cad-link" } });
    const station = { address: null, phone: null, smsNumber: null, jurisdictionCodes: [], lat: -6.2, lon: 106.8 };
    expect(
      describeEvent({ ...base, type: "station.updated", payload: { code: "P1", changed: ["phone", "lat"], station } }),
    ).toEqual({ key: "stationUpdated", values: { code: "P1", changed: "phone, lat" } });
  });

  it("names the camera that went offline, and for how long it was silent", () => {
    const camera = { id: 3, name: "CCTV Bundaran HI", lastSeenAt: "2026-11-25T00:00:00.000Z" };
    expect(describeEvent({ ...base, type: "camera.offline", payload: { camera, silentSeconds: 300 } })).toEqual({
      key: "cameraOffline",
      values: { camera: "CCTV Bundaran HI", minutes: "5" },
    });
    expect(describeEvent({ ...base, type: "camera.online", payload: { camera } })).toEqual({
      key: "cameraOnline",
      values: { camera: "CCTV Bundaran HI" },
    });
    const turned = { camera: { id: 3, name: "CCTV Bundaran HI" }, bearingDeg: null, fovDeg: 360, rangeM: 120.4 };
    expect(describeEvent({ ...base, type: "camera.view_changed", payload: turned }).values).toEqual({
      camera: "CCTV Bundaran HI",
      bearing: "ptz",
      fov: "360",
      range: "120",
    });
  });

  it("has a message for every key in both languages", () => {
    const keys = [
      "callRang",
      "callLogged",
      "callAnswered",
      "callEnded",
      "callClassified",
      "callLinked",
      "callCalledBack",
      "signedIn",
      "signInRefused",
      "lockedOut",
      "callReleased",
      "incidentCreated",
      "locationRequested",
      "locationTexted",
      "locationTextFailed",
      "locationShared",
      "incidentMoved",
      "incidentRecommended",
      "stationStaffing",
      "assignmentDispatched",
      "assignmentUpdated",
      "incidentClosed",
      "incidentNoted",
      "retentionApplied",
      "assignmentEscalated",
      "escalationHandled",
      "smsSent",
      "smsFailed",
      "cameraViewOpened",
      "cameraViewClosed",
      "footageRequested",
      "footageApproved",
      "footageRefused",
      "footageSent",
      "footageReceived",
      "trainingStarted",
      "trainingEnded",
      "trainingScored",
      "stationUpdated",
      "userCreated",
      "userUpdated",
      "userDisabled",
      "userEnabled",
      "passwordReset",
      "tokenIssued",
      "tokenRevoked",
      "cameraOffline",
      "cameraOnline",
      "cameraViewChanged",
      "other",
    ];
    for (const messages of [id, en]) expect(Object.keys(messages.events).sort()).toEqual([...keys].sort());
  });
});
