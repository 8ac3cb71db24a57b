import type { z } from "zod";

import type { Role } from "@/lib/auth/roles";

/**
 * What one route of the API takes and gives: the route handler is built from it (lib/api/api-route)
 * and so is the OpenAPI document (lib/api/openapi), so that the two cannot drift apart.
 * `{id}` in the path is a positive integer id, parsed before the handler runs.
 */
export interface RouteSpec<
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: "GET" | "POST";
  path: `/api/${string}`;
  summary: string;
  roles: readonly Role[];
  query?: Q;
  body?: B;
  /** The `data` of a successful answer: `{ data }`. */
  response: R;
  /** 201 for a route that creates something; 200 otherwise. */
  status?: 200 | 201;
  /**
   * A POST that creates something: it takes an `Idempotency-Key` header, and a retry with the
   * same key gets the first answer instead of making a second one (lib/api/idempotency).
   */
  idempotent?: boolean;
  /**
   * The answer is the document itself rather than `{ data }`: a format of its own that other
   * systems read as it is (a NENA EIDO). Errors keep the one error shape.
   */
  bare?: boolean;
  /** Statuses this route answers besides the ones every route may (400 to 422). */
  alsoAnswers?: readonly number[];
}

export const defineRoute = <
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(
  spec: RouteSpec<Q, B, R>,
) => spec;
