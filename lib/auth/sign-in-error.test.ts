import { describe, expect, it } from "vitest";

import { SIGN_IN_LOCKED, signInProblem, waitParts, waitSeconds } from "./sign-in-error";

describe("signInProblem", () => {
  it("says a refused origin, never a wrong password", () => {
    expect(signInProblem({ status: 403, code: "INVALID_ORIGIN" })).toEqual({ key: "invalidOrigin" });
    expect(signInProblem({ status: 403, code: "MISSING_OR_NULL_ORIGIN" })).toEqual({ key: "invalidOrigin" });
  });

  it("tells the account's lockout from the address limit, with the wait", () => {
    expect(signInProblem({ status: 429, code: SIGN_IN_LOCKED, retryAfter: "287" })).toEqual({
      key: "lockedOut",
      waitS: 287,
    });
    expect(signInProblem({ status: 429, retryAfter: "12" })).toEqual({ key: "slowDown", waitS: 12 });
  });

  it("calls a 401 a wrong email or password, and anything else unavailable", () => {
    expect(signInProblem({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" })).toEqual({ key: "failed" });
    expect(signInProblem({ status: 500 })).toEqual({ key: "unavailable" });
    expect(signInProblem({ status: 403, code: "BANNED_USER" })).toEqual({ key: "unavailable" });
  });
});

describe("waiting", () => {
  it("reads Retry-After seconds, a minute when it is missing or unreadable", () => {
    expect(waitSeconds("30")).toBe(30);
    expect(waitSeconds("2.2")).toBe(3);
    for (const bad of [null, undefined, "", " ", "soon", "0", "-4"]) expect(waitSeconds(bad), String(bad)).toBe(60);
  });

  it("says minutes from a minute up and seconds below", () => {
    expect(waitParts(300)).toEqual({ unit: "minutes", n: 5 });
    expect(waitParts(61)).toEqual({ unit: "minutes", n: 2 });
    expect(waitParts(60)).toEqual({ unit: "minutes", n: 1 });
    expect(waitParts(59)).toEqual({ unit: "seconds", n: 59 });
    expect(waitParts(0)).toEqual({ unit: "seconds", n: 1 });
  });
});
