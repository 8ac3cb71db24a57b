"use client";
import { useTranslations } from "next-intl";

import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";

interface Props {
  stations: readonly RecommendedStation[] | null;
  /** Stations already working the incident: offered no second time. */
  busyStationIds: ReadonlySet<number>;
  disabled: boolean;
  onDispatch: (station: RecommendedStation) => void;
}

/** The staffed polsek quickest first; the first free one goes with D, the others with Alt+1..5. */
export function RecommendationTable({ stations, busyStationIds, disabled, onDispatch }: Props) {
  const t = useTranslations("dispatch");
  if (stations === null) return <p className="muted">{t("recommending")}</p>;
  if (!stations.length) return <p className="error">{t("noStations")}</p>;
  const firstFree = stations.find((s) => !busyStationIds.has(s.id));
  return (
    <table className="grid compact" data-testid="recommendation">
      <thead>
        <tr>
          <th>{t("key")}</th>
          <th>{t("station")}</th>
          <th>{t("distance")}</th>
          <th>{t("eta")}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {stations.slice(0, 5).map((s, i) => {
          const busy = busyStationIds.has(s.id);
          return (
            <tr key={s.id} className={s === firstFree ? "recommended" : undefined} data-station={s.code}>
              <td className="mono">
                {s === firstFree ? "D" : ""} Alt+{i + 1}
              </td>
              <td>
                {s.name}
                {s.inJurisdiction && <span className="tag own">{t("jurisdiction")}</span>}
                {s.locationApproximate && (
                  <span className="tag" title={t("approximateTitle")}>
                    ≈
                  </span>
                )}
              </td>
              <td className="mono">{(s.distanceM / 1000).toFixed(1)} km</td>
              <td className="mono">{t("etaMinutes", { n: Math.max(1, Math.round(s.etaS / 60)) })}</td>
              <td>
                <button
                  type="button"
                  className={s === firstFree ? "primary" : undefined}
                  disabled={disabled || busy}
                  onClick={() => onDispatch(s)}
                >
                  {busy ? t("sent") : t("dispatch")}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
