"use client";
import { useTranslations } from "next-intl";

import { useApiAction } from "@/components/ui/use-api-action";
import type { TrainingSessionView } from "@/lib/training/session-view";

/** The supervisor's sessions, newest first; a running one can be ended. */
export function SessionList({ sessions, nameOf }: { sessions: TrainingSessionView[]; nameOf: (id: string) => string }) {
  const t = useTranslations("training");
  const { busy, error, run } = useApiAction();
  if (!sessions.length) return null;
  return (
    <section className="panel">
      <h2>{t("sessions")}</h2>
      <table className="grid compact" data-testid="session-list">
        <thead>
          <tr>
            <th>#</th>
            <th>{t("when")}</th>
            <th>{t("trainees")}</th>
            <th>{t("scenarios")}</th>
            <th>{t("pace")}</th>
            <th>{t("status")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} data-session={s.id}>
              <td className="mono">{s.id}</td>
              <td className="mono">{new Date(s.startedAt).toLocaleString("id-ID")}</td>
              <td>{s.traineeIds.map(nameOf).join(", ")}</td>
              <td className="mono">{s.scenarioIds.length}</td>
              <td className="mono">{s.burst ? t("burst") : s.paceSeconds}</td>
              <td>{t(`statuses.${s.status}`)}</td>
              <td>
                {s.status === "running" && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void run(`/api/training/sessions/${s.id}/end`, {})}
                  >
                    {t("end")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <p className="error">{error}</p>}
    </section>
  );
}
