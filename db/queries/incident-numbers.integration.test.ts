import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertNumberedIncident } from "./incidents";
import { openTestDatabase } from "@/lib/testing/open-test-database";
import { testDatabaseKinds } from "@/lib/testing/test-databases";

describe.each(testDatabaseKinds())("incident numbers on %s", (kind) => {
  let t: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => { t = await openTestDatabase(kind); });
  afterAll(async () => { await t?.drop(); });

  const add = (day: string) => insertNumberedIncident(t.db, day, `112-${day.replaceAll("-", "")}-`, { type: "medis", priority: "P3", lat: -6.2, lon: 106.83 });

  it("counts from 0001 each day and keeps every digit past 9999", async () => {
    expect((await add("2030-01-01")).number).toBe("112-20300101-0001");
    expect((await add("2030-01-01")).number).toBe("112-20300101-0002");
    expect((await add("2030-01-02")).number).toBe("112-20300102-0001");
    await t.db.execute(sql`UPDATE incident_counters SET last = 9999 WHERE day = '2030-01-01'`);
    expect((await add("2030-01-01")).number).toBe("112-20300101-10000");
  });
});
