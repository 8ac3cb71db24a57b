"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useEventStream } from "@/components/realtime/use-event-stream";
import { compareBy } from "@/lib/training/compare-scores";
import type { ScenarioSummary } from "@/lib/training/scenario-summary";
import type { TrainingScore } from "@/lib/training/score-view";
import type { TrainingSessionView } from "@/lib/training/session-view";

import { ScoreTable } from "./score-table";
import { SessionForm } from "./session-form";
import { SessionList } from "./session-list";
import { SummaryTable } from "./summary-table";

interface Props {
  supervisor: boolean;
  initialScores: TrainingScore[];
  initialSessions: TrainingSessionView[];
  names: Record<string, string>;
  scenarios: ScenarioSummary[];
  sinceSeq: number;
}

export function TrainingClient({ supervisor, initialScores, initialSessions, names, scenarios, sinceSeq }: Props) {
  const t = useTranslations("training");
  const [scores, setScores] = useState(initialScores);
  const [sessions, setSessions] = useState(initialSessions);
  useEventStream(sinceSeq, (e) => {
    if (e.type === "training.scored") setScores((list) => [...list, e.payload.score]);
    if (e.type === "training.session_started" || e.type === "training.session_ended") {
      const s = e.payload.session;
      setSessions((list) => [s, ...list.filter((x) => x.id !== s.id)]);
    }
  });
  const titles = Object.fromEntries(scenarios.map((s) => [s.id, s.title]));
  const nameOf = (id: string) => names[id] ?? id;

  if (!supervisor)
    return (
      <>
        <h1>{t("pageTitle")}</h1>
        <section className="panel">
          <h2>{t("overTime")}</h2>
          <SummaryTable rows={compareBy(scores, "sessionId")} label={t("session")} name={(k) => `#${k}`} />
        </section>
        <section className="panel">
          <h2>{t("calls")}</h2>
          <ScoreTable scores={[...scores].reverse()} titles={titles} />
        </section>
      </>
    );
  return (
    <>
      <h1>{t("supervisorTitle")}</h1>
      <SessionList sessions={sessions} nameOf={nameOf} />
      <section className="panel">
        <h2>{t("compareTrainees")}</h2>
        <SummaryTable rows={compareBy(scores, "traineeId")} label={t("trainee")} name={nameOf} />
      </section>
      <section className="panel">
        <h2>{t("compareScenarios")}</h2>
        <SummaryTable rows={compareBy(scores, "scenarioId")} label={t("scenario")} name={(k) => titles[k] ?? k} />
      </section>
      <section className="panel">
        <h2>{t("calls")}</h2>
        <ScoreTable scores={[...scores].reverse()} titles={titles} nameOf={nameOf} />
        <p>
          <a href="/api/training/scores" target="_blank" rel="noreferrer">
            {t("export")}
          </a>
        </p>
      </section>
      <SessionForm names={names} scenarios={scenarios} />
    </>
  );
}
