"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { formTimeToIso } from "@/lib/audit/audit-form";

const day = (d: Date) => d.toISOString().slice(0, 10);

// Days in Jakarta time; the end day is included, so the range runs to the next midnight.
export function IncidentExportForm() {
  const t = useTranslations("audit");
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => day(new Date()));
  const end = to ? day(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000)) : "";
  const href = `/api/incidents.csv?${new URLSearchParams({ from: formTimeToIso(from) ?? "", to: formTimeToIso(end) ?? "" })}`;
  return (
    <p className="filters">
      <label>
        {t("from")} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>{" "}
      <label>
        {t("toIncluded")} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>{" "}
      <a href={href} download data-testid="incidents-csv">
        {t("exportIncidents")}
      </a>
    </p>
  );
}
