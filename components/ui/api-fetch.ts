"use client";
import { type ErrorBody, isErrorCode } from "@/lib/api/error-code";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ErrorBody };

// GETs in flight, by URL: two panels asking for the same thing at once (the detail and the map
// both want the cameras around a new incident) share one request.
const inFlight = new Map<string, Promise<ApiResult<unknown>>>();

/** The console's own API from the browser: the session cookie, JSON both ways, errors as data. */
export function apiFetch<T>(url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  if (body !== undefined) return request<T>(url, body, headers);
  const pending = inFlight.get(url) ?? request<T>(url).finally(() => inFlight.delete(url));
  inFlight.set(url, pending);
  return pending as Promise<ApiResult<T>>;
}

async function request<T>(url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  try {
    const res = await fetch(
      url,
      body === undefined
        ? { cache: "no-store" }
        : { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) },
    );
    const json = (await res.json().catch(() => ({}))) as { data?: T; error?: ErrorBody };
    if (res.ok) return { ok: true, data: json.data as T };
    // A proxy in between may answer without the console's envelope: still an error with a code.
    const error =
      json.error && isErrorCode(json.error.code)
        ? json.error
        : ({
            code: res.status === 503 ? "unavailable" : "internal",
            message: `${res.status} ${res.statusText}`,
          } as const);
    return { ok: false, status: res.status, error };
  } catch (error) {
    return {
      ok: false,
      status: 0,
      error: { code: "network", message: `The console cannot be reached (${String(error)}). Nothing was saved.` },
    };
  }
}

/** A GET of the console's own API that must succeed (map layers): throws on any error. */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return ((await res.json()) as { data: T }).data;
}
