"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useEventStream } from "@/components/realtime/use-event-stream";

// A record is read at one point of the event log; while it stays open, the incident may
// move on. It says so rather than changing under the reader's eyes.
export function RecordFreshness({ incidentId, sinceSeq }: { incidentId: number; sinceSeq: number }) {
  const t = useTranslations("record");
  const [newer, setNewer] = useState(0);
  useEventStream(sinceSeq, (e) => {
    if (e.incidentId === incidentId) setNewer((n) => n + 1);
  });
  if (newer === 0) return null;
  return (
    <p className="notice no-print" role="status" data-testid="record-stale">
      {t("stale", { count: newer })}{" "}
      <button type="button" onClick={() => window.location.reload()}>
        {t("reload")}
      </button>
    </p>
  );
}
