"use client";
import { useEffect, useState } from "react";

import { apiFetch } from "./api-fetch";

/**
 * The data of a GET of the console's API, fetched again whenever the URL changes; null while
 * there is no URL, or when the request fails. An answer for a URL no longer asked is dropped,
 * and the last answer stays until the next arrives; `settled` says whether it is the URL's own.
 */
export function useApiAnswer<T>(url: string | null): { data: T | null; settled: boolean } {
  const [answer, setAnswer] = useState<{ url: string | null; data: T | null }>({ url: null, data: null });
  useEffect(() => {
    if (!url) return setAnswer({ url: null, data: null });
    let stale = false;
    void apiFetch<T>(url).then((r) => !stale && setAnswer({ url, data: r.ok ? r.data : null }));
    return () => void (stale = true);
  }, [url]);
  return { data: url ? answer.data : null, settled: answer.url === url };
}

export const useApiData = <T>(url: string | null): T | null => useApiAnswer<T>(url).data;
