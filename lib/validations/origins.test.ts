import { describe, expect, it } from "vitest";

import { originListSchema } from "./origins";

describe("originListSchema", () => {
  it("reads a comma-separated list into distinct origins", () => {
    expect(
      originListSchema.parse(
        " http://127.0.0.1:3000, http://LOCALHOST:3000/ ,,https://siaga.example.id,http://127.0.0.1:3000",
      ),
    ).toEqual(["http://127.0.0.1:3000", "http://localhost:3000", "https://siaga.example.id"]);
  });

  it("keeps the port only where it is not the scheme's own", () => {
    expect(originListSchema.parse("https://siaga.example.id:443,http://10.0.0.5:80")).toEqual([
      "https://siaga.example.id",
      "http://10.0.0.5",
    ]);
  });

  it("is empty for an empty setting", () => {
    expect(originListSchema.parse(" , ")).toEqual([]);
  });

  it("refuses what is not an origin", () => {
    for (const bad of [
      "siaga.example.id",
      "ftp://siaga.example.id",
      "http://siaga.example.id/console",
      "http://x.id?a=1",
      "*.example.id",
    ]) {
      expect(originListSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
