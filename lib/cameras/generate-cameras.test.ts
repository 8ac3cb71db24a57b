import { describe, expect, it } from "vitest";

import { haversineM } from "@/lib/geo/geodesy";
import { KECAMATAN } from "@/lib/geo/jakarta-reference";

import { generateCameras } from "./generate-cameras";

describe("generateCameras", () => {
  const cameras = generateCameras(KECAMATAN, 20_000);
  const share = (pred: (c: (typeof cameras)[number]) => boolean) => cameras.filter(pred).length / cameras.length;

  it("is the same on every run", () => {
    expect(generateCameras(KECAMATAN, 50)).toEqual(generateCameras(KECAMATAN, 50));
  });

  it("has the city's mix: mostly private and on request, a few percent live", () => {
    expect(share((c) => c.ownerType === "private")).toBeGreaterThan(0.45);
    expect(share((c) => c.accessMode === "live")).toBeGreaterThan(0.015);
    expect(share((c) => c.accessMode === "live")).toBeLessThan(0.05);
    expect(share((c) => c.health === "offline")).toBeGreaterThan(0.05);
    expect(new Set(cameras.map((c) => c.provider)).size).toBe(4);
    expect(cameras.every((c) => c.generated && c.externalId.startsWith("GEN-"))).toBe(true);
  });

  it("keeps each camera within its kecamatan's radius", () => {
    for (const c of cameras.slice(0, 2000)) {
      const nearest = Math.min(...KECAMATAN.map((k) => haversineM(c, k) / (Math.sqrt(k.areaKm2 / Math.PI) * 1000)));
      expect(nearest).toBeLessThanOrEqual(0.76);
    }
  });
});
