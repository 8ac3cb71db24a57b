"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { CallVolume } from "@/lib/metrics/call-volume-view";
import { formatDuration, formatShare } from "@/lib/metrics/format-duration";
import type { ResponseFigure, ResponseTimes } from "@/lib/metrics/response-times-view";
import { type ResponseMeasure, responseMeasures } from "@/lib/metrics/vocabulary";

import { ResponseChart } from "./response-chart";
import { VolumeChart } from "./volume-chart";

interface Props {
  times: ResponseTimes;
  volume: CallVolume;
}

export function SupervisorFigures({ times, volume }: Props) {
  const t = useTranslations("supervisor");
  const tt = useTranslations("incidentTypes");
  const tc = useTranslations("classifications");
  const [measure, setMeasure] = useState<ResponseMeasure>("answer");
  // Charts measure the page: drawn once in the browser, never on the server.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const label = (f: ResponseFigure) => {
    if (f.key === "") return t("unknown");
    if (times.groupBy === "type" && f.key) return tt(f.key as never);
    if (times.groupBy === "hour" && f.key) return `${f.key.padStart(2, "0")}:00`;
    return f.label ?? f.key ?? "";
  };
  const groups = times.groups.filter((f) => f.measure === measure).map((f) => ({ ...f, label: label(f) }));
  const overall = responseMeasures.map((m) => times.overall.find((f) => f.measure === m));
  const strictest = overall.find((f) => f?.measure === measure)?.withinTargets[0]?.seconds ?? null;
  const classNames = Object.fromEntries(
    ["emergency", "prank", "abandoned", "info", "duplicate"].map((c) => [c, tc(c as never)]),
  );
  classNames.unclassified = t("unclassified");

  const targetCells = (f: ResponseFigure | undefined) =>
    f?.withinTargets.map((w) => (
      <span key={w.seconds} className={w.share !== null && w.share < w.required ? "late" : undefined}>
        {t("within", {
          share: formatShare(w.share),
          seconds: formatDuration(w.seconds),
          required: formatShare(w.required),
        })}
        <br />
      </span>
    ));

  return (
    <>
      <section className="panel" data-testid="response-times">
        <h2>{t("responseTitle")}</h2>
        <table className="grid compact" data-testid="overall">
          <thead>
            <tr>
              <th>{t("measure")}</th>
              <th>{t("count")}</th>
              <th>p50</th>
              <th>p90</th>
              <th>p95</th>
              <th>{t("targets")}</th>
            </tr>
          </thead>
          <tbody>
            {responseMeasures.map((m, i) => (
              <tr key={m} data-measure={m}>
                <td>{t(`measures.${m}`)}</td>
                <td>{overall[i]?.count ?? 0}</td>
                <td>{formatDuration(overall[i]?.p50 ?? null)}</td>
                <td>{formatDuration(overall[i]?.p90 ?? null)}</td>
                <td>{formatDuration(overall[i]?.p95 ?? null)}</td>
                <td>{targetCells(overall[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="measure-tabs" role="tablist">
          {responseMeasures.map((m) => (
            <button key={m} type="button" role="tab" aria-selected={m === measure} onClick={() => setMeasure(m)}>
              {t(`measures.${m}`)}
            </button>
          ))}
        </div>
        <div className="figures-split">
          <div className="chart" data-testid="response-chart">
            {mounted && groups.length > 0 && (
              <ResponseChart
                figures={groups}
                target={strictest}
                labels={{ p50: "p50", p90: "p90", target: t("target"), unknown: t("unknown") }}
              />
            )}
            {groups.length === 0 && <p className="muted">{t("noData")}</p>}
          </div>
          <table className="grid compact" data-testid="groups">
            <thead>
              <tr>
                <th>{t(`groupBy.${times.groupBy}`)}</th>
                <th>{t("count")}</th>
                <th>p50</th>
                <th>p90</th>
                <th>p95</th>
                <th>{t("targets")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((f) => (
                <tr key={f.key ?? ""}>
                  <td>{f.label}</td>
                  <td>{f.count}</td>
                  <td>{formatDuration(f.p50)}</td>
                  <td>{formatDuration(f.p90)}</td>
                  <td>{formatDuration(f.p95)}</td>
                  <td>{targetCells(f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" data-testid="call-volume">
        <h2>{t("volumeTitle")}</h2>
        <div className="chart" data-testid="volume-chart">
          {mounted && volume.perDay.length > 0 && <VolumeChart perDay={volume.perDay} names={classNames} />}
          {volume.perDay.length === 0 && <p className="muted">{t("noData")}</p>}
        </div>
        <p data-testid="callback-rate">
          {t("callbackRate", {
            calledBack: volume.callbacks.calledBack,
            abandoned: volume.callbacks.abandoned,
            rate: formatShare(volume.callbacks.rate),
            median: formatDuration(volume.callbacks.medianSeconds),
          })}
        </p>
        <h3>{t("prankCallers")}</h3>
        <table className="grid compact" data-testid="prank-callers">
          <thead>
            <tr>
              <th>{t("number")}</th>
              <th>{t("pranks")}</th>
              <th>{t("lastCall")}</th>
            </tr>
          </thead>
          <tbody>
            {volume.prankCallers.map((p) => (
              <tr key={p.callerNumber}>
                <td>{p.callerNumber}</td>
                <td>{p.pranks}</td>
                <td>{p.lastAt.slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
