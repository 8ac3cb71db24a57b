"use client";
import type { ErrorBody } from "@/lib/api/api-error";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ErrorBody };

/** The console's own API from the browser: the session cookie, JSON both ways, errors as data. */
export async function apiFetch<T>(url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, body === undefined ? { cache: "no-store" } : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = (await res.json().catch(() => ({}))) as { data?: T; error?: ErrorBody };
    if (!res.ok) return { ok: false, status: res.status, error: json.error ?? { code: "http_" + res.status, message: res.statusText } };
    return { ok: true, data: (json.data ?? json) as T };
  } catch (error) {
    return { ok: false, status: 0, error: { code: "network", message: `The console cannot be reached (${String(error)}). Nothing was saved.` } };
  }
}

/** A GET of the console's own API that must succeed (map layers): throws on any error. */
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}
