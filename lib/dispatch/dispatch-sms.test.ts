import { describe, expect, it } from "vitest";

import type { IncidentView } from "@/lib/incidents/incident-view";

import { dispatchSmsBody, jobLink } from "./dispatch-sms";

const incident = {
  number: "112-20260302-0007",
  type: "kecelakaan_lalu_lintas",
  priority: "P1",
  lat: -6.159326,
  lon: 106.853123,
  kelurahan: { code: "3173060001", name: "Kemayoran" },
  kecamatan: { code: "3173060", name: "Kemayoran" },
  address: "Jl. Landasan Pacu Selatan",
} satisfies Partial<IncidentView> as IncidentView;

describe("dispatchSmsBody", () => {
  it("gives the number, priority, type in Indonesian, the place and the link to the job", () => {
    expect(dispatchSmsBody({ id: 42 }, incident, "https://siaga.example.id")).toBe(
      [
        "112 112-20260302-0007 P1: Kecelakaan lalu lintas",
        "Kel. Kemayoran, Kec. Kemayoran. Jl. Landasan Pacu Selatan",
        "Buka: https://siaga.example.id/polsek?assignment=42",
      ].join("\n"),
    );
  });

  it("falls back to coordinates without an area, and leaves out a missing address", () => {
    const body = dispatchSmsBody(
      { id: 1 },
      { ...incident, type: "banjir", kelurahan: null, kecamatan: null, address: null },
      "http://localhost:3000",
    );
    expect(body.split("\n")).toEqual([
      "112 112-20260302-0007 P1: Banjir",
      "-6.15933, 106.85312",
      "Buka: http://localhost:3000/polsek?assignment=1",
    ]);
  });

  it("cuts a long address so the text stays within two SMS segments", () => {
    const body = dispatchSmsBody({ id: 99999 }, { ...incident, address: "x".repeat(1000) }, "https://siaga.example.id");
    expect(body.length).toBeLessThanOrEqual(306);
    expect(body).toContain(jobLink("https://siaga.example.id", 99999));
  });
});
