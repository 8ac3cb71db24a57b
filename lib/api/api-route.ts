import { z } from "zod";

import { type Db, getDb } from "@/db";
import { type CurrentUser, userFromHeaders } from "@/lib/auth/current-user";

import { type ApiAnswer, type PlainRoute, type RequestParts, responseOf } from "./api-answer";
import { ApiError, errorAnswer, forbidden, unauthorized } from "./api-error";
import type { RouteSpec } from "./define-route";
import { idParam } from "./id-param";
import { answerOnce, fingerprintOf, idempotencyKeyOf } from "./idempotency";
import { readJson } from "./read-json";

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteContext<Q, B> {
  req: RequestParts;
  user: CurrentUser;
  db: Db;
  /** The `{id}` of the path, when it has one. */
  id: number;
  query: Infer<Q>;
  body: Infer<B>;
}

// Every authenticated route: who is asking, may their role do this, the path, query and body
// parsed by the route's own schemas, then the work; its result answers as `{ data }`, any
// error as `{ error: { code, message, fields? } }` with its status.
export function apiRoute<Q extends z.ZodObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(
  spec: RouteSpec<Q, B, R>,
  handler: (ctx: RouteContext<Q, B>) => Promise<z.input<R>>,
) {
  const answer = async (
    req: RequestParts,
    params: Record<string, string | string[] | undefined>,
  ): Promise<ApiAnswer> => {
    const began = performance.now();
    let authMs = 0;
    let answer: ApiAnswer;
    try {
      const user = await userFromHeaders(req.headers);
      authMs = performance.now() - began;
      if (!user) throw unauthorized();
      if (user.needsSecondFactor)
        throw new ApiError(403, "second_factor_required", "Enrol a second factor (TOTP) at /two-factor first.");
      if (!spec.roles.includes(user.role)) throw forbidden(`${spec.method} ${spec.path}`);
      const id = spec.path.includes("{id}") ? idParam(params.id) : 0;
      const query = (
        spec.query ? spec.query.parse(Object.fromEntries(new URL(req.url).searchParams)) : undefined
      ) as Infer<Q>;
      // A route that takes no body refuses one that says anything: nothing sent is silently dropped.
      const body = (
        spec.body ? await readJson(req, spec.body) : sendsBody(req) ? await readJson(req, noBody) : undefined
      ) as Infer<B>;
      const db = getDb();
      const work = async () => {
        const result = await handler({ req, user, db, id, query, body });
        return { status: spec.status ?? 200, body: JSON.stringify(spec.bare ? result : { data: result }) };
      };
      const key = spec.idempotent ? idempotencyKeyOf(req) : null;
      const done = key
        ? await answerOnce(db, user.id, key, fingerprintOf(spec.method, spec.path, id, body), work)
        : { ...(await work()), replayed: false };
      answer = {
        status: done.status,
        headers: { "content-type": "application/json", ...(done.replayed ? { "idempotent-replayed": "true" } : {}) },
        body: done.body,
      };
    } catch (error) {
      answer = errorAnswer(error);
    }
    // Where a slow answer spent its time, readable in the browser's network panel.
    answer.headers["server-timing"] =
      `auth;dur=${authMs.toFixed(1)}, work;dur=${(performance.now() - began - authMs).toFixed(1)}`;
    return answer;
  };
  const route = async (
    req: Request,
    context: { params: Promise<Record<string, string | string[] | undefined>> },
  ): Promise<Response> => responseOf(await answer(req, await context.params));
  return Object.assign(route, { answer } satisfies PlainRoute);
}

const noBody = z.object({}).strict();
const sendsBody = (req: RequestParts) =>
  req.headers.has("content-type") ||
  Number(req.headers.get("content-length") ?? 0) > 0 ||
  req.headers.has("transfer-encoding");
