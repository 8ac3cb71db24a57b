"use client";
import { useTranslations } from "next-intl";

import { useNow } from "@/components/ui/use-now";
import { formatDuration, handlingSeconds, waitedSeconds } from "@/lib/calls/apply-call-event";
import type { CallView } from "@/lib/calls/call-view";

interface Props {
  calls: readonly CallView[];
  selectedId: number | null;
  onAnswer: (call: CallView) => void;
  onSelect: (call: CallView) => void;
  /** Whether something typed for the call is waiting in its draft. */
  drafted?: (callId: number) => boolean;
}

/** Ringing and answered calls, the longest waiting first, with their waiting times ticking. */
export function CallQueue({ calls, selectedId, onAnswer, onSelect, drafted = () => false }: Props) {
  const t = useTranslations("calls");
  const now = useNow();
  const ordered = [...calls].sort((a, b) => a.ringingAt.localeCompare(b.ringingAt));
  if (!ordered.length) return <p className="muted">{t("noCalls")}</p>;
  return (
    <ul className="queue" data-testid="call-queue">
      {ordered.map((c) => (
        <li
          key={c.id}
          className={`${c.status}${c.id === selectedId ? " selected" : ""}`}
          data-call-id={c.id}
          data-status={c.status}
        >
          <span className="number">{c.callerNumber}</span>
          {c.training && <span className="tag">{t("training")}</span>}
          {c.manual && <span className="tag">{t("manual")}</span>}
          {drafted(c.id) && (
            <span className="tag draft" data-testid="has-draft">
              {t("draftKept")}
            </span>
          )}
          <span className="wait" title={t(c.status === "ringing" ? "waiting" : "handling")} suppressHydrationWarning>
            {formatDuration(c.status === "ringing" ? waitedSeconds(c, now) : handlingSeconds(c, now))}
          </span>
          {c.status === "ringing" ? (
            <button type="button" className="primary" onClick={() => onAnswer(c)}>
              {t("answer")}
            </button>
          ) : (
            <button type="button" onClick={() => onSelect(c)} aria-pressed={c.id === selectedId}>
              {t("handling")}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
