"use client";
import { useTranslations } from "next-intl";

import { useApiAction } from "@/components/ui/use-api-action";
import { useAttention } from "@/components/ui/use-attention";
import { useNow } from "@/components/ui/use-now";
import { formatSince } from "@/lib/calls/apply-call-event";
import type { OpenEscalation } from "@/lib/dispatch/escalation-view";

interface Props {
  alerts: readonly OpenEscalation[];
  onOpen: (incidentId: number) => void;
}

/** Jobs no station acknowledged in time, loud until answered: send the next station, or wait. */
export function EscalationAlerts({ alerts, onOpen }: Props) {
  const t = useTranslations("dispatch");
  const now = useNow();
  const { busy, error, run } = useApiAction();
  useAttention(alerts.length, t("escalations"), "breach", 10_000);
  if (!alerts.length) return null;
  const answer = (a: OpenEscalation, body: object) => void run(`/api/assignments/${a.assignment.id}/escalation`, body);
  return (
    <div className="escalations" role="alert" data-testid="escalations">
      {alerts.map((a) => (
        <div key={a.assignment.id} className="escalation" data-assignment={a.assignment.id}>
          <button type="button" className="link" onClick={() => onOpen(a.incident.id)}>
            <strong>{a.incident.number.slice(-9)}</strong>
          </button>{" "}
          {t("notAcknowledged", {
            station: a.assignment.stationName,
            waited: formatSince(a.assignment.dispatchedAt, now),
          })}{" "}
          {a.next && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => answer(a, { action: "redispatch", stationId: a.next!.id })}
            >
              {t("sendNext", { station: a.next.name })}
            </button>
          )}{" "}
          <button type="button" disabled={busy} onClick={() => answer(a, { action: "wait" })}>
            {t("wait")}
          </button>
        </div>
      ))}
      {error && <p className="error">{error}</p>}
    </div>
  );
}
