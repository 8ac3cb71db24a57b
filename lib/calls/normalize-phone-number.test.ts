import { describe, expect, it } from "vitest";

import { normalizePhoneNumber } from "./normalize-phone-number";

describe("normalizePhoneNumber", () => {
  it("writes an Indonesian mobile number typed any common way as Twilio sends it", () => {
    for (const typed of [
      "081298765432",
      "0812-9876-5432",
      "0812 9876 5432",
      "6281298765432",
      "+62 812 9876 5432",
      "006281298765432",
      "(0812) 98765432",
    ]) {
      expect(normalizePhoneNumber(typed), typed).toBe("+6281298765432");
    }
  });

  it("keeps landlines with their area code, foreign numbers and short codes", () => {
    expect(normalizePhoneNumber("021-5551234")).toBe("+62215551234");
    expect(normalizePhoneNumber("+61 2 9999 0000")).toBe("+61299990000");
    expect(normalizePhoneNumber("112")).toBe("112");
    expect(normalizePhoneNumber("1500-112")).toBe("1500112");
  });
});
