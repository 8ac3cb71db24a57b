import { describe, expect, it } from "vitest";

import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

import { errorCodes } from "./error-code";

describe("error codes", () => {
  it("each has a message in Bahasa Indonesia and in English, and no message is left without a code", () => {
    for (const messages of [id, en]) expect(Object.keys(messages.apiErrors).sort()).toEqual([...errorCodes].sort());
  });
});
