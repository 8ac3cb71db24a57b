import { describe, expect, it } from "vitest";
import { z } from "zod";

import { ApiError } from "./api-error";
import { jsonDepth, MAX_JSON_DEPTH, readJson } from "./read-json";

const post = (body: string) =>
  new Request("http://console.test/api/x", { method: "POST", headers: { "content-type": "application/json" }, body });

describe("jsonDepth", () => {
  it("counts nesting of arrays and objects, not brackets inside strings", () => {
    expect(jsonDepth("1")).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[{{{\\"[["}')).toBe(1);
  });
});

describe("readJson", () => {
  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 422 too_deep, before parsing it`, async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const error = await readJson(post(deep), z.unknown()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: "too_deep" });
  });

  it("reads JSON nested to the limit", async () => {
    const atLimit = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    await expect(readJson(post(atLimit), z.unknown())).resolves.toBeDefined();
  });
});
