import { describe, expect, it } from "vitest";

import { recordSource } from "@/lib/testing/record-source";

import { buildEido } from "./build-eido";
import { type EidoDocument, eidoSchema } from "./eido-schema";

const ISSUED = "2026-11-26T11:00:00.000Z";

/** Every `$ref` in the document, wherever it sits. */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refsOf(v)));
  return [];
}

/** Every `$id` of a data component in the document. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (k === "$id" && typeof v === "string" ? [v] : idsOf(v)));
  return [];
}

describe("the incident as a NENA EIDO", () => {
  const eido: EidoDocument = buildEido(recordSource(), { role: "supervisor", issuedAt: ISSUED });

  it("holds the required fields of NENA's published EIDO schema (STA-021.1b)", () => {
    const parsed = eidoSchema.safeParse(eido);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(eido).toMatchObject({ eidoVersion: "1.0", issuingElementIdentification: "console.siaga112.jakarta.go.id" });
    // A document missing a required field of each kind is refused by the same checks.
    const broken = structuredClone(eido) as Record<string, unknown> & typeof eido;
    delete (broken.emergencyResourceComponent![0] as Record<string, unknown>).secondaryUnitStatusRegistryText;
    delete (broken.callComponent![0] as Record<string, unknown>).direction;
    delete (broken.locationComponent![0] as Record<string, unknown>).locationTypeDescriptionRegistryText;
    delete (broken.incidentComponent as Record<string, unknown>).incidentTypeCommonRegistryText;
    delete (broken.agencyComponent[0] as Record<string, unknown>).updatedByAgencyReference;
    const paths = eidoSchema.safeParse(broken).error!.issues.map((i) => i.path.join("."));
    expect(paths.sort()).toEqual(
      [
        "agencyComponent.0.updatedByAgencyReference",
        "callComponent.0.direction",
        "emergencyResourceComponent.0.secondaryUnitStatusRegistryText",
        "incidentComponent.incidentTypeCommonRegistryText",
        "locationComponent.0.locationTypeDescriptionRegistryText",
      ].sort(),
    );
  });

  it("points every reference at a component of the document, and names each component once", () => {
    const ids = idsOf(eido);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = refsOf(eido).filter((r) => !ids.includes(r));
    expect(missing).toEqual([]);
  });

  it("carries the incident, its place, its call and the polsek's unit", () => {
    expect(eido.incidentComponent).toMatchObject({
      $id: "urn:emergency:uid:incidentid:112-20261126-0007:siaga112.jakarta.go.id",
      incidentTypeCommonRegistryText: "Law Enforcement",
      incidentTypeInternalCode: "kriminalitas",
      incidentStatusCommonRegistryText: ["Closed"],
      incidentCommonPriorityNumber: 1,
      beatOrDispatchGroupText: "Kemayoran",
      lastUpdateTimeStamp: "2026-11-26T10:45:00.000Z",
      dispositionComponent: [{ dispositionCommonRegistryCode: "Handled" }],
    });
    const [location] = eido.locationComponent!;
    expect(location!.locationByValue).toContain("<gml:pos>-6.1595 106.8531</gml:pos>");
    expect(location!.locationByValue).toContain("<ca:A3>Kemayoran</ca:A3>");
    // Text from a person is escaped inside the XML.
    expect(location!.locationByValue).toContain("Jl. Garuda &lt;No. 5&gt;");
    expect(eido.callComponent![0]).toMatchObject({
      callStateRegistryText: "callEnd",
      direction: "incoming",
      callStartTimestamp: "2026-11-26T10:00:00.000Z",
      answerDate: "2026-11-26T10:00:12.000Z",
      localCallType: "emergency",
    });
    expect(eido.callbackComponent![0]!.callBackInformationUri).toEqual(["tel:+6281277788899"]);
    expect(eido.emergencyResourceComponent![0]).toMatchObject({
      emergencyResourceName: "Polsek Kemayoran Patroli 2",
      primaryUnitStatusRegistryText: "Available",
      secondaryUnitStatusRegistryText: ["Cleared"],
      agentReference: [{ $ref: "u-polsek@siaga112.jakarta.go.id" }],
    });
    expect(eido.dispatchComponent![0]).toMatchObject({
      agencyReference: { $ref: "polsek-3173060.stations.siaga112.jakarta.go.id" },
      agentReference: { $ref: "u-dispatcher@siaga112.jakarta.go.id" },
    });
    const officer = eido.agentComponent!.find((a) => a.$id === "u-polsek@siaga112.jakarta.go.id");
    expect(officer).toMatchObject({
      agentRoleRegistryText: ["Responder"],
      agencyReference: { $ref: "polsek-3173060.stations.siaga112.jakarta.go.id" },
    });
    expect(eido.notesComponent!.map((n) => n.notesActionComments)).toEqual([
      "Penjambretan, pelaku lari ke arah pasar",
      "Korban &lt;luka ringan&gt; &amp; dibawa ke RS",
      "Pelaku diamankan warga, dibawa ke polsek.",
    ]);
  });

  it("leaves the caller's number out for a role that may not see it", () => {
    const forAdmin = buildEido(recordSource(), { role: "admin", issuedAt: ISSUED });
    expect(eidoSchema.safeParse(forAdmin).success).toBe(true);
    expect(forAdmin.callbackComponent).toBeUndefined();
    expect(JSON.stringify(forAdmin)).not.toContain("81277788899");
  });
});
