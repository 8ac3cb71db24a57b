"use client";
import { useFormatter, useTranslations } from "next-intl";

import type { HealthCounts } from "@/lib/cameras/health-counts";

/** Online, offline and unknown cameras in counts, the live ones apart: the monitor's first glance. */
export function CameraHealthSummary({
  counts,
  label,
  testId,
}: {
  counts: HealthCounts;
  label: string;
  testId: string;
}) {
  const t = useTranslations("cameraHealth");
  const f = useFormatter();
  return (
    <table className="grid compact health-summary" data-testid={testId}>
      <caption>{label}</caption>
      <thead>
        <tr>
          <th>{t("online")}</th>
          <th>{t("offline")}</th>
          <th>{t("unknown")}</th>
          <th>{t("liveOnline")}</th>
          <th>{t("liveOffline")}</th>
          <th>{t("reporting")}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td data-health="online">{f.number(counts.online)}</td>
          <td data-health="offline" className={counts.offline > 0 ? "warn" : undefined}>
            {f.number(counts.offline)}
          </td>
          <td>{f.number(counts.unknown)}</td>
          <td>{f.number(counts.liveOnline)}</td>
          <td className={counts.liveOffline > 0 ? "warn" : undefined}>{f.number(counts.liveOffline)}</td>
          <td>{f.number(counts.reporting)}</td>
        </tr>
      </tbody>
    </table>
  );
}
