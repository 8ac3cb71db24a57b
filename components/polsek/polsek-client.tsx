"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import { useAttention } from "@/components/ui/use-attention";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import {
  applyStationJobEvent,
  awaitingAcknowledgement,
  byUrgency,
  type StationJobs,
} from "@/lib/dispatch/station-jobs";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { JobDetail } from "./job-detail";
import { JobTable } from "./job-table";
import { NewJobBanner } from "./new-job-banner";

interface Props {
  station: { name: string; code: string };
  initialJobs: AssignmentView[];
  initialIncidents: IncidentView[];
  /** The job an SMS link pointed at. */
  initialSelected: number | null;
  sinceSeq: number;
  mapboxToken: string | null;
}

/** A polsek's own jobs: a new one sounds and stays on a banner until acknowledged. */
export function PolsekClient({
  station,
  initialJobs,
  initialIncidents,
  initialSelected,
  sinceSeq,
  mapboxToken,
}: Props) {
  const t = useTranslations("polsek");
  const tp = useTranslations("panel");
  const [state, setState] = useState<StationJobs>(() => ({
    jobs: [...initialJobs].sort(byUrgency),
    incidents: initialIncidents,
  }));
  const [selectedId, setSelectedId] = useState<number | null>(
    initialJobs.some((j) => j.id === initialSelected) ? initialSelected : (initialJobs[0]?.id ?? null),
  );
  useEventStream(sinceSeq, (e) => {
    setState((s) => applyStationJobEvent(s, e));
    // A new job is what the officer must look at: it opens unless one is being worked.
    if (e.type === "assignment.dispatched") setSelectedId((id) => id ?? e.payload.assignment.id);
  });

  const waiting = awaitingAcknowledgement(state.jobs);
  useAttention(waiting.length, t("newJob"), "job", 10_000);

  const selected = state.jobs.find((j) => j.id === selectedId) ?? null;
  const incidentOf = (job: AssignmentView) => state.incidents.find((i) => i.id === job.incidentId) ?? null;
  const incident = selected && incidentOf(selected);

  return (
    <div className="polsek-screen" data-testid="polsek-screen">
      <header className="polsek-head">
        <strong data-testid="own-station">
          {station.name} ({station.code})
        </strong>
        <NewJobBanner jobs={waiting} incidentOf={incidentOf} onOpen={setSelectedId} />
      </header>
      <section className="panel jobs-panel">
        <PanelBoundary name={tp("list")}>
          <h2>{t("jobs")}</h2>
          <JobTable jobs={state.jobs} incidentOf={incidentOf} selectedId={selectedId} onSelect={setSelectedId} />
        </PanelBoundary>
      </section>
      <section className="panel detail-panel">
        <PanelBoundary name={tp("detail")}>
          {selected && incident ? (
            <JobDetail key={selected.id} job={selected} incident={incident} />
          ) : (
            <p className="muted">{t("noJob")}</p>
          )}
        </PanelBoundary>
      </section>
      <section className="map-panel">
        <PanelBoundary name={tp("map")}>
          <PlacePickerMap mapboxToken={mapboxToken} picked={incident} incidents={incident ? [incident] : []} />
        </PanelBoundary>
      </section>
    </div>
  );
}
