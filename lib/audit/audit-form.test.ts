import { describe, expect, it } from "vitest";

import { auditQueryFromForm, auditSearch, formTimeToIso } from "./audit-form";

describe("formTimeToIso", () => {
  it("reads a form's minute or day as Jakarta time, and leaves ISO text alone", () => {
    expect(formTimeToIso("2026-11-25T08:30")).toBe("2026-11-25T08:30:00+07:00");
    expect(formTimeToIso("2026-11-25")).toBe("2026-11-25T00:00:00+07:00");
    expect(formTimeToIso("2026-11-25T01:30:00Z")).toBe("2026-11-25T01:30:00Z");
    expect(formTimeToIso("")).toBeUndefined();
  });
});

describe("auditQueryFromForm", () => {
  it("takes the user, an action or a family of them, a time range and the page", () => {
    const r = auditQueryFromForm({
      user: "abc123",
      action: "auth.",
      from: "2026-11-25T00:00",
      to: "2026-11-26T00:00",
      before: "120",
    });
    expect(r).toEqual({
      ok: true,
      query: {
        user: "abc123",
        action: "auth.",
        from: "2026-11-25T00:00:00+07:00",
        to: "2026-11-26T00:00:00+07:00",
        before: 120,
        limit: 100,
      },
    });
    expect(auditQueryFromForm({ action: "auth.signed_in", user: "" })).toMatchObject({
      ok: true,
      query: { action: "auth.signed_in", user: undefined },
    });
  });

  it("refuses an action that is no type, a time that is none, and a range that ends before it starts", () => {
    expect(auditQueryFromForm({ action: "DROP TABLE" }).ok).toBe(false);
    expect(auditQueryFromForm({ from: "yesterday" }).ok).toBe(false);
    expect(auditQueryFromForm({ before: "-3" }).ok).toBe(false);
    const backwards = auditQueryFromForm({ from: "2026-11-26T00:00", to: "2026-11-25T00:00" });
    expect(backwards).toMatchObject({ ok: false });
    expect(!backwards.ok && backwards.message).toContain("to must be after from");
  });

  it("writes the same filters back as a query string, with the next page's cursor", () => {
    const r = auditQueryFromForm({ action: "call.", from: "2026-11-25" });
    expect(r.ok && auditSearch(r.query, { before: 42 })).toBe(
      "action=call.&from=2026-11-25T00%3A00%3A00%2B07%3A00&before=42",
    );
  });
});
