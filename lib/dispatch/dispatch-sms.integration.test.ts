import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { setStationSmsNumber } from "@/db/queries/stations";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LoggedEvent, LoggedEventOf } from "@/lib/realtime/events";
import { type MessageRequest, startFakeTwilioMessages } from "@/lib/testing/fake-twilio-messages";
import { testStations } from "@/lib/testing/fixture";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { type TestDatabase, testDatabaseKinds } from "@/lib/testing/test-databases";

import type { AssignmentView } from "./assignment-view";

const ACCOUNT = `AC${"5".repeat(32)}`;
const AUTH_TOKEN = "sms-test-auth-token-0123456789abcdef";
const FROM = "+14155550112";
const OWN_SMS = "+6281300001111";

const connected = (s: ReturnType<RunningConsole["socket"]>) => new Promise<void>((r) => s.once("connect", () => r()));
const smsOf = (got: LoggedEvent[], assignmentId: number) =>
  got.filter(
    (e): e is LoggedEventOf<"assignment.sms_sent" | "assignment.sms_failed"> =>
      (e.type === "assignment.sms_sent" || e.type === "assignment.sms_failed") &&
      e.payload.assignmentId === assignmentId,
  );

// Each dispatch texts the station through the real twilio client, pointed at a local stand-in
// for Twilio's Messages API; what the stand-in answers decides the event, and a stand-in that
// never answers holds up neither the dispatch's answer nor the job on the station's socket.
describe.each(testDatabaseKinds())("dispatch SMS on %s", (kind) => {
  let c: RunningConsole;
  let database: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeTwilioMessages>>;
  let own: number;
  let other: number;
  const dispatcherGot: LoggedEvent[] = [];
  const polsekGot: LoggedEvent[] = [];

  beforeAll(async () => {
    fake = await startFakeTwilioMessages(ACCOUNT);
    // The station's SMS number, as an import would set it; the other station has none.
    database = await prepareTestDatabase(kind, (db) => setStationSmsNumber(db, testStations.polsek, OWN_SMS));
    c = await startConsole(
      kind,
      {
        TWILIO_ACCOUNT_SID: ACCOUNT,
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        TWILIO_SMS_FROM: FROM,
        TWILIO_API_BASE_URL: fake.url,
      },
      { database },
    );
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    own = stations.find((s) => s.code === testStations.polsek)!.id;
    other = stations.find((s) => s.code === testStations.polsekOther)!.id;
    const dispatcher = c.socket("dispatcher");
    const polsek = c.socket("polsek");
    dispatcher.on("event:logged", (e) => dispatcherGot.push(e));
    polsek.on("event:logged", (e) => polsekGot.push(e));
    await Promise.all([connected(dispatcher), connected(polsek)]);
  });
  afterAll(async () => {
    await c?.stop();
    await database?.drop();
    await fake?.close();
  });

  const dispatchNew = async (stationId = own) => {
    const incident = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: {
        type: "kriminalitas",
        priority: "P1",
        lat: -6.1595,
        lon: 106.8531,
        address: "Jl. Landasan Pacu Selatan",
        description: "Penjambretan",
      },
    });
    const res = await c.api(`/api/incidents/${incident.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId },
    });
    expect(res.status).toBe(201);
    return { incident, assignment: ((await res.json()) as { data: AssignmentView }).data };
  };
  const smsEvent = async (assignmentId: number) => {
    await expect.poll(() => smsOf(dispatcherGot, assignmentId).length, { timeout: 30_000 }).toBe(1);
    return smsOf(dispatcherGot, assignmentId)[0]!;
  };

  it("texts the station its job: number, type in Indonesian, place and link, as the account", async () => {
    fake.setMode("created");
    const before = fake.requests.length;
    const { incident, assignment } = await dispatchNew();
    const event = await smsEvent(assignment.id);

    expect(fake.requests.length).toBe(before + 1);
    const request: MessageRequest = fake.requests.at(-1)!;
    expect(request).toMatchObject({
      method: "POST",
      path: `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`,
      authorization: `Basic ${Buffer.from(`${ACCOUNT}:${AUTH_TOKEN}`).toString("base64")}`,
    });
    expect(request.contentType).toContain("application/x-www-form-urlencoded");
    expect(request.form.To).toBe(OWN_SMS);
    expect(request.form.From).toBe(FROM);
    const body = request.form.Body!;
    expect(body).toContain(incident.number);
    expect(body).toContain("Kriminalitas");
    expect(body).toContain(`Kel. ${incident.kelurahan!.name}`);
    expect(body).toContain("Jl. Landasan Pacu Selatan");
    expect(body).toContain(`${c.url}/polsek?assignment=${assignment.id}`);

    expect(event.type).toBe("assignment.sms_sent");
    expect(event).toMatchObject({ incidentId: incident.id, stationId: own, actorId: null });
    expect(event.payload).toMatchObject({
      assignmentId: assignment.id,
      incidentNumber: incident.number,
      stationCode: testStations.polsek,
      to: OWN_SMS,
    });
    expect((event.payload as { sid: string }).sid).toMatch(/^SM[0-9a-f]{32}$/);
    // Scoped like the dispatch: the station's own officer hears it too.
    await expect.poll(() => smsOf(polsekGot, assignment.id).map((e) => e.type)).toEqual(["assignment.sms_sent"]);
  });

  it.each([
    ["server_error", /Twilio 500.*20500/],
    ["invalid_number", /Twilio 400.*21211.*not a valid phone number/],
  ] as const)("records Twilio's refusal (%s) as assignment.sms_failed, the job intact", async (mode, reason) => {
    fake.setMode(mode);
    const { assignment } = await dispatchNew();
    const event = await smsEvent(assignment.id);
    expect(event.type).toBe("assignment.sms_failed");
    const error = (event.payload as { error: string }).error;
    expect(error).toMatch(reason);
    expect(error).not.toContain(AUTH_TOKEN);
    expect(error).not.toContain(Buffer.from(`${ACCOUNT}:${AUTH_TOKEN}`).toString("base64"));
    const job = await c.data<{ assignments: AssignmentView[] }>(`/api/incidents/${assignment.incidentId}`, {
      as: "dispatcher",
    });
    expect(job.assignments.map((a) => [a.id, a.status])).toEqual([[assignment.id, "dispatched"]]);
  });

  it("says a station without an SMS number got no text, and asks Twilio nothing", async () => {
    fake.setMode("created");
    const before = fake.requests.length;
    const { assignment } = await dispatchNew(other);
    const event = await smsEvent(assignment.id);
    expect(event.type).toBe("assignment.sms_failed");
    expect(event.payload).toMatchObject({ to: null, error: `${testStations.polsekOther} has no SMS number` });
    expect(fake.requests.length).toBe(before);
  });

  it("answers the dispatch and puts the job on the polsek's socket while Twilio hangs, then gives up on the text", async () => {
    fake.setMode("hang");
    const before = fake.requests.length;
    const { assignment } = await dispatchNew();
    // Answered 201 (in dispatchNew) with no SMS result yet: the answer did not wait for Twilio.
    expect(smsOf(dispatcherGot, assignment.id)).toEqual([]);
    await expect
      .poll(() =>
        polsekGot.some((e) => e.type === "assignment.dispatched" && e.payload.assignment.id === assignment.id),
      )
      .toBe(true);
    await fake.received(before + 1);
    expect(smsOf(polsekGot, assignment.id)).toEqual([]);
    // The stand-in never answers: the client's timeout ends the wait, as a failure.
    const event = await smsEvent(assignment.id);
    expect(event.type).toBe("assignment.sms_failed");
    expect((event.payload as { error: string }).error).toMatch(/timeout/i);
    const dispatchedSeq = dispatcherGot.find(
      (e) => e.type === "assignment.dispatched" && e.payload.assignment.id === assignment.id,
    )!.seq;
    expect(event.seq).toBeGreaterThan(dispatchedSeq);
  }, 60_000);
});
