"use client";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";

/**
 * One POST at a time: `busy` while it runs, the error in the user's
 * language after a refusal. What changed comes back through the event stream.
 */
export function useApiAction() {
  const ta = useTranslations("apiErrors");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (url: string, body: unknown): Promise<boolean> => {
      setBusy(true);
      setError(null);
      const res = await apiFetch(url, body);
      setBusy(false);
      if (!res.ok) setError(`${ta(res.error.code)} (${res.error.message})`);
      return res.ok;
    },
    [ta],
  );
  return { busy, error, run };
}
