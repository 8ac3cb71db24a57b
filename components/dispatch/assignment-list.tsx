"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { isActiveAssignment } from "@/lib/dispatch/assignment-machine";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";

interface Props {
  assignments: readonly AssignmentView[];
  /** Where a station may be moved to: the recommendation, less those already working it. */
  alternatives: readonly RecommendedStation[];
  disabled: boolean;
  run: (url: string, body: unknown) => Promise<boolean>;
}

/** The stations sent, each step's time, and calling one off or moving it with a reason. */
export function AssignmentList({ assignments, alternatives, disabled, run }: Props) {
  const t = useTranslations("dispatch");
  const ts = useTranslations("assignmentStatus");
  const to = useTranslations("outcomes");
  const format = useFormatter();
  const [changing, setChanging] = useState<{ id: number; move: boolean } | null>(null);
  const [reason, setReason] = useState("");
  const [stationId, setStationId] = useState<number | null>(null);
  if (!assignments.length) return <p className="muted">{t("noAssignments")}</p>;
  const time = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { timeStyle: "medium" }) : "—");

  async function submit(a: AssignmentView) {
    const ok = changing?.move
      ? await run(`/api/assignments/${a.id}/move`, { stationId, reason })
      : await run(`/api/assignments/${a.id}/status`, { status: "cancelled", note: reason });
    if (ok) setChanging(null);
  }

  return (
    <table className="grid compact" data-testid="assignments">
      <thead>
        <tr>
          <th>{t("station")}</th>
          <th>{t("status")}</th>
          <th>{t("steps")}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {assignments.map((a) => (
          <tr key={a.id} data-assignment={a.id} data-status={a.status}>
            <td>
              {a.stationName}
              {a.unit && <div className="muted">{a.unit}</div>}
            </td>
            <td>
              <span className={`chip st-${a.status}`}>{ts(a.status)}</span>
              {a.outcome && <div>{to(a.outcome)}</div>}
              {a.fieldReport && <div className="muted">{a.fieldReport}</div>}
              {a.note && <div className="muted">{a.note}</div>}
            </td>
            <td className="mono small">
              {time(a.dispatchedAt)} → {time(a.acknowledgedAt)} → {time(a.enRouteAt)} → {time(a.onSceneAt)}
            </td>
            <td>
              {isActiveAssignment(a.status) && changing?.id !== a.id && (
                <>
                  <button type="button" disabled={disabled} onClick={() => setChanging({ id: a.id, move: true })}>
                    {t("move")}
                  </button>{" "}
                  <button type="button" disabled={disabled} onClick={() => setChanging({ id: a.id, move: false })}>
                    {t("cancel")}
                  </button>
                </>
              )}
              {changing?.id === a.id && (
                <form
                  className="inline-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void submit(a);
                  }}
                >
                  {changing.move && (
                    <select
                      aria-label={t("moveTo")}
                      required
                      value={stationId ?? ""}
                      onChange={(e) => setStationId(Number(e.target.value) || null)}
                    >
                      <option value="">{t("moveTo")}</option>
                      {alternatives.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  )}
                  <input
                    aria-label={t("reason")}
                    placeholder={t("reason")}
                    required
                    maxLength={500}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    autoFocus
                  />
                  <button type="submit" className="primary" disabled={disabled}>
                    {changing.move ? t("move") : t("cancel")}
                  </button>
                  <button type="button" onClick={() => setChanging(null)}>
                    ×
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
