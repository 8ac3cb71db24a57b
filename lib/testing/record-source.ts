import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { RecordSource } from "@/lib/incidents/incident-record";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent, NewEvent } from "@/lib/realtime/events";

// One incident's whole life, written out by hand for the unit tests of the record and the
// EIDO: a call rings at 10:00:00, is answered after 12 s, an incident is logged, Polsek
// Kemayoran is sent at 10:01:00 (48 s after the answer), acknowledges at 10:01:30, leaves at
// 10:02:00, arrives at 10:09:00 (7 minutes' travel, 9 minutes from the ring), clears at 10:40.
const T = (hms: string) => `2026-11-26T${hms}.000Z`;

const incident: IncidentView = {
  id: 7,
  number: "112-20261126-0007",
  type: "kriminalitas",
  priority: "P1",
  status: "closed",
  disposition: "resolved",
  source: "call",
  sourceCameraId: null,
  training: false,
  lat: -6.1595,
  lon: 106.8531,
  address: "Depan minimarket Jl. Garuda <No. 5>",
  description: "Penjambretan, pelaku lari ke arah pasar",
  kelurahan: { code: "3171070004", name: "Gunung Sahari Selatan" },
  kecamatan: { code: "3171070", name: "Kemayoran" },
  kota: { code: "3171", name: "Jakarta Pusat" },
  createdBy: "u-operator",
  createdAt: T("10:00:40"),
};

const call: CallView = {
  id: 3,
  callSid: "CA0123456789abcdef0123456789abcdef",
  callerNumber: "+6281277788899",
  status: "completed",
  training: false,
  manual: false,
  ringingAt: T("10:00:00"),
  answeredAt: T("10:00:12"),
  endedAt: T("10:02:30"),
  classification: "emergency",
  callTakerId: "u-operator",
  incidentId: 7,
  calledBackAt: null,
};

const assignment: AssignmentView = {
  id: 11,
  incidentId: 7,
  stationId: 5,
  stationCode: "POLSEK-3173060",
  stationName: "Polsek Kemayoran",
  status: "cleared",
  dispatcherId: "u-dispatcher",
  dispatchedAt: T("10:01:00"),
  acknowledgedAt: T("10:01:30"),
  enRouteAt: T("10:02:00"),
  onSceneAt: T("10:09:00"),
  clearedAt: T("10:40:00"),
  cancelledAt: null,
  unit: "Patroli 2",
  outcome: "suspect_secured",
  fieldReport: "Pelaku diamankan warga, dibawa ke polsek.",
  note: null,
  ackDueAt: T("10:02:00"),
  escalatedAt: null,
  escalationHandledAt: null,
};

let seq = 100;
const logged = (at: string, e: NewEvent): LoggedEvent =>
  ({
    seq: seq++,
    at: T(at),
    incidentId: e.incidentId ?? null,
    stationId: e.stationId ?? null,
    actorId: e.actorId ?? null,
    type: e.type,
    payload: e.payload,
  }) as LoggedEvent;
const ringing = {
  ...call,
  status: "ringing" as const,
  answeredAt: null,
  endedAt: null,
  classification: null,
  callTakerId: null,
  incidentId: null,
};
const open = { ...incident, status: "open" as const, disposition: null };

export function recordSource(): RecordSource {
  seq = 100;
  const events: LoggedEvent[] = [
    logged("10:00:00", { type: "call.rang", payload: { call: ringing } }),
    logged("10:00:12", {
      type: "call.answered",
      actorId: "u-operator",
      payload: { call: { ...ringing, status: "in_progress", answeredAt: call.answeredAt, callTakerId: "u-operator" } },
    }),
    logged("10:00:40", {
      type: "incident.created",
      incidentId: 7,
      actorId: "u-operator",
      payload: { incident: open, placeMethod: "polygon" },
    }),
    logged("10:00:40", { type: "call.linked", incidentId: 7, actorId: "u-operator", payload: { call } }),
    logged("10:01:00", {
      type: "assignment.dispatched",
      incidentId: 7,
      stationId: 5,
      actorId: "u-dispatcher",
      payload: { assignment: { ...assignment, status: "dispatched" }, incident: { ...open, status: "dispatched" } },
    }),
    logged("10:01:05", {
      type: "auth.camera_view_opened",
      actorId: "u-dispatcher",
      payload: { cameraId: 40, cameraName: "Simpang Garuda", viewId: "v-1" },
    }),
    logged("10:01:30", {
      type: "assignment.updated",
      incidentId: 7,
      stationId: 5,
      actorId: "u-polsek",
      payload: { assignment: { ...assignment, status: "acknowledged" }, incident },
    }),
    logged("10:02:00", {
      type: "assignment.updated",
      incidentId: 7,
      stationId: 5,
      actorId: "u-polsek",
      payload: { assignment: { ...assignment, status: "en_route" }, incident },
    }),
    logged("10:02:35", {
      type: "auth.camera_view_closed",
      actorId: "u-dispatcher",
      payload: { cameraId: 40, cameraName: "Simpang Garuda", viewId: "v-1", seconds: 90, reason: "closed" },
    }),
    logged("10:09:00", {
      type: "assignment.updated",
      incidentId: 7,
      stationId: 5,
      actorId: "u-polsek",
      payload: { assignment: { ...assignment, status: "on_scene" }, incident },
    }),
    logged("10:20:00", {
      type: "incident.noted",
      incidentId: 7,
      actorId: "u-dispatcher",
      payload: { incident, text: "Korban <luka ringan> & dibawa ke RS" },
    }),
    logged("10:40:00", {
      type: "assignment.updated",
      incidentId: 7,
      stationId: 5,
      actorId: "u-polsek",
      payload: { assignment, incident },
    }),
    logged("10:45:00", {
      type: "incident.closed",
      incidentId: 7,
      actorId: "u-dispatcher",
      payload: { incident, disposition: "resolved", note: null },
    }),
  ];
  return {
    incident,
    closedAt: T("10:45:00"),
    calls: [call],
    assignments: [assignment],
    footage: [
      {
        id: 2,
        cameraId: 41,
        cameraName: "Ruko Garuda 12",
        cameraExternalId: "PRIV-0012",
        legalBasis: "kuhap_penyelidikan",
        status: "approved",
        letterNumber: "B/2/CCTV/XI/2026/SIAGA112",
        requesterName: "Test dispatcher",
        approverName: "Test supervisor",
        windowStart: T("09:45:00"),
        windowEnd: T("10:30:00"),
        createdAt: T("10:25:00"),
        decidedAt: T("10:30:00"),
      },
    ],
    // Shuffled: the record puts them in log order whatever order they come in.
    events: [...events.slice(6), ...events.slice(0, 6)],
    people: {
      "u-operator": { name: "Test operator", role: "operator", stationCode: null },
      "u-dispatcher": { name: "Test dispatcher", role: "dispatcher", stationCode: null },
      "u-polsek": { name: "Test polsek", role: "polsek", stationCode: "POLSEK-3173060" },
    },
    map: {
      incident: { lat: incident.lat, lon: incident.lon },
      areas: [
        {
          code: "3171070004",
          name: "Gunung Sahari Selatan",
          own: true,
          rings: [
            [
              [106.85, -6.165],
              [106.86, -6.165],
              [106.86, -6.155],
              [106.85, -6.155],
              [106.85, -6.165],
            ],
          ],
        },
        {
          code: "3171070001",
          name: "Kemayoran",
          own: false,
          rings: [
            [
              [106.84, -6.165],
              [106.85, -6.165],
              [106.85, -6.155],
              [106.84, -6.155],
              [106.84, -6.165],
            ],
          ],
        },
      ],
      stations: [{ code: "POLSEK-3173060", name: "Polsek Kemayoran", lat: -6.1612, lon: 106.8448 }],
    },
  };
}
