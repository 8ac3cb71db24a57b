"use client";
import { useFormatter, useTranslations } from "next-intl";

import { useApiData } from "@/components/ui/use-api-data";
import type { CallView } from "@/lib/calls/call-view";
import { callClassifications } from "@/lib/calls/vocabulary";

interface History {
  calls: CallView[];
  counts: Record<string, number>;
  repeatedPrank: boolean;
}

/** Earlier calls from the caller's number, and a warning for repeated pranks. */
export function CallerHistory({ call }: { call: CallView }) {
  const t = useTranslations("calls");
  const tc = useTranslations("classifications");
  const format = useFormatter();
  const history = useApiData<History>(`/api/calls/${call.id}/history`);

  return (
    <section className="history" aria-label={t("history")} data-testid="caller-history">
      <h3>{call.callerNumber}</h3>
      {history?.repeatedPrank && (
        <p className="alert" role="alert">
          {t("prankFlag")}
        </p>
      )}
      {!history || history.calls.length === 0 ? (
        <p className="muted">{t("noHistory")}</p>
      ) : (
        <>
          <p>
            {history.calls.length} {t("earlier")}:{" "}
            {Object.entries(history.counts)
              .map(([k, n]) => `${(callClassifications as readonly string[]).includes(k) ? tc(k) : k} ${n}`)
              .join(" · ")}
          </p>
          <ul className="muted">
            {history.calls.slice(0, 5).map((h) => (
              <li key={h.id}>
                {format.dateTime(new Date(h.ringingAt), { dateStyle: "medium", timeStyle: "short" })} —{" "}
                {h.classification ? tc(h.classification) : h.status}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
