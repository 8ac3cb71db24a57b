import { describe, expect, it } from "vitest";

import { checkColumns } from "./check-columns";

describe("checkColumns", () => {
  it("returns the columns no field reads", () => {
    expect(checkColumns(["code", "name", "remark"], ["code"], ["code", "name"], "stations")).toEqual(["remark"]);
  });

  it("refuses a file without a required column, naming what it has", () => {
    expect(() => checkColumns(["external_id", "nama"], ["external_id", "name", "lat"], [], "cameras")).toThrow(
      "it has no name, lat columns; cameras need external_id, name, lat (found: external_id, nama)",
    );
  });
});
