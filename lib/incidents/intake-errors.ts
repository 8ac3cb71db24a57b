import type { ErrorBody, ErrorCode } from "@/lib/api/error-code";

/** The intake form's fields that can carry an error; `lat` and `lon` are one field, the place. */
export type IntakeField = "type" | "priority" | "place" | "address" | "description";

/**
 * What the form shows: a message key (under `intake.errors`) per field in error, and one
 * summary: the form's own key when it has one, else the error's code (under `apiErrors`).
 */
export interface IntakeErrors {
  fields: Partial<Record<IntakeField, string>>;
  summary: { key: string } | { code: ErrorCode };
}

const FIELD_OF: Record<string, IntakeField> = {
  type: "type",
  priority: "priority",
  lat: "place",
  lon: "place",
  address: "address",
  description: "description",
};

/**
 * What the form shows for a failed check, by the shared zod schema in the browser or by the
 * API (both an error body). `hasPlace` tells a missing place from a bad one.
 */
export function intakeErrors(error: ErrorBody, hasPlace: boolean): IntakeErrors {
  const { code } = error;
  if (code === "outside_jakarta") return { fields: { place: "outside" }, summary: { key: "outside" } };
  const fields: IntakeErrors["fields"] = {};
  for (const name of Object.keys(error.fields ?? {})) {
    const field = FIELD_OF[name];
    if (field) fields[field] = field === "place" ? (hasPlace ? "placeRange" : "placeMissing") : field;
  }
  if (code === "invalid_input" && Object.keys(fields).length) return { fields, summary: { key: "check" } };
  return { fields, summary: { code } };
}
