import { describe, expect, it } from "vitest";

import type { FootageRequestView } from "./footage-request-view";
import { requestLetter, tanggal, waktuWib } from "./request-letter";

const request: FootageRequestView & { letterNumber: string; decidedAt: string } = {
  id: 3,
  incidentId: 1,
  incidentNumber: "112-20261126-0001",
  cameraId: 9,
  cameraName: "Ruko Mangga Dua 3",
  cameraExternalId: "PRV-9",
  cameraAddress: "Jl. Mangga Dua Raya",
  ownerName: "PT Contoh",
  ownerContact: "+62215550100",
  retentionDays: 14,
  windowStart: "2026-11-26T02:45:00.000Z",
  windowEnd: "2026-11-26T03:30:00.000Z",
  legalBasis: "uu_pdp_penegakan_hukum",
  requestingUnit: "Polsek Tambora",
  requesterName: "Dispatcher",
  approverName: "Supervisor",
  letterNumber: "B/3/CCTV/XI/2026/SIAGA112",
  status: "approved",
  note: null,
  overwriteOn: "2026-12-10",
  overwriteSoon: false,
  createdAt: "2026-11-26T03:00:00.000Z",
  decidedAt: "2026-11-26T17:30:00.000Z",
  updatedAt: "2026-11-26T17:30:00.000Z",
};

describe("the request letter", () => {
  it("writes dates and times as Jakarta reads them", () => {
    expect(tanggal("2026-12-10")).toBe("10 Desember 2026");
    expect(waktuWib("2026-11-26T02:45:00.000Z")).toBe("26 November 2026 09.45 WIB");
  });

  it("names the number, unit, incident, camera, owner, window, legal basis and overwrite date", () => {
    const letter = requestLetter(request);
    expect(letter.letterNumber).toBe("B/3/CCTV/XI/2026/SIAGA112");
    // Approved at 00:30 the next day in Jakarta.
    expect(letter.date).toBe("27 November 2026");
    expect(letter.requestingUnit).toBe("Polsek Tambora");
    const text = letter.fields.map((f) => `${f.label}: ${f.value}`).join("\n");
    expect(text).toContain("112-20261126-0001");
    expect(text).toContain("Ruko Mangga Dua 3 (PRV-9)");
    expect(text).toContain("+62215550100");
    expect(text).toContain("26 November 2026 09.45 WIB s.d. 26 November 2026 10.30 WIB");
    expect(text).toContain("UU No. 27 Tahun 2022");
    expect(text).toContain("10 Desember 2026 (masa simpan perekam 14 hari)");
  });
});
