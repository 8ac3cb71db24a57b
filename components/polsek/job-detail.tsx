"use client";
import { useFormatter, useTranslations } from "next-intl";

import { CodeSelect } from "@/components/ui/code-select";
import { useApiAction } from "@/components/ui/use-api-action";
import { useStoredDraft } from "@/components/ui/use-stored-draft";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import { assignmentOutcomes } from "@/lib/dispatch/vocabulary";
import type { IncidentView } from "@/lib/incidents/incident-view";

/** One job: where and what, and the station's next step on it. */
export function JobDetail({ job, incident }: { job: AssignmentView; incident: IncidentView }) {
  const t = useTranslations("polsek");
  const tt = useTranslations("incidentTypes");
  const ts = useTranslations("assignmentStatus");
  const to = useTranslations("outcomes");
  const format = useFormatter();
  const { busy, error, run } = useApiAction();
  // What the officer types is kept per job across a reload until the step it belongs to is saved.
  const draft = `polsek-job:${job.id}`;
  const [unit, setUnit, clearUnit] = useStoredDraft(`${draft}:unit`);
  const [outcome, setOutcome, clearOutcome] = useStoredDraft(`${draft}:outcome`);
  const [report, setReport, clearReport] = useStoredDraft(`${draft}:report`);
  const step = (body: Record<string, string>, saved: () => void = () => {}) =>
    void run(`/api/assignments/${job.id}/status`, body).then((ok) => ok && saved());
  const time = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { timeStyle: "medium" }) : "—");

  return (
    <div className="job-detail" data-testid="job-detail" data-assignment={job.id} data-status={job.status}>
      <h2>
        {incident.priority} {tt(incident.type)} · <span className="mono">{incident.number}</span>
      </h2>
      <p className="place-line">
        {[incident.address, incident.kelurahan?.name, incident.kecamatan?.name, incident.kota?.name]
          .filter(Boolean)
          .join(", ")}
      </p>
      <p className="mono small">
        {incident.lat.toFixed(6)}, {incident.lon.toFixed(6)}
      </p>
      {incident.description && <p className="description">{incident.description}</p>}
      <p>
        <span className={`chip st-${job.status}`}>{ts(job.status)}</span>
        {job.unit && <> · {job.unit}</>}
      </p>
      <p className="mono small">
        {t("steps")}: {time(job.dispatchedAt)} → {time(job.acknowledgedAt)} → {time(job.enRouteAt)} →{" "}
        {time(job.onSceneAt)} → {time(job.clearedAt)}
      </p>
      {job.note && <p className="notice">{job.note}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      {job.status === "dispatched" && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            step({ status: "acknowledged", unit }, clearUnit);
          }}
        >
          <input
            id="unit"
            aria-label={t("unit")}
            placeholder={t("unitPlaceholder")}
            required
            maxLength={60}
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
            autoFocus
          />
          <button type="submit" className="primary" disabled={busy || !unit.trim()}>
            {t("acknowledge")}
          </button>
        </form>
      )}
      {job.status === "acknowledged" && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => step({ status: "en_route" })}
          autoFocus
        >
          {t("enRoute")}
        </button>
      )}
      {job.status === "en_route" && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => step({ status: "on_scene" })}
          autoFocus
        >
          {t("onScene")}
        </button>
      )}
      {job.status === "on_scene" && (
        <form
          className="report-form"
          onSubmit={(e) => {
            e.preventDefault();
            step({ status: "cleared", outcome, report }, () => (clearOutcome(), clearReport()));
          }}
        >
          <CodeSelect
            label={t("outcome")}
            codes={assignmentOutcomes}
            name={(o) => to(o)}
            value={outcome}
            onChange={setOutcome}
            autoFocus
          />
          <textarea
            aria-label={t("report")}
            placeholder={t("reportPlaceholder")}
            required
            rows={4}
            maxLength={4000}
            value={report}
            onChange={(e) => setReport(e.target.value)}
          />
          <button type="submit" className="primary" disabled={busy || !outcome || !report.trim()}>
            {t("clear")}
          </button>
        </form>
      )}
      {job.status === "cleared" && (
        <p>
          {job.outcome && to(job.outcome)}: {job.fieldReport}
        </p>
      )}
    </div>
  );
}
