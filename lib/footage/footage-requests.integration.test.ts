import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type CameraRow, upsertCameras } from "@/db/queries/upsert-cameras";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { testStations } from "@/lib/testing/fixture";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { pdfText } from "@/lib/testing/pdf-text";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import type { FootageRequestView } from "./footage-request-view";
import { legalBases } from "./legal-bases";
import { tanggal } from "./request-letter";

const AT = { lat: -6.1754, lon: 106.8272 };
const camera = (externalId: string, more: Partial<CameraRow> & Pick<CameraRow, "accessMode">): CameraRow => ({
  externalId,
  name: `Ruko ${externalId}`,
  ...AT,
  ownerType: "company",
  ownerName: `PT Pemilik ${externalId}`,
  ownerContact: "+62215550199",
  source: "test",
  ...more,
});

describe.each(testDatabaseKinds())("footage requests on %s", (kind) => {
  let c: RunningConsole;
  const ids: Record<string, number> = {};
  let incident: IncidentView;

  beforeAll(async () => {
    const database = await prepareTestDatabase(kind, async (db) => {
      await upsertCameras(db, [
        camera("F-KEEP", { accessMode: "on_request", retentionDays: 30 }),
        camera("F-SOON", { accessMode: "on_request", retentionDays: 1 }),
        camera("F-LIVE", { accessMode: "live", retentionDays: 30 }),
      ]);
      const { rows } = await db.execute<{ id: number; external_id: string }>(
        sql`SELECT id, external_id FROM cameras WHERE source = 'test'`,
      );
      for (const r of rows) ids[r.external_id] = r.id;
    });
    c = await startConsole(kind, {}, { database });
    incident = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "kriminalitas", priority: "P2", ...AT, description: "Perampokan di ruko" },
    });
  }, 120_000);
  afterAll(async () => {
    await c?.stop();
    await c?.database.drop();
  });

  const post = (path: string, as: string, json: unknown) => c.api(path, { as, method: "POST", json });
  const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it("lets a dispatcher, a supervisor and the sent polsek request; others are refused", async () => {
    const body = { incidentId: incident.id, cameraId: ids["F-KEEP"], legalBasis: "kuhap_penyelidikan" };
    for (const role of ["operator", "monitor", "admin"])
      expect((await post("/api/footage-requests", role, body)).status, role).toBe(403);
    // A polsek officer only for an incident their station was sent to.
    const refused = await post("/api/footage-requests", "polsek", body);
    expect(refused.status).toBe(403);
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const own = stations.find((s) => s.code === testStations.polsek)!.id;
    expect((await post(`/api/incidents/${incident.id}/dispatch`, "dispatcher", { stationId: own })).status).toBe(201);
    const byPolsek = await post("/api/footage-requests", "polsek", body);
    expect(byPolsek.status).toBe(201);
    // A live camera is watched, not requested.
    const live = await post("/api/footage-requests", "dispatcher", { ...body, cameraId: ids["F-LIVE"] });
    expect(live.status).toBe(422);
    expect(await codeOf(live)).toBe("invalid_input");
  });

  it("goes requested -> approved (the letter) -> sent -> received, and answers 409 to impossible steps", async () => {
    const created = await c.data<FootageRequestView>("/api/footage-requests", {
      as: "dispatcher",
      method: "POST",
      json: { incidentId: incident.id, cameraId: ids["F-KEEP"], legalBasis: "uu_pdp_penegakan_hukum" },
    });
    expect(created.status).toBe("requested");
    // The default window: 15 minutes before the first call (here the incident, made without one) to 30 after.
    const t0 = Date.parse(incident.createdAt);
    expect(Date.parse(created.windowStart)).toBe(t0 - 15 * 60_000);
    expect(Date.parse(created.windowEnd)).toBe(t0 + 30 * 60_000);
    expect(created.overwriteOn).not.toBeNull();
    expect(created.overwriteSoon).toBe(false);
    expect(created.letterNumber).toBeNull();
    expect(created.requestingUnit).toMatch(/polsek/i);

    // No letter before approval; only a supervisor decides; nothing follows a request but a decision.
    const early = await c.api(`/api/footage-requests/${created.id}/letter.pdf`, { as: "dispatcher" });
    expect(early.status).toBe(409);
    expect(
      (await post(`/api/footage-requests/${created.id}/decision`, "dispatcher", { decision: "approve" })).status,
    ).toBe(403);
    const tooSoon = await post(`/api/footage-requests/${created.id}/status`, "dispatcher", { status: "received" });
    expect(tooSoon.status).toBe(409);
    expect(((await tooSoon.json()) as { error: { fields: Record<string, string[]> } }).error.fields.status).toEqual([
      "requested",
    ]);

    const approved = await c.data<FootageRequestView>(`/api/footage-requests/${created.id}/decision`, {
      as: "supervisor",
      method: "POST",
      json: { decision: "approve" },
    });
    expect(approved.status).toBe("approved");
    expect(approved.letterNumber).toMatch(new RegExp(`^B/${created.id}/CCTV/[IVX]+/\\d{4}/SIAGA112$`));
    const again = await post(`/api/footage-requests/${created.id}/decision`, "supervisor", { decision: "refuse" });
    expect(again.status).toBe(409);
    expect(await codeOf(again)).toBe("invalid_transition");

    const pdf = await c.api(`/api/footage-requests/${created.id}/letter.pdf`, { as: "dispatcher" });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain(`Nomor: ${approved.letterNumber}`);
    expect(text).toContain(approved.requestingUnit.toUpperCase());
    expect(text).toContain(incident.number);
    expect(text).toContain("Ruko F-KEEP (F-KEEP)");
    expect(text).toContain("PT Pemilik F-KEEP");
    expect(text).toContain("+62215550199");
    expect(text).toContain(" s.d. ");
    expect(text).toContain("WIB");
    expect(text).toContain(legalBases.uu_pdp_penegakan_hukum.id.slice(0, 40));
    expect(text).toContain(`${tanggal(approved.overwriteOn!)} (masa simpan perekam 30 hari)`);
    const letter = await c.data<{ letterNumber: string }>(`/api/footage-requests/${created.id}/letter`, {
      as: "supervisor",
    });
    expect(letter.letterNumber).toBe(approved.letterNumber);

    const sent = await c.data<FootageRequestView>(`/api/footage-requests/${created.id}/status`, {
      as: "dispatcher",
      method: "POST",
      json: { status: "sent_to_owner" },
    });
    expect(sent.status).toBe("sent_to_owner");
    const received = await c.data<FootageRequestView>(`/api/footage-requests/${created.id}/status`, {
      as: "supervisor",
      method: "POST",
      json: { status: "received" },
    });
    expect(received.status).toBe("received");
    const after = await post(`/api/footage-requests/${created.id}/status`, "dispatcher", { status: "refused" });
    expect(after.status).toBe(409);
    expect(((await after.json()) as { error: { fields: Record<string, string[]> } }).error.fields.status).toEqual([
      "received",
    ]);

    const events = (
      await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "supervisor" })
    ).events
      .filter(
        (e) => e.type.startsWith("footage.") && (e.payload as { request: { id: number } }).request.id === created.id,
      )
      .map((e) => e.type);
    expect(events).toEqual(["footage.requested", "footage.approved", "footage.sent_to_owner", "footage.received"]);
  });

  it("refuses a request (no letter), the owner's refusal ends one, and one near its overwrite date stands out", async () => {
    const soon = await c.data<FootageRequestView>("/api/footage-requests", {
      as: "supervisor",
      method: "POST",
      json: { incidentId: incident.id, cameraId: ids["F-SOON"], legalBasis: "uu_polri" },
    });
    expect(soon.overwriteSoon).toBe(true);
    const listed = await c.data<FootageRequestView[]>(`/api/footage-requests?incidentId=${incident.id}`, {
      as: "dispatcher",
    });
    expect(listed.find((r) => r.id === soon.id)!.overwriteSoon).toBe(true);
    expect(listed.every((r) => r.incidentId === incident.id)).toBe(true);

    const refused = await c.data<FootageRequestView>(`/api/footage-requests/${soon.id}/decision`, {
      as: "supervisor",
      method: "POST",
      json: { decision: "refuse", note: "Tidak cukup dasar" },
    });
    expect(refused.status).toBe("refused");
    expect(refused.overwriteSoon).toBe(false);
    expect((await c.api(`/api/footage-requests/${soon.id}/letter.pdf`, { as: "supervisor" })).status).toBe(409);

    const other = await c.data<FootageRequestView>("/api/footage-requests", {
      as: "dispatcher",
      method: "POST",
      json: { incidentId: incident.id, cameraId: ids["F-KEEP"], legalBasis: "uu_ite_alat_bukti" },
    });
    await c.data(`/api/footage-requests/${other.id}/decision`, {
      as: "supervisor",
      method: "POST",
      json: { decision: "approve" },
    });
    await c.data(`/api/footage-requests/${other.id}/status`, {
      as: "dispatcher",
      method: "POST",
      json: { status: "sent_to_owner" },
    });
    const ownerRefused = await c.data<FootageRequestView>(`/api/footage-requests/${other.id}/status`, {
      as: "dispatcher",
      method: "POST",
      json: { status: "refused" },
    });
    expect(ownerRefused.status).toBe("refused");
    // The other polsek's officer sees none of this incident's requests.
    expect(await c.data<FootageRequestView[]>("/api/footage-requests", { as: "polsekOther" })).toEqual([]);
    expect((await c.api(`/api/footage-requests/${other.id}`, { as: "polsekOther" })).status).toBe(404);
  });
});
