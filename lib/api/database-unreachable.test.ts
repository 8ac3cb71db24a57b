import { describe, expect, it } from "vitest";

import { isDatabaseUnreachable } from "./database-unreachable";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnreachable", () => {
  it("knows a refused, dropped or closed database, also wrapped by the ORM", () => {
    expect(isDatabaseUnreachable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("Failed query", { cause: withCode("terminating", "57P01") }))).toBe(true);
    expect(isDatabaseUnreachable(withCode('database "x" is not currently accepting connections', "55000"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("leaves every other error alone", () => {
    expect(isDatabaseUnreachable(withCode("duplicate key", "23505"))).toBe(false);
    expect(isDatabaseUnreachable("ECONNREFUSED")).toBe(false);
  });
});
