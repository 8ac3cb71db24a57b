import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { setStationSmsNumber } from "@/db/queries/stations";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent, LoggedEventOf } from "@/lib/realtime/events";
import { startFakeTwilioMessages } from "@/lib/testing/fake-twilio-messages";
import { testStations } from "@/lib/testing/fixture";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { type TestDatabase, testDatabaseKinds } from "@/lib/testing/test-databases";

import type { AssignmentView } from "./assignment-view";
import type { EscalationHandled, OpenEscalation } from "./escalation-view";

// Short enough to wait out, long enough that a console killed right after the dispatch's
// answer is gone well before the deadline.
const ACK_S = 3;
const ACCOUNT = `AC${"7".repeat(32)}`;

const connected = (s: ReturnType<RunningConsole["socket"]>) => new Promise<void>((r) => s.once("connect", () => r()));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const escalationsOf = (events: LoggedEvent[], assignmentId: number) =>
  events.filter(
    (e): e is LoggedEventOf<"assignment.escalated"> =>
      e.type === "assignment.escalated" && e.payload.assignment.id === assignmentId,
  );

// The deadline is the assignment's row: a console killed (SIGKILL) before it passes, then
// started again, still raises the alert, and raises it once. The alert is then answered over
// HTTP. SMS: Twilio's account and auth token are set but no sender, so nothing is texted.
describe.each(testDatabaseKinds())("escalation across a console restart on %s", (kind) => {
  let database: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeTwilioMessages>>;
  let env: Record<string, string>;
  let first: RunningConsole | undefined;
  let c: RunningConsole;
  let assignment: AssignmentView;
  let killedAt: number;

  beforeAll(async () => {
    fake = await startFakeTwilioMessages(ACCOUNT);
    database = await prepareTestDatabase(kind, (db) => setStationSmsNumber(db, testStations.polsek, "+6281300002222"));
    env = {
      ACK_TIMEOUT_SECONDS: String(ACK_S),
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_AUTH_TOKEN: "restart-test-auth-token-0123456789",
      TWILIO_API_BASE_URL: fake.url,
    };
    first = await startConsole(kind, env, { database });
  });
  afterAll(async () => {
    await first?.kill();
    await c?.stop();
    await database?.drop();
    await fake?.close();
  });

  it("raises the alert of a job dispatched before a kill -9, once, after the console is started again", async () => {
    const stations = await first!.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    const own = stations.find((s) => s.code === testStations.polsek)!.id;
    const incident = await first!.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "kebakaran", priority: "P1", lat: -6.1595, lon: 106.8531 },
    });
    assignment = await first!.data<AssignmentView>(`/api/incidents/${incident.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId: own },
    });
    await first!.kill();
    killedAt = Date.now();
    expect(killedAt).toBeLessThan(Date.parse(assignment.ackDueAt!));
    expect(Date.parse(assignment.ackDueAt!) - Date.parse(assignment.dispatchedAt)).toBeLessThanOrEqual(
      ACK_S * 1000 + 500,
    );

    c = await startConsole(kind, env, { database });
    const replay = async () =>
      (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "dispatcher" })).events;
    await expect.poll(async () => escalationsOf(await replay(), assignment.id).length, { timeout: 30_000 }).toBe(1);
    const [escalated] = escalationsOf(await replay(), assignment.id);
    // Raised by the console started again, not by the one killed.
    expect(Date.parse(escalated!.at)).toBeGreaterThanOrEqual(killedAt - 50);
    expect(escalated).toMatchObject({ incidentId: incident.id, stationId: null, actorId: null });
    expect(escalated!.payload.next?.id).not.toBe(own);

    // Several sweeps later, still one.
    await sleep(2_500);
    expect(escalationsOf(await replay(), assignment.id)).toHaveLength(1);
    const open = await c.data<OpenEscalation[]>("/api/escalations", { as: "dispatcher" });
    expect(open.map((e) => e.assignment.id)).toEqual([assignment.id]);
    expect(open[0]!.next).toEqual(escalated!.payload.next);
    // No sender set: nothing texted, and no SMS event.
    expect(fake.requests).toEqual([]);
    expect((await replay()).filter((e) => e.type.startsWith("assignment.sms_"))).toEqual([]);
  }, 180_000);

  it("answers the alert over HTTP: wait, a new alert, redispatch; 409 on a second answer, 403 for a polsek", async () => {
    const dispatcher = c.socket("dispatcher");
    const supervisor = c.socket("supervisor");
    const polsek = c.socket("polsek");
    const got: Record<string, LoggedEvent[]> = { dispatcher: [], supervisor: [], polsek: [] };
    dispatcher.on("event:logged", (e) => got.dispatcher!.push(e));
    supervisor.on("event:logged", (e) => got.supervisor!.push(e));
    polsek.on("event:logged", (e) => got.polsek!.push(e));
    await Promise.all([connected(dispatcher), connected(supervisor), connected(polsek)]);
    const answer = (json: unknown, as = "dispatcher") =>
      c.api(`/api/assignments/${assignment.id}/escalation`, { as, method: "POST", json });

    expect((await answer({ action: "wait" }, "polsek")).status).toBe(403);
    expect((await answer({ action: "later" })).status).toBe(422);
    expect((await answer({ action: "redispatch" })).status).toBe(422);

    const waited = await answer({ action: "wait" });
    expect(waited.status).toBe(200);
    expect(((await waited.json()) as { data: EscalationHandled }).data).toMatchObject({
      action: "wait",
      redispatched: null,
      assignment: { id: assignment.id, escalatedAt: null },
    });
    const second = await answer({ action: "wait" });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({
      error: { code: "escalation_not_open", fields: { status: ["dispatched"] } },
    });
    expect(await c.data<OpenEscalation[]>("/api/escalations", { as: "supervisor" })).toEqual([]);

    // Still not acknowledged after another period: a new alert, on both console screens.
    for (const who of ["dispatcher", "supervisor"])
      await expect.poll(() => escalationsOf(got[who]!, assignment.id).length, { timeout: 30_000 }).toBe(1);
    const next = escalationsOf(got.dispatcher!, assignment.id)[0]!.payload.next!;

    const sent = await answer({ action: "redispatch", stationId: next.id });
    expect(sent.status).toBe(200);
    const handled = ((await sent.json()) as { data: EscalationHandled }).data;
    expect(handled.redispatched).toMatchObject({ stationId: next.id, status: "dispatched" });
    expect((await answer({ action: "redispatch", stationId: next.id })).status).toBe(409);
    await expect.poll(() => got.dispatcher!.filter((e) => e.type === "assignment.escalation_handled").length).toBe(2);
    expect(
      got.dispatcher!.some(
        (e) => e.type === "assignment.dispatched" && e.payload.assignment.id === handled.redispatched!.id,
      ),
    ).toBe(true);

    // Console-wide: the late station's officer hears neither the alerts nor their answers.
    const polsekReplay = (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "polsek" }))
      .events;
    const escalationTypes = (e: LoggedEvent) => e.type.startsWith("assignment.escalat");
    expect(polsekReplay.filter(escalationTypes)).toEqual([]);
    expect(got.polsek!.filter(escalationTypes)).toEqual([]);
  }, 120_000);
});
