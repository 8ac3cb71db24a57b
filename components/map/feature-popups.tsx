"use client";
import { useFormatter, useTranslations } from "next-intl";

import { useApiData } from "@/components/ui/use-api-data";
import type { CameraSummary } from "@/lib/cameras/camera-summary";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { PointLocation } from "@/lib/geo/point-location";
import type { AreaLevel } from "@/lib/geo/vocabulary";
import type { IncidentView } from "@/lib/incidents/incident-view";
import type { LandmarkKind } from "@/lib/places/vocabulary";

import type { StationPoint } from "./map-layers";

export interface AreaLabel {
  level: AreaLevel;
  name: string;
  parent: string | null;
  kota: string | null;
}

export interface Landmark {
  id: number;
  name: string;
  kind: LandmarkKind;
  detail: string | null;
  lat: number;
  lon: number;
}

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

/** A kota, kecamatan or kelurahan, from its name on the map. */
export function AreaPopup({ area }: { area: AreaLabel }) {
  const t = useTranslations("map");
  return (
    <div data-popup="area">
      <div className="muted small">{t(`levels.${area.level}`)}</div>
      <strong>{area.name}</strong>
      {area.level === "kelurahan" && area.parent && <div>{t("inKecamatan", { name: area.parent })}</div>}
      {area.level !== "kota" && area.kota && <div className="muted">{t("inKota", { name: area.kota })}</div>}
    </div>
  );
}

/** A landmark of the gazetteer, with the kelurahan, kecamatan and kota it lies in. */
export function LandmarkPopup({ landmark }: { landmark: Landmark }) {
  const t = useTranslations("intake");
  return (
    <div data-popup="landmark">
      <strong>{landmark.name}</strong>
      <div className="muted">
        {t(`placeKinds.${landmark.kind}`)}
        {landmark.detail ? ` · ${landmark.detail}` : ""}
      </div>
      <PointAreas lat={landmark.lat} lon={landmark.lon} />
    </div>
  );
}

/** Where a clicked point of the map lies: its kelurahan, kecamatan and kota. */
export function PointPopup({ lat, lon }: { lat: number; lon: number }) {
  return (
    <div data-popup="point">
      <div className="mono small">
        {lat.toFixed(5)}, {lon.toFixed(5)}
      </div>
      <PointAreas lat={lat} lon={lon} />
    </div>
  );
}

function PointAreas({ lat, lon }: { lat: number; lon: number }) {
  const t = useTranslations("intake");
  const tm = useTranslations("map");
  const where = useApiData<PointLocation>(`/api/geo/locate?lat=${lat}&lon=${lon}`);
  if (!where) return <div className="muted">{tm("loading")}</div>;
  if (!where.insideJakarta)
    return <div>{where.neighbour ? t("outsideIn", { region: where.neighbour }) : t("outside")}</div>;
  return (
    <div data-areas>
      {where.kelurahan && (
        <div>
          {where.atSea
            ? t("atSea", { name: where.kelurahan.name })
            : `${tm("levels.kelurahan")} ${where.kelurahan.name}`}
        </div>
      )}
      {where.kecamatan && <div>{tm("inKecamatan", { name: where.kecamatan.name })}</div>}
      {where.kota && <div className="muted">{where.kota.name}</div>}
    </div>
  );
}

/** A camera cluster of the tiles: how many, and how many live and offline. */
export function ClusterPopup({ cluster }: { cluster: { count: number; live: number; offline: number } }) {
  const t = useTranslations("map");
  return (
    <div data-popup="cluster">
      <strong>{t("clusterCount", { count: cluster.count })}</strong>
      <div>{t("clusterDetail", { live: cluster.live, offline: cluster.offline })}</div>
      <div className="muted small">{t("zoomingIn")}</div>
    </div>
  );
}
