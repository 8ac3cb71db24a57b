"use client";
import { useFormatter, useTranslations } from "next-intl";

import { apiFetch } from "@/components/ui/api-fetch";
import type { CallView } from "@/lib/calls/call-view";

/** Callers who hung up before an answer: to be rung back, then marked. */
export function CallbackList({ calls }: { calls: readonly CallView[] }) {
  const t = useTranslations("calls");
  const format = useFormatter();
  if (!calls.length) return <p className="muted">{t("noCallback")}</p>;
  return (
    <ul className="queue" data-testid="callback-list">
      {calls.map((c) => (
        <li key={c.id}>
          <a className="number" href={`tel:${c.callerNumber}`}>
            {c.callerNumber}
          </a>
          <span className="muted">{format.dateTime(new Date(c.ringingAt), { timeStyle: "medium" })}</span>
          <button type="button" onClick={() => void apiFetch(`/api/calls/${c.id}/callback`, {})}>
            {t("calledBack")}
          </button>
        </li>
      ))}
    </ul>
  );
}
