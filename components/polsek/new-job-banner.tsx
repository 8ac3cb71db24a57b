"use client";
import { useTranslations } from "next-intl";

import { useNow } from "@/components/ui/use-now";
import { formatSince } from "@/lib/calls/apply-call-event";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";

interface Props {
  jobs: readonly AssignmentView[];
  incidentOf: (job: AssignmentView) => IncidentView | null;
  onOpen: (id: number) => void;
}

/** Every job not yet acknowledged, loud, with how long it has waited; it goes only with the acknowledgement. */
export function NewJobBanner({ jobs, incidentOf, onOpen }: Props) {
  const t = useTranslations("polsek");
  const tt = useTranslations("incidentTypes");
  const now = useNow();
  if (!jobs.length) return null;
  return (
    <div className="job-banner" role="alert" data-testid="new-job-banner">
      {jobs.map((j) => {
        const incident = incidentOf(j);
        return (
          <button key={j.id} type="button" onClick={() => onOpen(j.id)} data-assignment={j.id}>
            <strong>{t("newJob")}</strong> {incident?.number} · {incident?.priority} {incident ? tt(incident.type) : ""}{" "}
            · {incident?.kelurahan?.name ?? ""}{" "}
            <span className="mono" suppressHydrationWarning>
              {formatSince(j.dispatchedAt, now)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
