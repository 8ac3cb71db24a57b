import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type CameraRow, upsertCameras } from "@/db/queries/upsert-cameras";
import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import { eidoSchema } from "@/lib/eido/eido-schema";
import type { FootageRequestView } from "@/lib/footage/footage-request-view";
import { type HlsStream, startHlsStream } from "@/lib/testing/hls-stream";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { pdfText } from "@/lib/testing/pdf-text";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import type { IncidentView } from "./incident-view";

// Inside Kemayoran, near its polsek (the fixture's polsek officer's station).
const AT = { lat: -6.1595, lon: 106.8531 };
const FROM = "+6281277788899";

const camera = (externalId: string, more: Partial<CameraRow> & Pick<CameraRow, "accessMode">): CameraRow => ({
  externalId,
  name: `Kamera ${externalId}`,
  ...AT,
  ownerType: "company",
  ownerName: `PT ${externalId}`,
  source: "test",
  ...more,
});

const refsOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(refsOf)
    : v && typeof v === "object"
      ? Object.entries(v).flatMap(([k, x]) => (k === "$ref" && typeof x === "string" ? [x] : refsOf(x)))
      : [];
const idsOf = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(idsOf)
    : v && typeof v === "object"
      ? Object.entries(v).flatMap(([k, x]) => (k === "$id" && typeof x === "string" ? [x] : idsOf(x)))
      : [];

// One incident's whole life through the console's own API, then its record as a page, a PDF
// and an EIDO, for each role.
describe.each(testDatabaseKinds())("the incident record on %s", (kind) => {
  let c: RunningConsole;
  let stream: HlsStream;
  let incident: IncidentView;
  let letterNumber: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    stream = await startHlsStream();
    const database = await prepareTestDatabase(kind, async (db) => {
      await upsertCameras(db, [
        camera("R-NEAR", { accessMode: "live", streamUrl: stream.playlistUrl }),
        // About 2.2 km north: watched during the incident, but not a view of its place.
        camera("R-FAR", { accessMode: "live", streamUrl: stream.playlistUrl, lat: AT.lat + 0.02 }),
        camera("R-OWNER", { accessMode: "on_request", retentionDays: 14 }),
      ]);
      const { rows } = await db.execute<{ id: number; external_id: string }>(
        sql`SELECT id, external_id FROM cameras WHERE source = 'test'`,
      );
      for (const r of rows) ids[r.external_id] = r.id;
    });
    c = await startConsole(kind, {}, { database });
    const watch = async (id: number) => {
      expect((await c.api(`/api/cameras/${id}/live/index.m3u8`, { as: "dispatcher" })).status).toBe(200);
      await c.data(`/api/cameras/${id}/views/close`, { as: "dispatcher", method: "POST" });
    };
    // Watched before the incident existed: not part of its record.
    await watch(ids["R-NEAR"]!);

    const call = await c.data<CallView>("/api/calls", { as: "operator", method: "POST", json: { callerNumber: FROM } });
    incident = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: {
        type: "kriminalitas",
        priority: "P1",
        ...AT,
        address: "Jl. Garuda",
        description: "Penjambretan",
        callId: call.id,
      },
    });
    await watch(ids["R-NEAR"]!);
    await watch(ids["R-FAR"]!);
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const station = stations.find((s) => s.code === c.users.polsek!.stationCode)!;
    const job = await c.data<AssignmentView>(`/api/incidents/${incident.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId: station.id },
    });
    const step = (json: object) => c.data(`/api/assignments/${job.id}/status`, { as: "polsek", method: "POST", json });
    await step({ status: "acknowledged", unit: "Patroli 2" });
    await step({ status: "en_route" });
    await step({ status: "on_scene" });
    const request = await c.data<FootageRequestView>("/api/footage-requests", {
      as: "dispatcher",
      method: "POST",
      json: { incidentId: incident.id, cameraId: ids["R-OWNER"], legalBasis: "kuhap_penyelidikan" },
    });
    letterNumber = (
      await c.data<FootageRequestView>(`/api/footage-requests/${request.id}/decision`, {
        as: "supervisor",
        method: "POST",
        json: { decision: "approve" },
      })
    ).letterNumber!;
    await step({ status: "cleared", outcome: "suspect_secured", report: "Pelaku diamankan." });
    await c.data(`/api/incidents/${incident.id}/notes`, {
      as: "dispatcher",
      method: "POST",
      json: { text: "Korban dibawa ke RS" },
    });
    await c.data(`/api/incidents/${incident.id}/close`, {
      as: "dispatcher",
      method: "POST",
      json: { disposition: "resolved" },
    });
  });
  afterAll(async () => {
    await c?.stop();
    await stream?.stop();
  });

  it("shows a supervisor every step in order, the calls, the cameras watched around the place and the footage", async () => {
    const res = await c.api(`/incidents/${incident.id}/record`, { as: "supervisor" });
    expect(res.status).toBe(200);
    // The record's own markup: the console's live feed around it names other cameras too.
    const page = await res.text();
    const html = page.slice(page.indexOf('<main class="page record"'), page.indexOf("</main>"));
    const all = [...html.matchAll(/data-event-type="([^"]+)"/g)].map((m) => m[1]);
    // The stations' ranking is logged once the incident has committed, whenever it is ready.
    expect(all.filter((t) => t === "incident.recommended")).toEqual(["incident.recommended"]);
    const types = all.filter((t) => t !== "incident.recommended");
    expect(types).toEqual([
      "call.logged",
      "incident.created",
      "call.classified",
      "auth.camera_view_opened",
      "auth.camera_view_closed",
      "assignment.dispatched",
      "assignment.updated",
      "assignment.updated",
      "assignment.updated",
      "footage.requested",
      "footage.approved",
      "assignment.updated",
      "incident.noted",
      "incident.closed",
    ]);
    const steps = [...html.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
    expect(steps).toEqual(["dispatched", "acknowledged", "en_route", "on_scene", "cleared"]);
    expect(html).toContain(FROM);
    expect(html).toContain("Kamera R-NEAR");
    expect(html.match(/Kamera R-NEAR/g)).toHaveLength(3); // the views table, its open and close events
    expect(html).not.toContain("Kamera R-FAR");
    expect(html).toContain(letterNumber);
    expect(html).toContain('data-testid="record-map-incident"');
    // A dispatcher works the incident on /dispatch; the record is not theirs.
    const dispatcher = await c.api(`/incidents/${incident.id}/record`, { as: "dispatcher", redirect: "manual" });
    expect(dispatcher.status).toBe(307);
    expect((await c.api(`/incidents/2147483647/record`, { as: "supervisor" })).status).toBe(404);
  });

  it("gives the record as a PDF to supervisors and admins only, the caller's number to the supervisor only", async () => {
    const res = await c.api(`/api/incidents/${incident.id}/record.pdf`, { as: "supervisor" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const text = pdfText(pdf);
    expect(text).toContain(`Catatan kejadian ${incident.number}`);
    expect(text).toContain(FROM);
    expect(text).toContain("Kamera R-NEAR");
    expect(text).toContain(letterNumber);
    for (const step of ["dikirim", "diterima", "berangkat", "di lokasi", "selesai"]) expect(text).toContain(step);
    const english = pdfText(
      Buffer.from(
        await (
          await c.api(`/api/incidents/${incident.id}/record.pdf`, { as: "admin", headers: { cookie: "locale=en" } })
        ).arrayBuffer(),
      ),
    );
    expect(english).toContain(`Incident record ${incident.number}`);
    expect(english).not.toContain(FROM);
    for (const role of ["operator", "dispatcher", "polsek", "monitor"]) {
      const refused = await c.api(`/api/incidents/${incident.id}/record.pdf`, { as: role });
      expect(refused.status, role).toBe(403);
    }
    expect((await c.api(`/api/incidents/2147483647/record.pdf`, { as: "supervisor" })).status).toBe(404);
  });

  it("answers the same incident as a NENA EIDO that holds the schema's required fields", async () => {
    const res = await c.api(`/api/incidents/${incident.id}/eido`, { as: "supervisor" });
    expect(res.status).toBe(200);
    const eido = (await res.json()) as unknown;
    const parsed = eidoSchema.safeParse(eido);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const doc = parsed.data!;
    expect(refsOf(doc).filter((r) => !idsOf(doc).includes(r))).toEqual([]);
    expect(doc.incidentComponent).toMatchObject({
      internalIncidentId: incident.number,
      incidentStatusCommonRegistryText: ["Closed"],
      incidentTypeInternalCode: "kriminalitas",
    });
    expect(doc.callComponent).toHaveLength(1);
    expect(doc.callbackComponent![0]!.callBackInformationUri).toEqual([`tel:${FROM}`]);
    expect(doc.emergencyResourceComponent![0]).toMatchObject({ primaryUnitStatusRegistryText: "Available" });
    expect(doc.emergencyResourceComponent![0]!.emergencyResourceName).toContain("Patroli 2");

    const forAdmin = await c.api(`/api/incidents/${incident.id}/eido`, { as: "admin" });
    expect(forAdmin.status).toBe(200);
    expect(await forAdmin.text()).not.toContain(FROM.slice(3));
    for (const role of ["operator", "dispatcher", "polsek", "monitor"]) {
      const refused = await c.api(`/api/incidents/${incident.id}/eido`, { as: role });
      expect(refused.status, role).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    const unknown = await c.api(`/api/incidents/2147483647/eido`, { as: "supervisor" });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await c.api(`/api/incidents/abc/eido`, { as: "supervisor" })).status).toBe(422);
  });
});
