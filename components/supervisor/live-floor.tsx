"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useEventStream } from "@/components/realtime/use-event-stream";
import { useAttention } from "@/components/ui/use-attention";
import { useNow } from "@/components/ui/use-now";
import { recordPath } from "@/lib/incidents/record-access";
import { formatDuration } from "@/lib/metrics/format-duration";
import { applyFloorEvent, type LiveFloor as Floor, summarizeFloor } from "@/lib/supervisor/live-breaches";

interface Props {
  initialFloor: Floor;
  /** The event sequence number the floor was read at. */
  sinceSeq: number;
  callTakerNames: Record<string, string>;
}

// The floor now: incidents past their targets, the queue, the callback list, each call-taker's
// load. Events keep it current; the clock turns a waiting incident into a breach.
export function LiveFloor({ initialFloor, sinceSeq, callTakerNames }: Props) {
  const t = useTranslations("supervisor");
  const tt = useTranslations("incidentTypes");
  const [floor, setFloor] = useState(initialFloor);
  useEventStream(sinceSeq, (e) => setFloor((f) => applyFloorEvent(f, e)));
  const now = useNow();
  const s = summarizeFloor(floor, now);
  // A new breach sounds; the title flashes while any remain.
  useAttention(s.breaches.length, t("breachesTitle"), "breach", 60_000);
  return (
    <section className="panel" data-testid="live-floor">
      <h2>{t("liveTitle")}</h2>
      <div className="floor-stats">
        <p data-testid="queue">
          {t("queue", { count: s.queue.length })}
          {s.queue.longestWaitS !== null && ` · ${t("longestWait", { wait: formatDuration(s.queue.longestWaitS) })}`}
        </p>
        <p data-testid="callbacks">
          {t("callbacksWaiting", { count: s.callbacks.count })}
          {s.callbacks.longestWaitS !== null &&
            ` · ${t("longestWait", { wait: formatDuration(s.callbacks.longestWaitS) })}`}
        </p>
        <p data-testid="loads">
          {s.loads.length === 0
            ? t("noLoad")
            : s.loads.map((l) => `${callTakerNames[l.callTakerId] ?? l.callTakerId}: ${l.calls}`).join(" · ")}
        </p>
      </div>
      <h3>{t("breachesTitle")}</h3>
      {s.breaches.length === 0 ? (
        <p className="muted">{t("noBreaches")}</p>
      ) : (
        <table className="grid compact" data-testid="breaches">
          <thead>
            <tr>
              <th>{t("incident")}</th>
              <th>{t("type")}</th>
              <th>{t("missed")}</th>
              <th>{t("age")}</th>
            </tr>
          </thead>
          <tbody>
            {s.breaches.map((b) => (
              <tr key={b.incident.id} data-missed={b.missed}>
                <td>
                  <a href={recordPath(b.incident.id)}>{b.incident.number}</a>
                </td>
                <td>{tt(b.incident.type)}</td>
                <td>{t(`missedTarget.${b.missed}`)}</td>
                <td>{formatDuration((now - Date.parse(b.incident.createdAt)) / 1000)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
