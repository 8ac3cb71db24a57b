import { createHash } from "node:crypto";

import type { Db } from "@/db";
import {
  claimIdempotencyKey,
  deleteExpiredIdempotencyKeys,
  releaseIdempotencyKey,
  storeAnswer,
  storedRequest,
} from "@/db/queries/idempotency-keys";

import { ApiError } from "./api-error";

export interface Answer {
  status: number;
  /** The JSON text of the answer. */
  body: string;
}

/** How long a retry waits for the first request with its key before it is told 409. */
const WAIT_FOR_FIRST_MS = 10_000;
const keyPattern = /^[\x21-\x7e]{1,255}$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function idempotencyKeyOf(req: Pick<Request, "headers">): string | null {
  const key = req.headers.get("idempotency-key");
  if (key === null) return null;
  if (!keyPattern.test(key)) {
    throw new ApiError(400, "invalid_input", "Idempotency-Key must be 1 to 255 visible ASCII characters.");
  }
  return key;
}

export const fingerprintOf = (...parts: unknown[]) => createHash("sha256").update(JSON.stringify(parts)).digest("hex");

// The IETF draft's semantics (draft-ietf-httpapi-idempotency-key-header): the first request with
// a key does the work and its answer is kept; the same key with the same request answers that
// again, with another request 422, and while the first is in flight the others wait for it
// (409 if it takes too long). A request that fails changed nothing, so its key is let go.
export async function answerOnce(
  db: Db,
  userId: string,
  key: string,
  fingerprint: string,
  work: () => Promise<Answer>,
): Promise<Answer & { replayed: boolean }> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    if (await claimIdempotencyKey(db, userId, key, fingerprint)) {
      let answer: Answer;
      try {
        answer = await work();
      } catch (error) {
        await releaseIdempotencyKey(db, userId, key);
        throw error;
      }
      await storeAnswer(db, userId, key, answer.status, answer.body);
      return { ...answer, replayed: false };
    }
    const first = await storedRequest(db, userId, key);
    if (!first) continue; // the first failed and let go of the key: this one may try
    if (first.fingerprint !== fingerprint) {
      throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was used for a different request.");
    }
    if (first.status !== null && first.body !== null) return { status: first.status, body: first.body, replayed: true };
    if (Date.now() > deadline) {
      throw new ApiError(409, "request_in_flight", "A request with this Idempotency-Key is still in flight.");
    }
    await sleep(50);
  }
}

/** Keys older than 24 hours are refused by their own request already; this keeps the table small. */
export function startIdempotencyKeySweep(db: Db, log: (line: string) => void): { stop: () => void } {
  const timer = setInterval(
    () =>
      void deleteExpiredIdempotencyKeys(db).catch((error: unknown) =>
        log(`idempotency key sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      ),
    60 * 60 * 1000,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
