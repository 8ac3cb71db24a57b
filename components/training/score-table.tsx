"use client";
import { useTranslations } from "next-intl";

import type { TrainingScore } from "@/lib/training/score-view";

const sec = (x: number | null) => (x === null ? "–" : x.toFixed(1));

/** Every scored call, newest first: each answer right or wrong, each time from the event log. */
export function ScoreTable({
  scores,
  titles,
  nameOf,
}: {
  scores: TrainingScore[];
  titles: Record<string, string>;
  nameOf?: (id: string) => string;
}) {
  const t = useTranslations("training");
  const tc = useTranslations("classifications");
  const mark = (x: boolean | null) =>
    x === null ? (
      <span className="muted">–</span>
    ) : (
      <span className={x ? "score-good" : "score-bad"}>{x ? t("yes") : t("no")}</span>
    );
  if (!scores.length) return <p className="muted">{t("scoresEmpty")}</p>;
  return (
    <table className="grid compact" data-testid="score-table">
      <thead>
        <tr>
          <th>{t("when")}</th>
          {nameOf && <th>{t("trainee")}</th>}
          <th>{t("scenario")}</th>
          <th>{t("answer")}</th>
          <th>{t("place")}</th>
          <th>{t("typePriority")}</th>
          <th>{t("classification")}</th>
          <th>{t("dispatchS")}</th>
          <th>{t("station")}</th>
          <th>{t("handled")}</th>
          <th>{t("within30")}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((s) => (
          <tr key={s.trainingCallId} data-scenario={s.scenarioId}>
            <td className="mono">{s.rangAt ? new Date(s.rangAt).toLocaleTimeString("id-ID") : "–"}</td>
            {nameOf && <td>{nameOf(s.traineeId)}</td>}
            <td title={s.scenarioId}>{titles[s.scenarioId] ?? s.scenarioId}</td>
            <td className="mono">{sec(s.answerS)}</td>
            <td data-testid="place-right">
              {mark(s.placeCorrect)} {s.placeErrorM !== null && <span className="muted">{s.placeErrorM} m</span>}
            </td>
            <td>{mark(s.typeCorrect === null ? null : s.typeCorrect && s.priorityCorrect !== false)}</td>
            <td data-testid="recognised">
              {mark(s.classificationCorrect)}{" "}
              <span className="muted">{s.classificationGiven ? tc(s.classificationGiven) : "–"}</span>
            </td>
            <td className="mono">{sec(s.dispatchS)}</td>
            <td data-testid="station-right">
              {mark(s.stationCorrect)} <span className="muted">{s.stationGiven ?? ""}</span>
            </td>
            <td className="mono">{sec(s.handledS)}</td>
            <td data-testid="within30">{mark(s.within30s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
