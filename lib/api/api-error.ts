import { z } from "zod";

import { reportInternalError } from "@/lib/logging/logger-holder";

import { type ApiAnswer, responseOf } from "./api-answer";
import { isDatabaseUnreachable } from "./database-unreachable";
import type { ErrorBody, ErrorCode } from "./error-code";

export type { ErrorBody };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const unauthorized = () => new ApiError(401, "unauthorized", "Sign in or send Authorization: Bearer <token>.");
export const forbidden = (what = "this") => new ApiError(403, "forbidden", `Your role may not do ${what}.`);
export const notFound = (what: string) => new ApiError(404, "not_found", `${what} was not found.`);

export function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  const summary = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v.join(", ")}`)
    .join("; ");
  return new ApiError(422, "invalid_input", `Invalid input (${summary}).`, fields);
}

/** The status and body of any error, for HTTP responses and socket acknowledgements alike. */
export function describeError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof z.ZodError) error = validationError(error);
  if (error instanceof ApiError) {
    return {
      status: error.status,
      body: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    };
  }
  if (isDatabaseUnreachable(error)) {
    return { status: 503, body: { code: "unavailable", message: "The database does not answer; nothing was saved." } };
  }
  reportInternalError(error);
  return { status: 500, body: { code: "internal", message: "Internal error; nothing was changed." } };
}

export function errorAnswer(error: unknown): ApiAnswer {
  const { status, body } = describeError(error);
  return {
    status,
    // A client (or the intake form's user) may try again once the database is back.
    headers: { "content-type": "application/json", ...(status === 503 ? { "retry-after": "5" } : {}) },
    body: JSON.stringify({ error: body }),
  };
}

export const errorResponse = (error: unknown): Response => responseOf(errorAnswer(error));
