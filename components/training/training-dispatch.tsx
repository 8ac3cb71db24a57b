"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { RecommendationTable } from "@/components/dispatch/recommendation-table";
import { apiFetch } from "@/components/ui/api-fetch";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { useApiData } from "@/components/ui/use-api-data";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import type { IncidentView } from "@/lib/incidents/incident-view";

/**
 * A trainee hands on their own training incident, as a dispatcher would: the recommended polsek
 * (or another) is sent, and the station never hears of it. The incident leaves this list as soon
 * as its dispatch comes back on the event stream.
 */
export function TrainingDispatch({ incidents }: { incidents: readonly IncidentView[] }) {
  const t = useTranslations("training");
  const waiting = incidents.filter((i) => i.training && i.status === "open");
  if (!waiting.length) return null;
  return (
    <section className="training-dispatch" data-testid="training-dispatch">
      <h3>{t("handOn")}</h3>
      {waiting.map((i) => (
        <HandOn key={i.id} incident={i} />
      ))}
    </section>
  );
}

function HandOn({ incident }: { incident: IncidentView }) {
  const ta = useTranslations("apiErrors");
  const stations = useApiData<RecommendedStation[]>(`/api/incidents/${incident.id}/recommendation`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function send(s: RecommendedStation) {
    setBusy(true);
    const res = await apiFetch(
      `/api/incidents/${incident.id}/dispatch`,
      { stationId: s.id },
      { "idempotency-key": newIdempotencyKey() },
    );
    setBusy(false);
    if (!res.ok) setError(`${ta(res.error.code)} (${res.error.message})`);
  }
  return (
    <div data-testid="training-incident" data-incident={incident.number}>
      <p>
        <span className="tag">{incident.number}</span> {incident.kelurahan?.name ?? ""}
      </p>
      <RecommendationTable
        stations={stations}
        busyStationIds={new Set()}
        disabled={busy}
        onDispatch={(s) => void send(s)}
      />
      {error && <p className="error">{error}</p>}
    </div>
  );
}
