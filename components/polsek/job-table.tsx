"use client";
import { useFormatter, useTranslations } from "next-intl";

import { PRIORITY_COLORS } from "@/components/map/incidents-layer";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";

interface Props {
  jobs: readonly AssignmentView[];
  incidentOf: (job: AssignmentView) => IncidentView | null;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The station's jobs: new ones, those being worked, then those done this shift. */
export function JobTable({ jobs, incidentOf, selectedId, onSelect }: Props) {
  const t = useTranslations("polsek");
  const tt = useTranslations("incidentTypes");
  const ts = useTranslations("assignmentStatus");
  const format = useFormatter();
  if (!jobs.length) return <p className="muted">{t("noJobs")}</p>;
  return (
    <table className="grid board" data-testid="job-list">
      <thead>
        <tr>
          <th>{t("time")}</th>
          <th>P</th>
          <th>{t("incident")}</th>
          <th>{t("place")}</th>
          <th>{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => {
          const i = incidentOf(j);
          return (
            <tr
              key={j.id}
              className={[j.id === selectedId && "selected", j.status === "dispatched" && "late late-acknowledge"]
                .filter(Boolean)
                .join(" ")}
              data-assignment={j.id}
              data-status={j.status}
              tabIndex={0}
              aria-selected={j.id === selectedId}
              onClick={() => onSelect(j.id)}
              onKeyDown={(e) => e.key === "Enter" && onSelect(j.id)}
            >
              <td className="mono">{format.dateTime(new Date(j.dispatchedAt), { timeStyle: "short" })}</td>
              <td>
                {i && (
                  <span className="prio" style={{ background: PRIORITY_COLORS[i.priority] }}>
                    {i.priority}
                  </span>
                )}
              </td>
              <td>
                {i ? tt(i.type) : ""}
                <div className="muted mono small">{i?.number}</div>
              </td>
              <td>{i?.kelurahan?.name ?? "—"}</td>
              <td>
                <span className={`chip st-${j.status}`}>{ts(j.status)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
