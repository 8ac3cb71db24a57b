"use client";
import { useTranslations } from "next-intl";

import { PRIORITY_COLORS } from "@/components/map/incidents-layer";
import { useNow } from "@/components/ui/use-now";
import { formatDuration } from "@/lib/calls/apply-call-event";
import type { IncidentView } from "@/lib/incidents/incident-view";

interface Props {
  incidents: readonly IncidentView[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** Open incidents in the dispatcher's order, each with its age ticking. */
export function IncidentList({ incidents, selectedId, onSelect }: Props) {
  const t = useTranslations("dispatch");
  const tt = useTranslations("incidentTypes");
  const now = useNow();
  if (!incidents.length) return <p className="muted">{t("none")}</p>;
  return (
    <ul className="incident-list" data-testid="incident-list" role="listbox" aria-label={t("open")}>
      {incidents.map((i) => (
        <li
          key={i.id}
          role="option"
          aria-selected={i.id === selectedId}
          tabIndex={0}
          data-incident={i.number}
          style={{ borderLeftColor: PRIORITY_COLORS[i.priority] }}
          onClick={() => onSelect(i.id)}
          onKeyDown={(e) => e.key === "Enter" && onSelect(i.id)}
        >
          <div className="head">
            <span className="num">{i.priority}</span>
            <span className="num">{i.number}</span>
            <span>{tt(i.type)}</span>
            <span className="age" title={t("age")} suppressHydrationWarning>
              {formatDuration(Math.max(0, Math.floor((now - new Date(i.createdAt).getTime()) / 1000)))}
            </span>
          </div>
          <div className="muted">
            {[i.address, i.kelurahan?.name, i.kecamatan?.name, i.kota?.name].filter(Boolean).join(", ")}
            {i.source === "camera" ? ` · ${t("source")}: CCTV` : ""}
          </div>
          {i.description && <div>{i.description}</div>}
        </li>
      ))}
    </ul>
  );
}
