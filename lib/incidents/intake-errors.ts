import type { ErrorBody } from "@/lib/api/api-error";

/** The intake form's fields that can carry an error; `lat` and `lon` are one field, the place. */
export type IntakeField = "type" | "priority" | "place" | "address" | "description";

/** Message keys (under `intake.errors`) for the form: one per field in error, and one summary. */
export interface IntakeErrors {
  fields: Partial<Record<IntakeField, string>>;
  summary: string;
  /** The server's own words, kept for errors the form has no message of its own for. */
  detail?: string;
}

const FIELD_OF: Record<string, IntakeField> = { type: "type", priority: "priority", lat: "place", lon: "place", address: "address", description: "description" };

// Codes whose cause the call-taker can act on, in their own language; anything else shows
// the server's message, which says what was wrong.
const CODE_SUMMARY: Record<string, string> = {
  conflict: "conflict", not_found: "notFound", network: "network", unauthorized: "signedOut", forbidden: "forbidden", internal: "internal",
};

/**
 * What the form shows for a failed check, by the shared zod schema in the browser or by the
 * API (both an error body). `hasPlace` tells a missing place from a bad one.
 */
export function intakeErrors(error: ErrorBody, hasPlace: boolean): IntakeErrors {
  const { code } = error;
  if (code === "outside_jakarta") return { fields: { place: "outside" }, summary: "outside" };
  const fields: IntakeErrors["fields"] = {};
  for (const name of Object.keys(error.fields ?? {})) {
    const field = FIELD_OF[name];
    if (field) fields[field] = field === "place" ? (hasPlace ? "placeRange" : "placeMissing") : field;
  }
  if (code === "invalid_input" && Object.keys(fields).length) return { fields, summary: "check" };
  const summary = CODE_SUMMARY[code];
  return summary ? { fields, summary } : { fields, summary: "other", detail: error.message };
}
