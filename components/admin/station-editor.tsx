"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useApiAction } from "@/components/ui/use-api-action";

export interface EditableStation {
  id: number;
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  smsNumber: string | null;
  jurisdictionCodes: string[];
  lat: number;
  lon: number;
}

const blankToNull = (s: string) => (s.trim() === "" ? null : s.trim());

// One station at a time: its numbers and address, its kecamatan, and its place, picked by a
// click on the map (the marker moves there) or typed as lat and lon.
export function StationEditor({
  stations,
  kecamatan,
  mapboxToken,
}: {
  stations: EditableStation[];
  kecamatan: { code: string; name: string }[];
  mapboxToken: string | null;
}) {
  const t = useTranslations("pages.admin");
  const router = useRouter();
  const { busy, error, run } = useApiAction();
  const [id, setId] = useState(stations[0]?.id ?? 0);
  const station = stations.find((s) => s.id === id);
  const [draft, setDraft] = useState(() => toDraft(station));
  const [saved, setSaved] = useState(false);
  if (!station) return null;

  const choose = (next: number) => {
    setId(next);
    setDraft(toDraft(stations.find((s) => s.id === next)));
    setSaved(false);
  };
  const lat = Number(draft.lat);
  const lon = Number(draft.lon);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const ok = await run(`/api/stations/${id}`, {
      address: blankToNull(draft.address),
      phone: blankToNull(draft.phone),
      smsNumber: blankToNull(draft.smsNumber),
      jurisdictionCodes: draft.jurisdictionCodes,
      lat,
      lon,
    });
    setSaved(ok);
    if (ok) router.refresh();
  }

  return (
    <div className="station-editor">
      <form onSubmit={save} data-testid="station-editor">
        <label>
          {t("station")}{" "}
          <select value={id} onChange={(e) => choose(Number(e.target.value))} aria-label={t("station")}>
            {stations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("address")}
          <input
            value={draft.address}
            maxLength={300}
            onChange={(e) => setDraft({ ...draft, address: e.target.value })}
          />
        </label>
        <label>
          {t("phone")}
          <input value={draft.phone} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} />
        </label>
        <label>
          {t("smsNumber")}
          <input value={draft.smsNumber} onChange={(e) => setDraft({ ...draft, smsNumber: e.target.value })} />
        </label>
        <label>
          {t("jurisdiction")}
          <select
            multiple
            size={8}
            value={draft.jurisdictionCodes}
            onChange={(e) =>
              setDraft({ ...draft, jurisdictionCodes: Array.from(e.target.selectedOptions, (o) => o.value) })
            }
          >
            {kecamatan.map((k) => (
              <option key={k.code} value={k.code}>
                {k.code} {k.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          lat{" "}
          <input
            value={draft.lat}
            inputMode="decimal"
            size={10}
            onChange={(e) => setDraft({ ...draft, lat: e.target.value })}
          />
        </label>{" "}
        <label>
          lon{" "}
          <input
            value={draft.lon}
            inputMode="decimal"
            size={10}
            onChange={(e) => setDraft({ ...draft, lon: e.target.value })}
          />
        </label>
        <p className="muted">{t("pickOnMap")}</p>
        <button type="submit" className="primary" disabled={busy}>
          {t("save")}
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {saved && <p role="status">{t("stationSaved", { code: station.code })}</p>}
      </form>
      <div className="station-map">
        <PlacePickerMap
          mapboxToken={mapboxToken}
          picked={Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null}
          incidents={[]}
          showCameras={false}
          onPick={(pLat, pLon) => setDraft({ ...draft, lat: pLat.toFixed(6), lon: pLon.toFixed(6) })}
        />
      </div>
    </div>
  );
}

function toDraft(s: EditableStation | undefined) {
  return {
    address: s?.address ?? "",
    phone: s?.phone ?? "",
    smsNumber: s?.smsNumber ?? "",
    jurisdictionCodes: s?.jurisdictionCodes ?? [],
    lat: String(s?.lat ?? ""),
    lon: String(s?.lon ?? ""),
  };
}
