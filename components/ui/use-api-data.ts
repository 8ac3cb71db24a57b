"use client";
import { useEffect, useState } from "react";

import { apiFetch } from "./api-fetch";

/**
 * The data of a GET of the console's API, fetched again whenever the URL changes; null while
 * there is no URL, or when the request fails. An answer for a URL no longer asked is dropped.
 */
export function useApiData<T>(url: string | null): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    if (!url) return setData(null);
    let stale = false;
    void apiFetch<T>(url).then((r) => !stale && setData(r.ok ? r.data : null));
    return () => void (stale = true);
  }, [url]);
  return data;
}
