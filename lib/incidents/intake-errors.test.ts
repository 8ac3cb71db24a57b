import { describe, expect, it } from "vitest";

import { validationError } from "@/lib/api/api-error";
import { createIncidentSchema } from "@/lib/validations/incident";

import { intakeErrors } from "./intake-errors";

const fieldsOf = (input: unknown) => {
  const parsed = createIncidentSchema.safeParse(input);
  if (parsed.success) throw new Error("expected a failure");
  return validationError(parsed.error);
};

describe("intakeErrors", () => {
  it("names each field of an empty form once, lat and lon as the one place", () => {
    const e = intakeErrors(fieldsOf({}), false);
    expect(e).toEqual({
      fields: { type: "type", priority: "priority", place: "placeMissing" },
      summary: { key: "check" },
    });
  });

  it("tells coordinates out of range from a missing place", () => {
    const e = intakeErrors(fieldsOf({ type: "banjir", priority: "P2", lat: -95, lon: 200 }), true);
    expect(e).toEqual({ fields: { place: "placeRange" }, summary: { key: "check" } });
  });

  it("puts a place outside Jakarta on the place field, once", () => {
    const e = intakeErrors(
      {
        code: "outside_jakarta",
        message: "The place is outside DKI Jakarta",
        fields: { lat: ["outside Jakarta"], lon: ["outside Jakarta"] },
      },
      true,
    );
    expect(e).toEqual({ fields: { place: "outside" }, summary: { key: "outside" } });
  });

  it("shows any other error by its code, which every language translates", () => {
    expect(intakeErrors({ code: "conflict", message: "Call 3 already belongs to an incident." }, true)).toEqual({
      fields: {},
      summary: { code: "conflict" },
    });
    expect(intakeErrors({ code: "network", message: "unreachable" }, true).summary).toEqual({ code: "network" });
  });
});
