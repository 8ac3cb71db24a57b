"use client";
import { useTranslations } from "next-intl";

import { PRIORITY_COLORS } from "@/components/map/incidents-layer";
import { useNow } from "@/components/ui/use-now";
import { formatSince } from "@/lib/calls/apply-call-event";
import { isActiveAssignment } from "@/lib/dispatch/assignment-machine";
import { type DispatchBoard, ofIncident } from "@/lib/dispatch/dispatch-board";
import { missedTarget } from "@/lib/dispatch/response-targets";

interface Props {
  board: DispatchBoard;
  selectedId: number | null;
  seen: ReadonlySet<number>;
  onSelect: (id: number) => void;
}

/** Open incidents in the dispatcher's order: ages ticking, a missed target in colour. */
export function IncidentTable({ board, selectedId, seen, onSelect }: Props) {
  const t = useTranslations("dispatch");
  const tt = useTranslations("incidentTypes");
  const ts = useTranslations("assignmentStatus");
  const now = useNow();
  if (!board.incidents.length) return <p className="muted">{t("none")}</p>;
  return (
    <table className="grid board" data-testid="incident-list" aria-label={t("open")}>
      <thead>
        <tr>
          <th>{t("number")}</th>
          <th>{t("age")}</th>
          <th>P</th>
          <th>{t("type")}</th>
          <th>{t("kelurahan")}</th>
          <th>{t("status")}</th>
          <th>{t("stations")}</th>
          <th title={t("callsTitle")}>☎</th>
        </tr>
      </thead>
      <tbody>
        {board.incidents.map((i) => {
          const assignments = ofIncident(board.assignments, i.id);
          const missed = missedTarget(i, assignments, now);
          const classes = [
            i.id === selectedId && "selected",
            missed && `late late-${missed}`,
            !seen.has(i.id) && "unseen",
          ];
          return (
            <tr
              key={i.id}
              className={classes.filter(Boolean).join(" ")}
              data-incident={i.number}
              data-missed={missed ?? undefined}
              tabIndex={0}
              aria-selected={i.id === selectedId}
              onClick={() => onSelect(i.id)}
              onKeyDown={(e) => e.key === "Enter" && onSelect(i.id)}
            >
              <td className="mono">
                {!seen.has(i.id) && <span className="tag new">{t("new")}</span>} {i.number.slice(-9)}
              </td>
              <td className="mono" suppressHydrationWarning>
                {formatSince(i.createdAt, now)}
              </td>
              <td>
                <span className="prio" style={{ background: PRIORITY_COLORS[i.priority] }}>
                  {i.priority}
                </span>
              </td>
              <td>{tt(i.type)}</td>
              <td>{i.kelurahan?.name ?? i.kecamatan?.name ?? "—"}</td>
              <td>
                {t(`incidentStatus.${i.status}`)}
                {missed && <div className="late-label">{t(`missed.${missed}`)}</div>}
              </td>
              <td>
                {assignments
                  .filter((a) => isActiveAssignment(a.status) || a.status === "cleared")
                  .map((a) => (
                    <span key={a.id} className={`chip st-${a.status}`} title={ts(a.status)}>
                      {a.stationName.replace(/^Polsek\s+/i, "")} · {ts(a.status)}
                    </span>
                  ))}
              </td>
              <td className="mono">{ofIncident(board.calls, i.id).length || ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
