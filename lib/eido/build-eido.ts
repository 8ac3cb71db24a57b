import { isRole, type Role } from "@/lib/auth/roles";
import { maySeeCallerNumber } from "@/lib/calls/caller-number-privacy";
import type { RecordSource } from "@/lib/incidents/incident-record";

import type { EidoDocument } from "./eido-schema";
import {
  agentRoleText,
  callStateText,
  CENTRE_AGENCY_ID,
  dispositionText,
  incidentStatusText,
  incidentTypeText,
  stationAgencyId,
  unitStatusText,
} from "./registry-text";

const PRIORITY_NUMBER = { P1: 1, P2: 2, P3: 3, P4: 4 } as const;
const urn = (kind: string, local: string) => `urn:emergency:uid:${kind}:${local}:${CENTRE_AGENCY_ID}`;
const ref = ($ref: string) => ({ $ref });
const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

// The incident's place as a PIDF-LO (RFC 4119) with a GML point and a civic address in the
// Indonesian hierarchy: A1 province, A2 kota, A3 kecamatan, A4 kelurahan.
function pidfLo(s: RecordSource): string {
  const i = s.incident;
  const civic = [
    "<country>ID</country>",
    "<A1>DKI Jakarta</A1>",
    i.kota ? `<A2>${escapeXml(i.kota.name)}</A2>` : "",
    i.kecamatan ? `<A3>${escapeXml(i.kecamatan.name)}</A3>` : "",
    i.kelurahan ? `<A4>${escapeXml(i.kelurahan.name)}</A4>` : "",
    i.address ? `<LOC>${escapeXml(i.address)}</LOC>` : "",
  ].join("");
  return (
    `<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" ` +
    `xmlns:gml="http://www.opengis.net/gml" xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr" entity="pres:${escapeXml(i.number)}@${CENTRE_AGENCY_ID}">` +
    `<tuple id="incident"><status><gp:geopriv><gp:location-info>` +
    `<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>${i.lat} ${i.lon}</gml:pos></gml:Point>` +
    `<ca:civicAddress>${civic.replace(/<(\/?)(\w+)>/g, "<$1ca:$2>")}</ca:civicAddress>` +
    `</gp:location-info><gp:usage-rules/></gp:geopriv></status></tuple></presence>`
  );
}

/**
 * The incident as a NENA EIDO (NENA-STA-021.1b): its incident, location, calls, the agencies
 * and people involved, and each polsek's unit as an emergency resource with its dispatch.
 * Callers' numbers go in only for a role that may see them (lib/calls/caller-number-privacy).
 */
export function buildEido(s: RecordSource, opts: { role: Role; issuedAt: string }): EidoDocument {
  const { incident } = s;
  const events = [...s.events].sort((a, b) => a.seq - b.seq);
  const lastAt = events.at(-1)?.at ?? incident.createdAt;
  const prologue = (id: string, at: string, agentId?: string | null) => ({
    $id: id,
    lastUpdateTimeStamp: at,
    updatedByAgencyReference: ref(CENTRE_AGENCY_ID),
    ...(agentId ? { updatedByAgentReference: ref(agentRef(agentId)) } : {}),
  });
  const agentRef = (userId: string) => `${userId}@${CENTRE_AGENCY_ID}`;
  const known = (id: string | null | undefined): id is string => !!id && id in s.people;

  const stations = [...new Map(s.assignments.map((a) => [a.stationCode, a])).values()];
  const agencies = [
    {
      ...prologue(CENTRE_AGENCY_ID, lastAt),
      agencyRoleDescriptionRegistryText: ["CallReceiving", "Dispatching"],
      agencyType: ["psap"],
      incidentOwningAgencyIndicator: true,
    },
    ...stations.map((a) => ({
      ...prologue(stationAgencyId(a.stationCode), lastAt),
      agencyRoleDescriptionRegistryText: ["Responding"],
      agencyType: ["police"],
      incidentOwningAgencyIndicator: false,
    })),
  ];
  const agents = Object.entries(s.people).map(([id, p]) => ({
    ...prologue(agentRef(id), lastAt),
    agentRoleRegistryText: [isRole(p.role) ? agentRoleText[p.role] : p.role || "Unknown"],
    agencyReference: ref(p.role === "polsek" && p.stationCode ? stationAgencyId(p.stationCode) : CENTRE_AGENCY_ID),
  }));
  // Agencies of stations whose officer acted but that hold no assignment here still need a component.
  for (const a of agents)
    if (!agencies.some((g) => g.$id === a.agencyReference.$ref))
      agencies.push({
        ...prologue(a.agencyReference.$ref, lastAt),
        agencyRoleDescriptionRegistryText: ["Responding"],
        agencyType: ["police"],
        incidentOwningAgencyIndicator: false,
      });

  const locationId = urn("locationid", incident.number);
  const location = {
    ...prologue(locationId, incident.createdAt, incident.createdBy),
    locationTypeDescriptionRegistryText: "Incident",
    locationByValue: pidfLo(s),
    ...(incident.address ? { locationDescriptionText: incident.address } : {}),
  };

  const notes = [
    ...(incident.description
      ? [
          {
            id: urn("notesid", `${incident.number}-description`),
            at: incident.createdAt,
            by: incident.createdBy,
            text: incident.description,
          },
        ]
      : []),
    ...events.flatMap((e) =>
      e.type === "incident.noted"
        ? [{ id: urn("notesid", `${incident.number}-${e.seq}`), at: e.at, by: e.actorId, text: e.payload.text }]
        : [],
    ),
    ...s.assignments.flatMap((a) =>
      a.fieldReport
        ? [
            {
              id: urn("notesid", `${incident.number}-report-${a.id}`),
              at: a.clearedAt ?? lastAt,
              by: null,
              text: a.fieldReport,
            },
          ]
        : [],
    ),
  ].map((n) => ({
    ...prologue(n.id, n.at, known(n.by) ? n.by : null),
    notesActionComments: escapeXml(n.text),
    ...(known(n.by) ? { agentReference: ref(agentRef(n.by)) } : {}),
  }));

  const withNumber = maySeeCallerNumber(opts.role);
  const callId = (c: RecordSource["calls"][number]) => urn("callid", c.callSid ?? `call-${c.id}`);
  const callbacks = withNumber
    ? s.calls.map((c) => ({
        ...prologue(urn("callbackid", c.callSid ?? `call-${c.id}`), c.ringingAt),
        callBackInformationUri: [`tel:${c.callerNumber}`],
      }))
    : [];
  const calls = s.calls.map((c) => ({
    ...prologue(callId(c), c.endedAt ?? c.answeredAt ?? c.ringingAt, c.callTakerId),
    callStateRegistryText: callStateText[c.status],
    standardPrimaryCallType: "emergency",
    ...(c.classification ? { localCallType: c.classification } : {}),
    direction: "incoming" as const,
    callStartTimestamp: c.ringingAt,
    ...(c.answeredAt ? { answerDate: c.answeredAt } : {}),
    ...(known(c.callTakerId) ? { agentReference: [ref(agentRef(c.callTakerId))] } : {}),
    locationReference: [ref(locationId)],
    ...(withNumber ? { callBackReference: ref(urn("callbackid", c.callSid ?? `call-${c.id}`)) } : {}),
  }));

  // The unit's people: the station's officers who moved the job, else the dispatcher who sent it.
  const officersOf = (assignmentId: number) => [
    ...new Set(
      events.flatMap((e) =>
        e.type === "assignment.updated" && e.payload.assignment.id === assignmentId && known(e.actorId)
          ? [e.actorId]
          : [],
      ),
    ),
  ];
  const resources = s.assignments.map((a) => {
    const people = officersOf(a.id);
    const at = [a.cancelledAt, a.clearedAt, a.onSceneAt, a.enRouteAt, a.acknowledgedAt, a.dispatchedAt].find(Boolean)!;
    const status = unitStatusText[a.status];
    return {
      ...prologue(urn("resourceid", `${incident.number}-${a.id}`), at),
      agentReference: (people.length ? people : known(a.dispatcherId) ? [a.dispatcherId] : []).map((id) =>
        ref(agentRef(id)),
      ),
      emergencyResourceTypeCommonRegistryText: "Law Enforcement Unit",
      emergencyResourceTypeInternalText: "polsek_patrol",
      resourceAttributeRegistryText: [],
      emergencyResourceName: a.unit ? `${a.stationName} ${a.unit}` : a.stationName,
      primaryUnitStatusRegistryText: status.primary,
      secondaryUnitStatusRegistryText: status.secondary,
      unitStatusInternal: [a.status],
      unitDestinationReference: ref(locationId),
      activeOnIncidentId: incident.number,
    };
  });
  const dispatches = s.assignments.map((a) => ({
    ...prologue(urn("dispatchid", `${incident.number}-${a.id}`), a.dispatchedAt, a.dispatcherId),
    agencyReference: ref(stationAgencyId(a.stationCode)),
    ...(known(a.dispatcherId) ? { agentReference: ref(agentRef(a.dispatcherId)) } : {}),
    emergencyResourceReference: [ref(urn("resourceid", `${incident.number}-${a.id}`))],
  }));

  const incidentComponent = {
    ...prologue(urn("incidentid", incident.number), lastAt),
    incidentTypeCommonRegistryText: incidentTypeText[incident.type],
    incidentTypeInternalCode: incident.type,
    incidentStatusCommonRegistryText: [incidentStatusText[incident.status]],
    incidentStatusInternalText: [incident.status],
    internalIncidentId: incident.number,
    incidentPriorityInternalText: incident.priority,
    incidentCommonPriorityNumber: PRIORITY_NUMBER[incident.priority],
    ...(incident.kecamatan ? { beatOrDispatchGroupText: incident.kecamatan.name } : {}),
    locationReference: [ref(locationId)],
    ...(known(incident.createdBy) ? { agentReference: [ref(agentRef(incident.createdBy))] } : {}),
    notesReference: notes.map((n) => ref(n.$id)),
    ...(incident.disposition
      ? {
          dispositionComponent: [
            {
              ...prologue(urn("dispositionid", incident.number), s.closedAt ?? lastAt),
              dispositionCommonRegistryCode: dispositionText[incident.disposition],
              dispositionPrimaryIndicator: true,
              dispositionDescriptionText: incident.disposition,
            },
          ],
        }
      : {}),
  };

  return {
    ...prologue(urn("eidoid", `${incident.number}-${events.at(-1)?.seq ?? 0}`), opts.issuedAt),
    eidoVersion: "1.0",
    issuingElementIdentification: `console.${CENTRE_AGENCY_ID}`,
    incidentComponent,
    callComponent: calls,
    ...(callbacks.length ? { callbackComponent: callbacks } : {}),
    locationComponent: [location],
    agencyComponent: agencies,
    agentComponent: agents,
    emergencyResourceComponent: resources,
    dispatchComponent: dispatches,
    notesComponent: notes,
  };
}
