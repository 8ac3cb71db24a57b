"use client";
import { useTranslations } from "next-intl";

import type { ScoreSummary } from "@/lib/training/compare-scores";

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
const sec = (x: number | null) => (x === null ? "–" : x.toFixed(1));

/** Trainees, scenarios or sessions side by side, against the 30-second standard. */
export function SummaryTable({
  rows,
  label,
  name,
}: {
  rows: ScoreSummary[];
  label: string;
  name: (key: string) => string;
}) {
  const t = useTranslations("training");
  if (!rows.length) return <p className="muted">{t("scoresEmpty")}</p>;
  return (
    <table className="grid compact" data-testid="score-summary">
      <thead>
        <tr>
          <th>{label}</th>
          <th>{t("calls")}</th>
          <th>{t("within30")}</th>
          <th>{t("answerP50")}</th>
          <th>{t("handledP50")}</th>
          <th>{t("place")}</th>
          <th>{t("typePriority")}</th>
          <th>{t("classification")}</th>
          <th>{t("station")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <td>{name(r.key)}</td>
            <td className="mono">{r.calls}</td>
            <td className={`mono ${r.within30s >= 0.9 ? "score-good" : "score-bad"}`}>{pct(r.within30s)}</td>
            <td className="mono">{sec(r.answerP50)}</td>
            <td className="mono">{sec(r.handledP50)}</td>
            <td className="mono">{pct(r.placeRight)}</td>
            <td className="mono">{pct(r.typePriorityRight)}</td>
            <td className="mono">{pct(r.recognised)}</td>
            <td className="mono">{pct(r.stationRight)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
