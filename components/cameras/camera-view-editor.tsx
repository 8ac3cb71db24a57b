"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { CameraConeMap } from "@/components/map/camera-cone-map";
import { apiFetch } from "@/components/ui/api-fetch";
import type { RegistryCamera } from "@/lib/cameras/registry-camera";

/** Bearing, field of view and range of one camera, its cone redrawn on the map at each change. */
export function CameraViewEditor({
  camera,
  canEdit,
  mapboxToken,
  onSaved,
}: {
  camera: RegistryCamera;
  canEdit: boolean;
  mapboxToken: string | null;
  onSaved: (c: RegistryCamera) => void;
}) {
  const t = useTranslations("registry");
  const [bearing, setBearing] = useState(camera.bearingDeg ?? 0);
  const [fov, setFov] = useState(camera.fovDeg);
  const [range, setRange] = useState(camera.rangeM);
  const [message, setMessage] = useState<string | null>(null);
  const dome = fov >= 360;
  async function save() {
    const res = await apiFetch<RegistryCamera>(`/api/cameras/${camera.id}/view`, {
      bearingDeg: dome ? null : bearing,
      fovDeg: fov,
      rangeM: range,
    });
    setMessage(res.ok ? t("saved") : res.error.message);
    if (res.ok) onSaved(res.data);
  }
  const slider = (label: string, value: number, set: (v: number) => void, min: number, max: number, unit: string) => (
    <label className="slider">
      <span>
        {label}: <output>{Math.round(value)}</output> {unit}
      </span>
      <input
        type="range"
        min={min}
        max={max}
        value={value}
        disabled={!canEdit}
        aria-label={label}
        onChange={(e) => {
          set(Number(e.target.value));
          setMessage(null);
        }}
      />
    </label>
  );
  return (
    <section className="view-editor" data-testid="view-editor">
      <h3>{camera.name}</h3>
      <p className="muted small">
        {camera.externalId} · {[camera.kecamatan, camera.kota].filter(Boolean).join(", ") || t("outside")} ·{" "}
        {camera.generated ? t("generatedCamera") : camera.source}
      </p>
      <CameraConeMap
        mapboxToken={mapboxToken}
        camera={{ lat: camera.lat, lon: camera.lon, bearingDeg: dome ? null : bearing, fovDeg: fov, rangeM: range }}
      />
      {slider(t("bearing"), bearing, setBearing, 0, 359, "°")}
      {slider(t("fov"), fov, setFov, 10, 360, "°")}
      {slider(t("range"), range, setRange, 5, 300, "m")}
      {canEdit && (
        <button type="button" onClick={() => void save()} data-testid="save-view">
          {t("saveView")}
        </button>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
