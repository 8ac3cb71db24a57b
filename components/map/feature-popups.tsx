"use client";
import { useFormatter, useTranslations } from "next-intl";

import { useApiData } from "@/components/ui/use-api-data";
import type { CameraSummary } from "@/lib/cameras/camera-summary";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { IncidentView } from "@/lib/incidents/incident-view";

import type { StationPoint } from "./map-layers";

export function IncidentPopup({
  incident,
  assignments,
}: {
  incident: IncidentView;
  assignments: readonly AssignmentView[];
}) {
  const t = useTranslations("dispatch");
  const tt = useTranslations("incidentTypes");
  const ts = useTranslations("assignmentStatus");
  return (
    <div data-popup="incident">
      <strong className="mono">{incident.number}</strong>
      <div>
        {incident.priority} {tt(incident.type)} · {t(`incidentStatus.${incident.status}`)}
      </div>
      <div className="muted">
        {[incident.address, incident.kelurahan?.name, incident.kecamatan?.name].filter(Boolean).join(", ")}
      </div>
      {incident.description && <div>{incident.description}</div>}
      {assignments.map((a) => (
        <div key={a.id}>
          {a.stationName} · {ts(a.status)}
        </div>
      ))}
    </div>
  );
}

export function StationPopup({ station }: { station: StationPoint }) {
  const t = useTranslations("map");
  return (
    <div data-popup="station">
      <strong>{station.name}</strong>
      <div className="muted mono">{station.code}</div>
      <div>{station.staffed ? t("staffed") : t("unstaffed")}</div>
      {station.locationApproximate && <div className="muted">{t("approximatePosition")}</div>}
    </div>
  );
}

export function CameraPopup({ id }: { id: number }) {
  const t = useTranslations("map");
  const format = useFormatter();
  const camera = useApiData<CameraSummary>(`/api/cameras/${id}`);
  if (!camera) return <div className="muted">{t("loading")}</div>;
  return (
    <div data-popup="camera">
      <strong>{camera.name}</strong>
      <div>
        {t(camera.accessMode === "live" ? "live" : "onRequest")} · {t(`health.${camera.status}`)}
        {camera.lastSeenAt && ` · ${format.relativeTime(new Date(camera.lastSeenAt))}`}
      </div>
      <div className="muted">
        {t(`owner.${camera.ownerType}`)}
        {camera.ownerName ? `: ${camera.ownerName}` : ""}
        {camera.provider ? ` · ${camera.provider}` : ""}
      </div>
      {camera.retentionDays !== null && <div className="muted">{t("retention", { days: camera.retentionDays })}</div>}
      <div className="muted small">{camera.generated ? t("generatedCamera") : camera.source}</div>
    </div>
  );
}
