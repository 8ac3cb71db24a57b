import { describe, expect, it } from "vitest";

import type { Priority } from "@/lib/incidents/vocabulary";
import { ackTimeoutsSchema, defaultAckTimeouts } from "@/lib/validations/ack-timeouts";

import { ackDeadline } from "./ack-deadline";

const dispatchedAt = new Date("2026-03-02T08:00:00.000Z");

describe("ackDeadline", () => {
  it.each<[string | undefined, Priority, string]>([
    // The defaults: a minute for life at risk and urgent, three for the rest.
    [undefined, "P1", "2026-03-02T08:01:00.000Z"],
    [undefined, "P2", "2026-03-02T08:01:00.000Z"],
    [undefined, "P3", "2026-03-02T08:03:00.000Z"],
    [undefined, "P4", "2026-03-02T08:03:00.000Z"],
    // Set per priority; those left out keep their default.
    ["P1=30,P2=90,P3=300,P4=600", "P1", "2026-03-02T08:00:30.000Z"],
    ["P1=30,P2=90,P3=300,P4=600", "P2", "2026-03-02T08:01:30.000Z"],
    ["P1=30,P2=90,P3=300,P4=600", "P3", "2026-03-02T08:05:00.000Z"],
    ["P1=30,P2=90,P3=300,P4=600", "P4", "2026-03-02T08:10:00.000Z"],
    [" P3 = 45 ", "P3", "2026-03-02T08:00:45.000Z"],
    [" P3 = 45 ", "P1", "2026-03-02T08:01:00.000Z"],
    ["P3 = 45", "P4", "2026-03-02T08:03:00.000Z"],
    // One number sets them all.
    ["2", "P1", "2026-03-02T08:00:02.000Z"],
    ["2", "P4", "2026-03-02T08:00:02.000Z"],
    ["", "P2", "2026-03-02T08:01:00.000Z"],
  ])("%j gives %s a deadline of %s", (setting, priority, due) => {
    const timeouts = ackTimeoutsSchema.parse(setting);
    expect(ackDeadline(dispatchedAt, priority, timeouts).toISOString()).toBe(due);
  });

  it("keeps the defaults as the issue sets them", () => {
    expect(ackTimeoutsSchema.parse(undefined)).toEqual(defaultAckTimeouts);
    expect(defaultAckTimeouts).toEqual({ P1: 60, P2: 60, P3: 180, P4: 180 });
  });

  it.each(["P5=60", "P1=0", "P1=1.5", "P1=-3", "P1=60=70", "P1", "60s", "P1=60,x"])("refuses %j", (setting) => {
    expect(ackTimeoutsSchema.safeParse(setting).success).toBe(false);
  });
});
