"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import type { ScenarioSummary } from "@/lib/training/scenario-summary";
import type { TrainingSessionView } from "@/lib/training/session-view";

/** The supervisor chooses trainees, scenarios (in the order they ring) and a pace, and starts. */
export function SessionForm({ names, scenarios }: { names: Record<string, string>; scenarios: ScenarioSummary[] }) {
  const t = useTranslations("training");
  const ta = useTranslations("apiErrors");
  const tc = useTranslations("classifications");
  const [trainees, setTrainees] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [pace, setPace] = useState(60);
  const [burst, setBurst] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  async function start(e: React.FormEvent) {
    e.preventDefault();
    const res = await apiFetch<TrainingSessionView>(
      "/api/training/sessions",
      { traineeIds: trainees, scenarioIds: chosen, paceSeconds: pace, burst },
      { "idempotency-key": newIdempotencyKey() },
    );
    setMessage(res.ok ? t("started", { id: res.data.id }) : `${ta(res.error.code)} (${res.error.message})`);
    if (res.ok) setChosen([]);
  }

  return (
    <form className="panel" onSubmit={(e) => void start(e)} data-testid="session-form">
      <h2>{t("start")}</h2>
      <fieldset>
        <legend>{t("trainees")}</legend>
        {Object.entries(names).map(([id, name]) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={trainees.includes(id)}
              onChange={() => setTrainees(toggle(trainees, id))}
              data-trainee={id}
            />{" "}
            {name}
          </label>
        ))}
      </fieldset>
      <table className="grid compact">
        <thead>
          <tr>
            <th>#</th>
            <th>{t("scenario")}</th>
            <th>{t("kind")}</th>
            <th>{t("expected")}</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id}>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.id)}
                    onChange={() => setChosen(toggle(chosen, s.id))}
                    data-scenario={s.id}
                  />{" "}
                  <span className="mono">{chosen.includes(s.id) ? chosen.indexOf(s.id) + 1 : ""}</span>
                </label>
              </td>
              <td>
                {s.title} <span className="muted">({s.lines})</span>
              </td>
              <td>{t(`kinds.${s.kind}`)}</td>
              <td className="muted">
                {tc(s.classification)}
                {s.place ? ` · ${s.place}` : ""}
                {s.station ? ` · ${s.station}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <label>
          {t("pace")}{" "}
          <input
            type="number"
            min={5}
            max={3600}
            value={pace}
            disabled={burst}
            onChange={(e) => setPace(Number(e.target.value))}
            data-testid="pace"
          />
        </label>{" "}
        <label className="check">
          <input type="checkbox" checked={burst} onChange={() => setBurst(!burst)} /> {t("burst")}
        </label>{" "}
        <button
          type="submit"
          className="primary"
          disabled={!trainees.length || !chosen.length}
          data-testid="start-session"
        >
          {t("start")}
        </button>
      </p>
      {message && (
        <p className="notice" role="status" data-testid="session-result">
          {message}
        </p>
      )}
    </form>
  );
}
