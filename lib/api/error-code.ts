// Every error the console's API answers with, by code. The screens show each in the user's
// language (messages under `errors.<code>`), the API's own message is for integrations.
export const errorCodes = [
  "unauthorized",
  "forbidden",
  "second_factor_required",
  "not_found",
  "invalid_input",
  "malformed_json",
  "unsupported_media_type",
  "method_not_allowed",
  "body_too_large",
  "headers_too_large",
  "too_deep",
  "idempotency_key_reused",
  "request_in_flight",
  "conflict",
  "unchanged",
  "already_assigned",
  "invalid_transition",
  "escalation_not_open",
  "outside_jakarta",
  "not_a_place",
  "bad_signature",
  "twilio_not_configured",
  "twilio_failed",
  "training_failed",
  "camera_not_live",
  "link_gone",
  "unreadable_file",
  "stream_timeout",
  "stream_failed",
  "unavailable",
  "internal",
  // Only the browser makes this one: the console could not be reached at all.
  "network",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const isErrorCode = (value: unknown): value is ErrorCode => errorCodes.includes(value as ErrorCode);

/** The body of every error: `{ error: ErrorBody }`. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string[]>;
}
