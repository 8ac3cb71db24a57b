import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { NewEvent } from "@/lib/realtime/events";
import { openTestDatabase } from "@/lib/testing/open-test-database";

import { lockIncident } from "./assignments";
import { appendEvents } from "./events";

const recommended = (incidentId: number): NewEvent => ({
  type: "incident.recommended",
  incidentId,
  actorId: null,
  payload: { stations: [], reason: "created" },
});

const within = <T>(work: Promise<T>, ms: number, what: string) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms)),
  ]);

// PGlite runs one statement at a time, so only PostgreSQL can interleave these. A dispatch locks
// its incident's row and logs its event last, under the log's lock; the ranking of a new incident
// logs its event on its own at any moment, and that statement takes the log's lock and then checks
// its incident_id's foreign key on the same row. Were the row locked FOR UPDATE, the check would
// wait on the dispatch and the dispatch on the log's lock: a deadlock, and a dispatch answered 500.
describe.skipIf(!process.env.TEST_DATABASE_URL)("row locks beside the event log's lock on postgres", () => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  let incidentId: number;
  beforeAll(async () => {
    t = await openTestDatabase("postgres");
    const { rows } = await t.db.execute<{ id: number }>(sql`
      INSERT INTO incidents (number, type, priority, status, location)
      VALUES ('TEST-LOCK-1', 'kriminalitas', 'P1', 'new', ST_SetSRID(ST_MakePoint(106.8531, -6.1595), 4326))
      RETURNING id`);
    incidentId = rows[0]!.id;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("logs an event about an incident while a change holds its row, and the change then logs its own", async () => {
    const logged: string[] = [];
    await t.db.transaction(async (tx) => {
      expect(await lockIncident(tx, incidentId)).toMatchObject({ status: "new" });
      const [outside] = await within(appendEvents(t.db, [recommended(incidentId)]), 5_000, "the event logged outside");
      logged.push(`outside ${outside!.seq}`);
      const [inside] = await within(appendEvents(tx, [recommended(incidentId)]), 5_000, "the change's own event");
      logged.push(`inside ${inside!.seq}`);
    });
    const { rows } = await t.db.execute<{ seq: string }>(
      sql`SELECT seq FROM incident_events WHERE incident_id = ${incidentId} ORDER BY seq`,
    );
    expect(logged).toEqual(rows.map((r, i) => `${i === 0 ? "outside" : "inside"} ${r.seq}`));
  });
});
