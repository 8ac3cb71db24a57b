// Undici's Request and Response each leave objects that outlive a young-generation collection
// (their abort signal and body stream), and at a few hundred API answers a second that made
// every scavenge copy megabytes: pauses of 5 to 6 ms, in about one answer in a hundred. The
// console's own server therefore hands the API routes these plain parts and writes the plain
// answer; Next.js and the tests still call the same routes with a Web Request.

/** What an API route reads of its request; a Web Request has all of it. */
export type RequestParts = Pick<Request, "method" | "url" | "headers" | "body">;

/** An API answer, whole. */
export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A route the console's server can call without a Request or a Response. */
export interface PlainRoute {
  answer(req: RequestParts, params: Record<string, string | string[] | undefined>): Promise<ApiAnswer>;
}

export const responseOf = (answer: ApiAnswer): Response =>
  new Response(answer.body, { status: answer.status, headers: answer.headers });

export const isPlainRoute = (handler: unknown): handler is PlainRoute =>
  typeof handler === "function" && typeof (handler as Partial<PlainRoute>).answer === "function";
