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
  // Three rows of two measures: narrow enough for the monitor's list panel.
  const cell = (key: keyof HealthCounts, warn = false) => (
    <>
      <th scope="row">{t(key)}</th>
      <td data-health={key} className={warn && counts[key] > 0 ? "num warn" : "num"}>
        {f.number(counts[key])}
      </td>
    </>
  );
  return (
    <table className="grid compact health-summary" data-testid={testId}>
      <caption>{label}</caption>
      <tbody>
        <tr>
          {cell("online")}
          {cell("offline", true)}
        </tr>
        <tr>
          {cell("liveOnline")}
          {cell("liveOffline", true)}
        </tr>
        <tr>
          {cell("unknown")}
          {cell("reporting")}
        </tr>
      </tbody>
    </table>
  );
}
