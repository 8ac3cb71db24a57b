import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { type Database, openDatabase } from "@/db/client";
import { listOpenEscalations } from "@/db/queries/escalations";
import { listEventsAfter } from "@/db/queries/events";
import { findStationIdByCode, findUserById, findUserIdByEmail } from "@/db/queries/users";
import { ApiError } from "@/lib/api/api-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isRole } from "@/lib/auth/roles";
import { createIncident } from "@/lib/incidents/create-incident";
import type { Priority } from "@/lib/incidents/vocabulary";
import type { LoggedEvent } from "@/lib/realtime/events";
import { testStations } from "@/lib/testing/fixture";
import { copyTemplate, type TestDatabase, testDatabaseKinds } from "@/lib/testing/test-databases";

import type { AssignmentView } from "./assignment-view";
import { changeAssignmentStatus } from "./change-assignment-status";
import { dispatchStation } from "./dispatch-station";
import { escalateOverdueAssignments } from "./escalate-overdue-assignments";
import { handleEscalation } from "./handle-escalation";

// The sweep and the alert's answers on the test's own copy of the database, with the clock in
// the test's hands: `now` is whatever the test says, seconds or minutes after the dispatch.
// The deadlines are the defaults (P1 and P2 60 s, P3 and P4 180 s).
const at = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000);

describe.each(testDatabaseKinds())("escalation with a clock the test controls on %s", (kind) => {
  let test: TestDatabase;
  let database: Database;
  let users: Record<"operator" | "dispatcher" | "polsek", CurrentUser>;
  let own: number;
  let seq = 0;

  beforeAll(async () => {
    const fixture = inject("fixture");
    test = await copyTemplate(kind, { pglite: fixture.pgliteTemplate, postgres: fixture.postgresTemplate });
    database = await openDatabase({ databaseUrl: test.env.DATABASE_URL, dataDir: test.env.DATA_DIR, poolSize: 4 });
    const load = async (key: "operator" | "dispatcher" | "polsek"): Promise<CurrentUser> => {
      const row = (await findUserById(
        database.db,
        (await findUserIdByEmail(database.db, fixture.users[key]!.email))!,
      ))!;
      if (!isRole(row.role)) throw new Error(`${key} has no role`);
      return {
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        stationId: row.stationId,
        needsSecondFactor: false,
      };
    };
    users = { operator: await load("operator"), dispatcher: await load("dispatcher"), polsek: await load("polsek") };
    own = (await findStationIdByCode(database.db, testStations.polsek))!;
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  const db = () => database.db;
  // Near Polsek Kemayoran's published position, inside Kemayoran.
  const dispatchNew = async (priority: Priority = "P1") => {
    const incident = await createIncident(db(), users.operator, {
      type: "kriminalitas",
      priority,
      lat: -6.1595,
      lon: 106.8531,
    });
    return dispatchStation(db(), users.dispatcher, incident.id, own);
  };
  const sweep = async (now: Date, assignmentId: number) =>
    (await escalateOverdueAssignments(db(), now)).filter((a) => a.assignment.id === assignmentId);
  /** Events logged since the last call, of one assignment (as the escalated or the handled one). */
  const newEvents = async (assignmentId: number): Promise<LoggedEvent[]> => {
    const events = await listEventsAfter(db(), seq, { withAudit: false }, 1000);
    seq = events.at(-1)?.seq ?? seq;
    return events.filter((e) => "assignment" in e.payload && e.payload.assignment.id === assignmentId);
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof ApiError ? { status: error.status, code: error.code } : error),
    );

  it("sets each dispatch's deadline by its incident's priority", async () => {
    for (const [priority, seconds] of [
      ["P1", 60],
      ["P2", 60],
      ["P3", 180],
      ["P4", 180],
    ] as const) {
      const a = await dispatchNew(priority);
      expect(Date.parse(a.ackDueAt!) - Date.parse(a.dispatchedAt)).toBeGreaterThanOrEqual(seconds * 1000 - 1000);
      expect(Date.parse(a.ackDueAt!) - Date.parse(a.dispatchedAt)).toBeLessThanOrEqual(seconds * 1000 + 1000);
      expect(a.escalatedAt).toBeNull();
    }
  });

  it("raises one alert at the deadline, console-wide, offering the next staffed station not on the job", async () => {
    const a = await dispatchNew("P1");
    await newEvents(a.id);
    expect(await sweep(at(a.ackDueAt!, -1), a.id)).toEqual([]);

    const [alert, ...more] = await sweep(at(a.ackDueAt!, 0), a.id);
    expect(more).toEqual([]);
    expect(alert!.assignment).toMatchObject({ id: a.id, status: "dispatched", escalatedAt: a.ackDueAt });
    expect(alert!.incident.id).toBe(a.incidentId);
    expect(alert!.next).not.toBeNull();
    expect(alert!.next!.id).not.toBe(own);
    expect(alert!.next!.staffed).toBe(true);

    // Once: later sweeps find nothing more to raise.
    expect(await sweep(at(a.ackDueAt!, 1), a.id)).toEqual([]);
    expect(await sweep(at(a.ackDueAt!, 3600), a.id)).toEqual([]);
    const events = await newEvents(a.id);
    expect(events.map((e) => [e.type, e.stationId, e.incidentId])).toEqual([
      ["assignment.escalated", null, a.incidentId],
    ]);
    expect(events[0]!.payload).toEqual(alert);

    // What a dispatcher's screen loads when it opens: the same alert.
    const open = (await listOpenEscalations(db())).find((e) => e.assignment.id === a.id);
    expect(open).toEqual(alert);
  });

  it("waits for a P3 job three minutes, not one", async () => {
    const a = await dispatchNew("P3");
    expect(await sweep(at(a.dispatchedAt, 61), a.id)).toEqual([]);
    expect(await sweep(at(a.ackDueAt!, 0), a.id)).toHaveLength(1);
  });

  it("waits another period on `wait`, then alerts again; a second answer is 409", async () => {
    const a = await dispatchNew("P2");
    await sweep(at(a.ackDueAt!, 0), a.id);
    await newEvents(a.id);
    const answeredAt = at(a.ackDueAt!, 10);

    const handled = await handleEscalation(db(), users.dispatcher, a.id, { action: "wait" }, answeredAt);
    expect(handled).toMatchObject({ action: "wait", redispatched: null, handledBy: { id: users.dispatcher.id } });
    expect(handled.assignment.escalatedAt).toBeNull();
    expect(handled.assignment.ackDueAt).toBe(at(answeredAt.toISOString(), 60).toISOString());
    const events = await newEvents(a.id);
    expect(events.map((e) => [e.type, e.actorId, e.stationId])).toEqual([
      ["assignment.escalation_handled", users.dispatcher.id, null],
    ]);
    expect((await listOpenEscalations(db())).some((e) => e.assignment.id === a.id)).toBe(false);

    expect(await refusal(handleEscalation(db(), users.dispatcher, a.id, { action: "wait" }, answeredAt))).toEqual({
      status: 409,
      code: "escalation_not_open",
    });

    // The new deadline, not the old one, decides the next alert.
    expect(await sweep(at(answeredAt.toISOString(), 59), a.id)).toEqual([]);
    expect(await sweep(at(answeredAt.toISOString(), 60), a.id)).toHaveLength(1);
    expect((await newEvents(a.id)).map((e) => e.type)).toEqual(["assignment.escalated"]);
  });

  it("sends the offered station as well on `redispatch`, in one commit with the answer; a second answer is 409", async () => {
    const a = await dispatchNew("P1");
    const [alert] = await sweep(at(a.ackDueAt!, 0), a.id);
    await newEvents(a.id);
    const next = alert!.next!;

    // The late station itself cannot be sent twice: 409, and the alert stays open.
    expect(
      await refusal(handleEscalation(db(), users.dispatcher, a.id, { action: "redispatch", stationId: own })),
    ).toEqual({ status: 409, code: "already_assigned" });
    expect((await listOpenEscalations(db())).some((e) => e.assignment.id === a.id)).toBe(true);

    const handled = await handleEscalation(db(), users.dispatcher, a.id, { action: "redispatch", stationId: next.id });
    expect(handled.action).toBe("redispatch");
    expect(handled.redispatched).toMatchObject({ incidentId: a.incidentId, stationId: next.id, status: "dispatched" });
    expect(handled.redispatched!.ackDueAt).not.toBeNull();
    expect(handled.assignment).toMatchObject({ id: a.id, status: "dispatched" });
    expect(handled.assignment.escalationHandledAt).not.toBeNull();

    const logged = await listEventsAfter(db(), seq, { withAudit: false }, 100);
    seq = logged.at(-1)!.seq;
    expect(logged.map((e) => [e.type, e.stationId])).toEqual([
      ["assignment.dispatched", next.id],
      ["assignment.escalation_handled", null],
    ]);
    // One commit: consecutive in the log, written in the same instant.
    expect(logged[1]!.seq).toBe(logged[0]!.seq + 1);
    expect(logged[1]!.at).toBe(logged[0]!.at);
    expect(logged[1]!.payload).toEqual(handled);

    expect(
      await refusal(handleEscalation(db(), users.dispatcher, a.id, { action: "redispatch", stationId: next.id })),
    ).toEqual({ status: 409, code: "escalation_not_open" });
    // The answered job raises no second alert; the station sent as well has its own deadline.
    const later = await escalateOverdueAssignments(db(), at(handled.redispatched!.ackDueAt!, 0));
    expect(later.filter((e) => e.assignment.id === a.id)).toEqual([]);
    const second = later.find((e) => e.assignment.id === handled.redispatched!.id);
    expect(second!.next?.id).not.toBe(own);
    expect(second!.next?.id).not.toBe(next.id);
  });

  it("raises nothing for an acknowledged job, and an open alert closes when the station acknowledges", async () => {
    const quick = await dispatchNew("P1");
    await changeAssignmentStatus(db(), users.polsek, quick.id, { status: "acknowledged", unit: "Patroli 1" });
    expect(await sweep(at(quick.ackDueAt!, 600), quick.id)).toEqual([]);

    const slow = await dispatchNew("P1");
    expect(await sweep(at(slow.ackDueAt!, 0), slow.id)).toHaveLength(1);
    await changeAssignmentStatus(db(), users.polsek, slow.id, { status: "acknowledged", unit: "Patroli 2" });
    expect((await listOpenEscalations(db())).some((e) => e.assignment.id === slow.id)).toBe(false);
    const refused = await handleEscalation(db(), users.dispatcher, slow.id, { action: "wait" }).catch(
      (e: unknown) => e as ApiError,
    );
    expect(refused).toMatchObject({ status: 409, code: "escalation_not_open", fields: { status: ["acknowledged"] } });
  });

  it.runIf(kind === "postgres")(
    "raises each alert once when two console processes sweep at the same moment",
    async () => {
      const second = await openDatabase({
        databaseUrl: test.env.DATABASE_URL,
        dataDir: test.env.DATA_DIR,
        poolSize: 4,
      });
      try {
        const jobs: AssignmentView[] = [];
        for (let i = 0; i < 6; i++) jobs.push(await dispatchNew("P1"));
        const now = at(jobs.at(-1)!.ackDueAt!, 0);
        const ids = new Set(jobs.map((j) => j.id));
        const raised = (
          await Promise.all([
            escalateOverdueAssignments(db(), now),
            escalateOverdueAssignments(second.db, now),
            escalateOverdueAssignments(db(), now),
          ])
        )
          .flat()
          .filter((a) => ids.has(a.assignment.id));
        expect(raised.map((a) => a.assignment.id).sort()).toEqual([...ids].sort());
        const logged = (await listEventsAfter(db(), 0, { withAudit: false }, 10_000)).filter(
          (e) => e.type === "assignment.escalated" && ids.has(e.payload.assignment.id),
        );
        expect(logged).toHaveLength(jobs.length);
      } finally {
        await second.close();
      }
    },
  );
});
