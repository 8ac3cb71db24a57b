"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { PointLocation } from "@/lib/geo/point-location";
import type { AreaMatch } from "@/lib/geo/area-match";
import { apiFetch } from "@/components/ui/api-fetch";
import { useApiData } from "@/components/ui/use-api-data";

export interface Place { lat: number; lon: number }
const COORDS = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

interface Props {
  place: Place | null;
  onPlace: (place: Place | null) => void;
  /** What is wrong with the place, in the user's language. */
  error?: string | undefined;
}

// One field for a place: "lat, lon" typed, or a kelurahan / kecamatan name completed from
// the database (arrows and Enter), or a click on the map beside it. Shows what it resolved to.
export function PlaceField({ place, onPlace, error }: Props) {
  const t = useTranslations("intake");
  const listId = useId();
  const [text, setText] = useState("");
  const [matches, setMatches] = useState<AreaMatch[]>([]);
  const [active, setActive] = useState(0);
  const resolved = useApiData<PointLocation>(place && `/api/geo/locate?lat=${place.lat}&lon=${place.lon}`);
  // The area chosen by name: its centre stands for the place until the map or coordinates say better.
  const [area, setArea] = useState<AreaMatch | null>(null);
  const own = useRef<Place | null>(null);

  // A place from elsewhere (a click on the map) writes its coordinates into the field.
  useEffect(() => {
    if (place && (place.lat !== own.current?.lat || place.lon !== own.current?.lon)) {
      own.current = place;
      setText(`${place.lat}, ${place.lon}`);
      setArea(null);
      setMatches([]);
    }
  }, [place?.lat, place?.lon]);

  useEffect(() => {
    if (COORDS.test(text) || text.trim().length < 2) return setMatches([]);
    const id = setTimeout(() => void apiFetch<AreaMatch[]>(`/api/areas/search?q=${encodeURIComponent(text.trim())}`).then((r) => {
      setMatches(r.ok ? r.data : []);
      setActive(0);
    }), 150);
    return () => clearTimeout(id);
  }, [text]);

  function onChange(value: string) {
    setText(value);
    const m = COORDS.exec(value);
    own.current = m ? { lat: Number(m[1]), lon: Number(m[2]) } : null;
    setArea(null);
    onPlace(own.current);
  }

  function choose(match: AreaMatch) {
    setText(`${match.name} (${match.level})`);
    setMatches([]);
    setArea(match);
    own.current = { lat: Math.round(match.lat * 1e6) / 1e6, lon: Math.round(match.lon * 1e6) / 1e6 };
    onPlace(own.current);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (!matches.length) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (a + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === "Enter" && !e.ctrlKey) {
      e.preventDefault();
      choose(matches[active]!);
    } else if (e.key === "Escape") setMatches([]);
  }

  return (
    <div className="field place-field">
      <label htmlFor="place">{t("place")}</label>
      <input
        id="place" name="place" value={text} autoComplete="off" placeholder={t("placeSearch")}
        role="combobox" aria-expanded={matches.length > 0} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={matches.length ? `${listId}-${active}` : undefined} aria-invalid={Boolean(error)}
        onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="completions">
          {matches.map((a, i) => (
            <li key={a.code} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); choose(a); }}>
              {a.name} <span className="muted">{a.level}{a.parentName ? `, ${a.parentName}` : ""}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t("placeHint")}</p>
      {resolved && (
        <p className={resolved.insideJakarta ? "resolved" : "error"} data-testid="resolved-place" role={resolved.insideJakarta ? undefined : "alert"}>
          {resolved.insideJakarta
            ? `${t("resolved")}: ${[resolved.kelurahan?.name, resolved.kecamatan?.name, resolved.kota?.name].filter(Boolean).join(", ")}${resolved.method === "nearest-point" ? ` (${t("approximate")})` : ""}`
            : t("outside")}
        </p>
      )}
      {area && place && <p className="hint warn" data-testid="area-centre">{t("areaCentre", { name: area.name })}</p>}
      {error && !(resolved && !resolved.insideJakarta) && <p className="error">{error}</p>}
    </div>
  );
}
