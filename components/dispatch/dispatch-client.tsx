"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import { applyIncidentEvent } from "@/lib/incidents/apply-incident-event";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { IncidentList } from "./incident-list";

/** `sinceSeq`: the event sequence number initialIncidents were read at. */
export function DispatchClient({
  initialIncidents,
  sinceSeq,
  mapboxToken,
}: {
  initialIncidents: IncidentView[];
  sinceSeq: number;
  mapboxToken: string | null;
}) {
  const t = useTranslations("dispatch");
  const tp = useTranslations("panel");
  const [incidents, setIncidents] = useState<readonly IncidentView[]>(initialIncidents);
  const [selectedId, setSelectedId] = useState<number | null>(null);

  useEventStream(sinceSeq, (e) => setIncidents((list) => applyIncidentEvent(list, e)));
  const selected = incidents.find((i) => i.id === selectedId) ?? null;

  return (
    <div className="dispatch-screen" data-since-seq={sinceSeq}>
      <section className="panel">
        <PanelBoundary name={tp("list")}>
          <h2>
            {t("open")} ({incidents.length})
          </h2>
          <IncidentList incidents={incidents} selectedId={selectedId} onSelect={setSelectedId} />
        </PanelBoundary>
      </section>
      <section className="map-panel">
        <PanelBoundary name={tp("map")}>
          <PlacePickerMap
            mapboxToken={mapboxToken}
            picked={selected}
            markPicked={false}
            incidents={incidents}
            selectedId={selectedId}
            onSelectIncident={setSelectedId}
          />
        </PanelBoundary>
      </section>
    </div>
  );
}
