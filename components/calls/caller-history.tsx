"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CallView } from "@/db/queries/calls";
import { callClassifications } from "@/db/schema/calls";
import { apiFetch } from "@/components/ui/api-fetch";

interface History { calls: CallView[]; counts: Record<string, number>; repeatedPrank: boolean }

/** Earlier calls from the caller's number, and a warning for repeated pranks. */
export function CallerHistory({ call }: { call: CallView }) {
  const t = useTranslations("calls");
  const tc = useTranslations("classifications");
  const format = useFormatter();
  const [history, setHistory] = useState<History | null>(null);

  useEffect(() => {
    let stale = false;
    void apiFetch<History>(`/api/calls/${call.id}/history`).then((r) => !stale && setHistory(r.ok ? r.data : null));
    return () => void (stale = true);
  }, [call.id]);

  return (
    <section className="history" aria-label={t("history")} data-testid="caller-history">
      <h3>{call.callerNumber}</h3>
      {history?.repeatedPrank && <p className="alert" role="alert">{t("prankFlag")}</p>}
      {!history || history.calls.length === 0 ? (
        <p className="muted">{t("noHistory")}</p>
      ) : (
        <>
          <p>{history.calls.length} {t("earlier")}: {Object.entries(history.counts).map(([k, n]) => `${(callClassifications as readonly string[]).includes(k) ? tc(k) : k} ${n}`).join(" · ")}</p>
          <ul className="muted">
            {history.calls.slice(0, 5).map((h) => (
              <li key={h.id}>{format.dateTime(new Date(h.ringingAt), { dateStyle: "medium", timeStyle: "short" })} — {h.classification ? tc(h.classification) : h.status}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
