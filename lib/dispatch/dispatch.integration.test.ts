import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent } from "@/lib/realtime/events";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

import type { AssignmentView } from "./assignment-view";
import type { RecommendedStation } from "./recommendation-view";

const connected = (s: ReturnType<RunningConsole["socket"]>) => new Promise<void>((r) => s.once("connect", () => r()));

describe.each(testDatabaseKinds())("dispatch on %s", (kind) => {
  let c: RunningConsole;
  let own: number;
  let other: number;
  const newIncident = () =>
    c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "kriminalitas", priority: "P1", lat: -6.1595, lon: 106.8531, description: "Penjambretan" },
    });
  const dispatch = (incidentId: number, stationId: number) =>
    c.api(`/api/incidents/${incidentId}/dispatch`, { as: "dispatcher", method: "POST", json: { stationId } });
  const step = (id: number, as: string, json: Record<string, unknown>) =>
    c.api(`/api/assignments/${id}/status`, { as, method: "POST", json });

  beforeAll(async () => {
    c = await startConsole(kind);
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const idOf = (code: string) => stations.find((s) => s.code === code)!.id;
    own = idOf(c.users.polsek!.stationCode!);
    other = idOf(c.users.polsekOther!.stationCode!);
  });
  afterAll(async () => {
    await c?.stop();
  });

  it("takes a job from dispatch to cleared, the incident's status following, then closes it", async () => {
    const incident = await newIncident();
    const polsek = c.socket("polsek");
    const dispatcher = c.socket("dispatcher");
    const polsekGot: LoggedEvent[] = [];
    const dispatcherGot: LoggedEvent[] = [];
    polsek.on("event:logged", (e) => polsekGot.push(e));
    dispatcher.on("event:logged", (e) => dispatcherGot.push(e));
    await Promise.all([connected(polsek), connected(dispatcher)]);

    const res = await dispatch(incident.id, own);
    expect(res.status).toBe(201);
    const { data: assignment } = (await res.json()) as { data: AssignmentView };
    expect(assignment).toMatchObject({ incidentId: incident.id, stationId: own, status: "dispatched" });

    // A second dispatch of the same station while it works the job: 409.
    const twice = await dispatch(incident.id, own);
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { error: { code: string } }).error.code).toBe("already_assigned");

    // Out of order: 409 with the current state.
    const early = await step(assignment.id, "polsek", { status: "on_scene" });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({
      error: { code: "invalid_transition", fields: { status: ["dispatched"] } },
    });

    // The report's outcome is required to clear.
    expect((await step(assignment.id, "polsek", { status: "acknowledged", unit: "Patroli 2" })).status).toBe(200);
    expect((await step(assignment.id, "polsek", { status: "en_route" })).status).toBe(200);
    expect((await step(assignment.id, "polsek", { status: "on_scene" })).status).toBe(200);
    expect((await step(assignment.id, "polsek", { status: "cleared" })).status).toBe(422);
    const cleared = await step(assignment.id, "polsek", {
      status: "cleared",
      outcome: "suspect_secured",
      report: "Pelaku diamankan, dibawa ke polsek.",
    });
    expect(cleared.status).toBe(200);
    expect(((await cleared.json()) as { data: AssignmentView }).data).toMatchObject({
      status: "cleared",
      unit: "Patroli 2",
      outcome: "suspect_secured",
      fieldReport: "Pelaku diamankan, dibawa ke polsek.",
    });
    const after = await c.data<IncidentView & { assignments: AssignmentView[] }>(`/api/incidents/${incident.id}`, {
      as: "dispatcher",
    });
    expect(after.status).toBe("on_scene");
    expect(after.assignments.map((a) => a.status)).toEqual(["cleared"]);

    // Closed with a disposition; a second close is 409.
    const closed = await c.data<IncidentView>(`/api/incidents/${incident.id}/close`, {
      as: "dispatcher",
      method: "POST",
      json: { disposition: "resolved" },
    });
    expect(closed.status).toBe("closed");
    expect(
      (
        await c.api(`/api/incidents/${incident.id}/close`, {
          as: "dispatcher",
          method: "POST",
          json: { disposition: "resolved" },
        })
      ).status,
    ).toBe(409);

    // Every step reached the station's officer and the dispatcher, the incident's status with it.
    await expect.poll(() => dispatcherGot.filter((e) => e.type === "incident.closed").length).toBe(1);
    const steps = (got: LoggedEvent[]) =>
      got.flatMap((e) =>
        e.type === "assignment.dispatched" || e.type === "assignment.updated"
          ? [`${e.payload.assignment.status}/${e.payload.incident.status}`]
          : [],
      );
    const expected = [
      "dispatched/dispatched",
      "acknowledged/dispatched",
      "en_route/dispatched",
      "on_scene/on_scene",
      "cleared/on_scene",
    ];
    expect(steps(dispatcherGot)).toEqual(expected);
    expect(steps(polsekGot)).toEqual(expected);
  });

  it("keeps another station's job from its officer: 403, nothing on its socket or in its replay", async () => {
    const incident = await newIncident();
    const otherSocket = c.socket("polsekOther");
    const otherGot: LoggedEvent[] = [];
    otherSocket.on("event:logged", (e) => otherGot.push(e));
    await connected(otherSocket);
    const replayStart = (
      await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "admin" })
    ).events.at(-1)!.seq;

    const { data: assignment } = (await (await dispatch(incident.id, own)).json()) as { data: AssignmentView };
    expect((await step(assignment.id, "polsekOther", { status: "acknowledged" })).status).toBe(403);
    expect((await step(assignment.id, "polsek", { status: "acknowledged" })).status).toBe(200);
    // A polsek officer cannot dispatch or close.
    expect(
      (
        await c.api(`/api/incidents/${incident.id}/dispatch`, {
          as: "polsek",
          method: "POST",
          json: { stationId: own },
        })
      ).status,
    ).toBe(403);
    // The dispatcher may also move it, and cancel it with a reason.
    const cancelled = await step(assignment.id, "dispatcher", { status: "cancelled", note: "Dipindah ke polsek lain" });
    expect(((await cancelled.json()) as { data: AssignmentView }).data).toMatchObject({
      status: "cancelled",
      note: "Dipindah ke polsek lain",
    });
    // Cancelled, the station may be sent again; the incident is open once no one is on it.
    expect((await c.data<IncidentView>(`/api/incidents/${incident.id}`, { as: "dispatcher" })).status).toBe("open");
    expect((await dispatch(incident.id, own)).status).toBe(201);
    expect((await dispatch(incident.id, other)).status).toBe(201);

    const replay = await c.data<{ events: LoggedEvent[] }>(`/api/events?after=${replayStart}`, { as: "polsekOther" });
    await new Promise((r) => setTimeout(r, 200));
    const carries = (e: LoggedEvent) => e.incidentId === incident.id && e.stationId !== other;
    expect(replay.events.filter(carries)).toEqual([]);
    expect(otherGot.filter(carries)).toEqual([]);
    expect(otherGot.some((e) => e.type === "assignment.dispatched" && e.stationId === other)).toBe(true);
  });

  it("moves a job to another station with a reason in one step, and keeps notes in the timeline", async () => {
    const incident = await newIncident();
    const { data: first } = (await (await dispatch(incident.id, own)).json()) as { data: AssignmentView };
    const move = (id: number, json: Record<string, unknown>) =>
      c.api(`/api/assignments/${id}/move`, { as: "dispatcher", method: "POST", json });
    // A reason is required; the same station is no move; a polsek officer may not move jobs.
    expect((await move(first.id, { stationId: other })).status).toBe(422);
    expect((await move(first.id, { stationId: own, reason: "x" })).status).toBe(409);
    expect(
      (
        await c.api(`/api/assignments/${first.id}/move`, {
          as: "polsek",
          method: "POST",
          json: { stationId: other, reason: "x" },
        })
      ).status,
    ).toBe(403);

    const moved = await move(first.id, { stationId: other, reason: "Polsek pertama tidak menjawab" });
    expect(moved.status).toBe(201);
    const { data: second } = (await moved.json()) as { data: AssignmentView };
    expect(second).toMatchObject({ stationId: other, status: "dispatched" });
    // A cancelled assignment moves no more.
    expect((await move(first.id, { stationId: other, reason: "lagi" })).status).toBe(409);

    const note = await c.api(`/api/incidents/${incident.id}/notes`, {
      as: "dispatcher",
      method: "POST",
      json: { text: "Pelapor menunggu di depan minimarket" },
    });
    expect(note.status).toBe(201);
    expect(
      (await c.api(`/api/incidents/${incident.id}/notes`, { as: "dispatcher", method: "POST", json: { text: " " } }))
        .status,
    ).toBe(422);
    expect(
      (await c.api(`/api/incidents/2147483647/notes`, { as: "dispatcher", method: "POST", json: { text: "x" } }))
        .status,
    ).toBe(404);

    const detail = await c.data<IncidentView & { assignments: AssignmentView[]; timeline: LoggedEvent[] }>(
      `/api/incidents/${incident.id}`,
      { as: "dispatcher" },
    );
    expect(detail.status).toBe("dispatched");
    expect(detail.assignments.map((a) => [a.stationId, a.status, a.note])).toEqual([
      [own, "cancelled", "Polsek pertama tidak menjawab"],
      [other, "dispatched", null],
    ]);
    expect(detail.timeline.map((e) => e.type).slice(-3)).toEqual([
      "assignment.updated",
      "assignment.dispatched",
      "incident.noted",
    ]);
  });

  it("makes exactly one assignment of 10 parallel dispatches of one station", async () => {
    const incident = await newIncident();
    const results = await Promise.all(Array.from({ length: 10 }, () => dispatch(incident.id, other)));
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    const detail = await c.data<{ assignments: AssignmentView[] }>(`/api/incidents/${incident.id}`, {
      as: "dispatcher",
    });
    expect(detail.assignments).toHaveLength(1);
  });

  it("recommends staffed polsek quickest first, the jurisdiction's own marked", async () => {
    // Near Kemayoran's published position (POLSEK-3173060), inside Kemayoran.
    const incident = await newIncident();
    const ranked = await c.data<RecommendedStation[]>(`/api/incidents/${incident.id}/recommendation`, {
      as: "dispatcher",
    });
    expect(ranked.length).toBeGreaterThanOrEqual(10);
    expect(ranked[0]).toMatchObject({ code: "POLSEK-3173060", inJurisdiction: true, locationApproximate: false });
    expect(ranked[0]!.distanceM).toBeLessThan(500);
    expect(ranked.filter((s) => s.inJurisdiction).map((s) => s.code)).toEqual(["POLSEK-3173060"]);
    expect(ranked.map((s) => s.etaS)).toEqual([...ranked.map((s) => s.etaS)].sort((a, b) => a - b));
    for (const s of ranked) expect(s.staffed).toBe(true);

    // An unstaffed station is not offered.
    await c.data(`/api/stations/${ranked[0]!.id}/staffing`, {
      as: "dispatcher",
      method: "POST",
      json: { staffed: false },
    });
    const without = await c.data<RecommendedStation[]>(`/api/incidents/${incident.id}/recommendation`, {
      as: "dispatcher",
    });
    expect(without.map((s) => s.code)).not.toContain("POLSEK-3173060");
    await c.data(`/api/stations/${ranked[0]!.id}/staffing`, {
      as: "dispatcher",
      method: "POST",
      json: { staffed: true },
    });
    expect((await c.api("/api/incidents/2147483647/recommendation", { as: "dispatcher" })).status).toBe(404);
  });

  it("logs the ranking at creation, moves the place with a reason and ranks again; the working polsek hears of it", async () => {
    const incident = await newIncident();
    const timeline = async () =>
      (await c.data<{ timeline: LoggedEvent[] }>(`/api/incidents/${incident.id}`, { as: "dispatcher" })).timeline;
    const rankings = async () =>
      (await timeline()).flatMap((e) => (e.type === "incident.recommended" ? [e.payload] : []));
    await expect.poll(async () => (await rankings()).map((r) => r.reason)).toEqual(["created"]);
    expect((await rankings())[0]!.stations[0]!.code).toBe("POLSEK-3173060");
    expect((await dispatch(incident.id, own)).status).toBe(201);

    const polsek = c.socket("polsek");
    const polsekGot: LoggedEvent[] = [];
    polsek.on("event:logged", (e) => polsekGot.push(e));
    await connected(polsek);
    const move = (json: Record<string, unknown>, id = incident.id) =>
      c.api(`/api/incidents/${id}/place`, { as: "dispatcher", method: "POST", json });

    // Refused, and nothing moves: no reason, outside Jakarta, no such incident.
    expect((await move({ lat: -6.2846, lon: 106.8446 })).status).toBe(422);
    expect((await move({ lat: -6.4, lon: 106.8, reason: "Depok" })).status).toBe(422);
    expect((await move({ lat: -6.2846, lon: 106.8446, reason: "x" }, 2147483647)).status).toBe(404);
    expect((await timeline()).filter((e) => e.type === "incident.moved")).toEqual([]);

    // Pasar Minggu, Jakarta Selatan: far from Kemayoran.
    const res = await move({ lat: -6.2846, lon: 106.8446, reason: "Penelepon meralat: di Pasar Minggu" });
    expect(res.status).toBe(200);
    const moved = ((await res.json()) as { data: IncidentView }).data;
    expect(moved.kecamatan?.name).toBe("Pasar Minggu");
    expect(moved.kota?.name).toMatch(/Selatan/);

    await expect.poll(async () => (await rankings()).map((r) => r.reason)).toEqual(["created", "moved"]);
    const ranked = await c.data<RecommendedStation[]>(`/api/incidents/${incident.id}/recommendation`, {
      as: "dispatcher",
    });
    expect(ranked[0]!.code).not.toBe("POLSEK-3173060");
    expect(ranked.find((s) => s.inJurisdiction)?.code).toBe("POLSEK-3171020");
    expect(ranked).toEqual((await rankings())[1]!.stations);

    // The station still on the job hears of the move, with the reason.
    await expect.poll(() => polsekGot.filter((e) => e.type === "incident.moved").length).toBe(1);
    const heard = polsekGot.find((e) => e.type === "incident.moved");
    expect(heard?.type === "incident.moved" && heard.payload.reason).toBe("Penelepon meralat: di Pasar Minggu");
    polsek.disconnect();
  });
});
