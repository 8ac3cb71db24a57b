import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { setStationSmsNumber } from "@/db/queries/stations";
import type { CallView } from "@/lib/calls/call-view";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { ResponseTimes } from "@/lib/metrics/response-times-view";
import type { LoggedEvent, LoggedEventOf } from "@/lib/realtime/events";
import { startFakeTwilioMessages } from "@/lib/testing/fake-twilio-messages";
import { testStations } from "@/lib/testing/fixture";
import { prepareTestDatabase } from "@/lib/testing/open-test-database";
import { type RunningConsole, startConsole } from "@/lib/testing/start-console";
import { type TestDatabase, testDatabaseKinds } from "@/lib/testing/test-databases";

import { isTraining } from "./is-training";
import type { TrainingScore } from "./score-view";
import type { TrainingSessionView } from "./session-view";
import { scenarioById } from "./shipped-scenarios";
import { speechAvailable } from "./speak-line";

const ACCOUNT = `AC${"7".repeat(32)}`;
const SMS = "+6281300002222";
const TARAKAN = { lat: -6.171836, lon: 106.81021 };

const connected = (s: ReturnType<RunningConsole["socket"]>) => new Promise<void>((r) => s.once("connect", () => r()));
const rang = (got: LoggedEvent[]) =>
  got.filter((e): e is LoggedEventOf<"call.rang"> => e.type === "call.rang").map((e) => e.payload.call);

// A training session on the real console, next to real work: the trainee's calls ring on their
// screen alone, and nothing of it reaches another call-taker's queue, a polsek's screen or SMS,
// the response-time figures, or an export that asks isTraining. Scores come back as events.
describe.each(testDatabaseKinds())("training on %s", (kind) => {
  let c: RunningConsole;
  let database: TestDatabase;
  let fake: Awaited<ReturnType<typeof startFakeTwilioMessages>>;
  let polsekStation: number;
  const got: Record<"operator" | "supervisor" | "dispatcher" | "polsek", LoggedEvent[]> = {
    operator: [],
    supervisor: [],
    dispatcher: [],
    polsek: [],
  };
  let trainee: string;
  let calls: CallView[] = [];
  let trainingIncident: IncidentView;
  let trainingJob: AssignmentView;
  let before: { answer: number; processing: number; total: number };
  const counts = async () => {
    const figures = await c.data<ResponseTimes>("/api/metrics/response-times", { as: "supervisor" });
    const n = (m: string) => figures.overall.find((f) => f.measure === m)?.count ?? 0;
    return { answer: n("answer"), processing: n("processing"), total: n("total") };
  };

  beforeAll(async () => {
    fake = await startFakeTwilioMessages(ACCOUNT);
    fake.setMode("created");
    database = await prepareTestDatabase(kind, (db) => setStationSmsNumber(db, testStations.polsek, SMS));
    c = await startConsole(
      kind,
      {
        TWILIO_ACCOUNT_SID: ACCOUNT,
        TWILIO_AUTH_TOKEN: "training-test-auth-token-0123456789",
        TWILIO_SMS_FROM: "+14155550112",
        TWILIO_API_BASE_URL: fake.url,
      },
      { database },
    );
    const stations = await c.data<{ id: number; code: string }[]>("/api/map/stations", { as: "admin" });
    polsekStation = stations.find((s) => s.code === testStations.polsek)!.id;
    const people = await c.data<{ id: string; email: string }[]>("/api/training/trainees", { as: "supervisor" });
    trainee = people.find((p) => p.email === c.users.operator!.email)!.id;
    const sockets = (Object.keys(got) as (keyof typeof got)[]).map((who) => {
      const s = c.socket(who);
      s.on("event:logged", (e) => got[who].push(e));
      return connected(s);
    });
    await Promise.all(sockets);
    before = await counts();
  });
  afterAll(async () => {
    await c?.stop();
    await database?.drop();
    await fake?.close();
  });

  it("rings the session's calls through the webhook on the trainee's socket alone, marked training", async () => {
    const session = await c.data<TrainingSessionView>("/api/training/sessions", {
      as: "supervisor",
      method: "POST",
      json: { traineeIds: [trainee], scenarioIds: ["ambulans-rsud-tarakan", "iseng-tertawa"], burst: true },
    });
    expect(session).toMatchObject({ status: "running", burst: true, traineeIds: [trainee] });
    await expect.poll(() => rang(got.operator).length, { timeout: 15_000 }).toBe(2);
    // In a burst they ring together, in no set order: put them in the session's.
    const numbers = ["ambulans-rsud-tarakan", "iseng-tertawa"].map((id) => scenarioById(id)!.caller);
    calls = numbers.map((n) => rang(got.operator).find((x) => x.callerNumber === n)!);
    expect(calls.map((x) => x?.training)).toEqual([true, true]);
    // The session's start is the supervisors' (and a trainee's own) business.
    expect(got.supervisor.map((e) => e.type)).toContain("training.session_started");
    // The trainee's queue has them; another call-taker's (the supervisor takes calls too) does not.
    const mine = await c.data<CallView[]>("/api/calls?status=active", { as: "operator" });
    const theirs = await c.data<CallView[]>("/api/calls?status=active", { as: "supervisor" });
    expect(mine.map((x) => x.id)).toEqual(expect.arrayContaining(calls.map((x) => x.id)));
    expect(theirs.map((x) => x.id)).not.toEqual(expect.arrayContaining([calls[0]!.id]));
    expect(theirs.filter((x) => calls.some((t) => t.id === x.id))).toEqual([]);
    // Nor can anyone else answer one, or read its caller's script.
    expect((await c.api(`/api/calls/${calls[0]!.id}/answer`, { as: "supervisor", method: "POST" })).status).toBe(404);
    expect((await c.api(`/api/calls/${calls[0]!.id}/script`, { as: "supervisor" })).status).toBe(404);
    const script = await c.data<{ lines: string[]; audio: boolean }>(`/api/calls/${calls[0]!.id}/script`, {
      as: "operator",
    });
    expect(script.lines[1]).toContain("RSUD Tarakan");
    // Spoken where espeak-ng is installed (this machine's console and the test share it), else read.
    const audio = await c.api(`/api/calls/${calls[0]!.id}/script/audio?line=1`, { as: "operator" });
    expect(script.audio).toBe(await speechAvailable());
    if (script.audio) {
      expect(audio.headers.get("content-type")).toBe("audio/wav");
      const wav = Buffer.from(await audio.arrayBuffer());
      expect(wav.subarray(0, 4).toString()).toBe("RIFF");
      // A whole header: the RIFF size is the file's, not a pipe's placeholder.
      expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    } else expect(audio.status).toBe(404);
    // The dispatcher's replay holds none of the drill, nor the session's own events.
    const replay = (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "dispatcher" }))
      .events;
    expect(replay.filter((e) => e.traineeId || e.type.startsWith("training."))).toEqual([]);
  });

  it("keeps the trainee's incident and dispatch off the polsek's screen, its SMS and other screens", async () => {
    const [tarakan, prank] = calls;
    await c.data(`/api/calls/${tarakan!.id}/answer`, { as: "operator", method: "POST" });
    trainingIncident = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "medis", priority: "P1", ...TARAKAN, callId: tarakan!.id, address: "depan RSUD Tarakan" },
    });
    expect(trainingIncident.training).toBe(true);
    // The wrong station, on purpose: the test polsek (Kemayoran), which has an SMS number.
    trainingJob = await c.data<AssignmentView>(`/api/incidents/${trainingIncident.id}/dispatch`, {
      as: "operator",
      method: "POST",
      json: { stationId: polsekStation },
    });
    // The prank is recognised as such.
    await c.data(`/api/calls/${prank!.id}/answer`, { as: "operator", method: "POST" });
    await c.data(`/api/calls/${prank!.id}/classify`, {
      as: "operator",
      method: "POST",
      json: { classification: "prank" },
    });

    // A real incident, dispatched to the same station, as the control: its job and SMS go out.
    const real = await c.data<IncidentView>("/api/incidents", {
      as: "operator",
      method: "POST",
      json: { type: "kriminalitas", priority: "P2", lat: -6.1595, lon: 106.8531 },
    });
    const realJob = await c.data<AssignmentView>(`/api/incidents/${real.id}/dispatch`, {
      as: "dispatcher",
      method: "POST",
      json: { stationId: polsekStation },
    });
    await expect
      .poll(() => got.polsek.some((e) => e.type === "assignment.sms_sent" && e.payload.assignmentId === realJob.id))
      .toBe(true);

    // SMS: one text only, the real job's.
    expect(fake.requests.map((r) => r.form.Body ?? "")).toEqual([expect.stringContaining(real.number)]);
    // The polsek's socket, its replay and its actions know nothing of the training job.
    const drill = (e: LoggedEvent) => e.incidentId === trainingIncident.id || e.traineeId === trainee;
    expect(got.polsek.filter(drill)).toEqual([]);
    const replay = (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "polsek" })).events;
    expect(replay.filter(drill)).toEqual([]);
    expect(replay.some((e) => e.incidentId === real.id)).toBe(true);
    const ack = await c.api(`/api/assignments/${trainingJob.id}/status`, {
      as: "polsek",
      method: "POST",
      json: { status: "acknowledged", unit: "R2-01" },
    });
    expect(ack.status).toBe(404);
    // Nor the dispatchers' or the other call-takers' screens.
    for (const who of ["dispatcher", "supervisor"] as const)
      expect(got[who].filter((e) => drill(e) && !e.type.startsWith("training."))).toEqual([]);
    const open = await c.data<IncidentView[]>("/api/incidents?status=open", { as: "dispatcher" });
    expect(open.map((i) => i.id)).toContain(real.id);
    expect(open.map((i) => i.id)).not.toContain(trainingIncident.id);
    expect((await c.api(`/api/incidents/${trainingIncident.id}`, { as: "dispatcher" })).status).toBe(404);
  });

  it("leaves the response-time figures as if the drill had not happened", async () => {
    const after = await counts();
    // The real dispatch counts once; the trainee's answered call and dispatch not at all.
    expect(after).toEqual({ ...before, processing: before.processing + 1 });
  });

  it("gives an exporter one predicate that tells the drill from the real work", async () => {
    const asSupervisor = await c.data<IncidentView>(`/api/incidents/${trainingIncident.id}`, { as: "supervisor" });
    expect(isTraining(asSupervisor)).toBe(true);
    const open = await c.data<IncidentView[]>("/api/incidents?status=open", { as: "dispatcher" });
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter(isTraining)).toEqual([]);
    // The EIDO export asks it: a drill is never sent to another centre; the real incident is.
    const eido = await c.api(`/api/incidents/${trainingIncident.id}/eido`, { as: "supervisor" });
    expect(eido.status).toBe(409);
    expect(((await eido.json()) as { error: { message: string } }).error.message).toMatch(/training drill/);
    expect((await c.api(`/api/incidents/${open[0]!.id}/eido`, { as: "supervisor" })).status).toBe(200);
  });

  it("scores each call from the event log, as events for the trainee and the supervisors", async () => {
    await expect
      .poll(() => got.operator.filter((e) => e.type === "training.scored").length, { timeout: 15_000 })
      .toBe(2);
    const scores = await c.data<TrainingScore[]>("/api/training/scores", { as: "operator" });
    const byScenario = Object.fromEntries(scores.map((s) => [s.scenarioId, s]));
    expect(byScenario["ambulans-rsud-tarakan"]).toMatchObject({
      classificationCorrect: true,
      placeCorrect: true,
      typeCorrect: true,
      priorityCorrect: true,
      stationExpected: "POLSEK-3173080",
      stationGiven: testStations.polsek,
      stationCorrect: false,
      incidentId: trainingIncident.id,
    });
    expect(byScenario["iseng-tertawa"]).toMatchObject({ classificationGiven: "prank", classificationCorrect: true });
    expect(got.supervisor.filter((e) => e.type === "training.scored")).toHaveLength(2);
    expect(got.dispatcher.filter((e) => e.type === "training.scored")).toEqual([]);
    // Every call scored: the session is over, and says so.
    await expect.poll(() => got.supervisor.some((e) => e.type === "training.session_ended")).toBe(true);
    // Audited: the supervisor's replay of the log has them.
    const log = (await c.data<{ events: LoggedEvent[] }>("/api/events?after=0&limit=5000", { as: "supervisor" }))
      .events;
    expect(log.filter((e) => e.type === "training.scored")).toHaveLength(2);
  });
});
