import { describe, expect, it } from "vitest";

import { recordSource } from "@/lib/testing/record-source";

import { shapeIncidentRecord } from "./incident-record";
import { recordText } from "./record-text";

describe("the record's words", () => {
  it("writes each event as a sentence in the reader's language, with times in Jakarta", () => {
    const record = shapeIncidentRecord(recordSource(), "supervisor");
    const id = recordText("id");
    const en = recordText("en");
    const acknowledged = record.timeline[6]!.line;
    expect(id.event(acknowledged)).toBe("Polsek Kemayoran pada 112-20261126-0007: diterima");
    expect(en.event(acknowledged)).toBe("Polsek Kemayoran on 112-20261126-0007: acknowledged");
    expect(en.event(record.timeline[2]!.line)).toContain("P1 Crime");
    expect(en.at("2026-11-26T10:00:12.000Z")).toBe("26 Nov 2026, 17:00:12 WIB");
    expect(id.clock("2026-11-26T10:00:12.000Z")).toBe("17.00.12");
    expect(id.code("assignmentStatus", "en_route")).toBe("berangkat");
    expect(id.legalBasis("uu_polri")).toMatch(/^UU No. 2 Tahun 2002/);
  });
});
