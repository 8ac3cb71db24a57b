"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import { useApiAnswer } from "@/components/ui/use-api-data";
import type { CallDraft } from "@/lib/calls/call-draft";
import type { PointLocation } from "@/lib/geo/point-location";
import { formatPoint, placeTextProblem, readPlaceText } from "@/lib/geo/read-place-text";
import type { PlaceMatch } from "@/lib/places/place-match";

export interface Place {
  lat: number;
  lon: number;
}

/** The place as the form keeps it: what was typed, where it resolved, and the area chosen by name. */
export type PlaceValue = Pick<CallDraft, "placeText" | "place" | "area">;

interface Props {
  value: PlaceValue;
  onChange: (value: PlaceValue) => void;
  /** What is wrong with the place, in the user's language. */
  error?: string | undefined;
  /** The map's view, for ranking nearer places first; else the place already given. */
  near?: Place | null | undefined;
}

// One field for a place: "lat, lon" typed (dots or decimal commas, or degrees-minutes-seconds),
// a Google Maps or WhatsApp link or a Plus Code pasted, or a place's name (an area, a station, a
// landmark) completed from the gazetteer (arrows and Enter), nearer the last place first, or a
// click on the map beside it (which writes its coordinates here). Shows how it was read and what
// it resolved to (at sea, or which neighbour outside Jakarta) before saving. Text that is no
// place is said to be so at once, with why, and never reaches the map or the API; "lon, lat"
// gets a one-key swap.
export function PlaceField({ value, onChange, error, near: view }: Props) {
  const t = useTranslations("intake");
  const listId = useId();
  const { placeText: text, place, area } = value;
  const near = view ?? place;
  const [matches, setMatches] = useState<PlaceMatch[]>([]);
  const [active, setActive] = useState(0);
  // Only what is typed here is searched: a draft brought back, or a click on the map, is not.
  const [query, setQuery] = useState<string | null>(null);
  const { data: resolved, settled } = useApiAnswer<PointLocation>(
    place && `/api/geo/locate?lat=${place.lat}&lon=${place.lon}`,
  );
  const read = readPlaceText(text);
  const problem = placeTextProblem(text);

  useEffect(() => {
    if (query === null || readPlaceText(query).kind !== "name" || query.trim().length < 2) return setMatches([]);
    const id = setTimeout(
      () =>
        void apiFetch<PlaceMatch[]>(
          `/api/places/search?q=${encodeURIComponent(query.trim())}${near ? `&lat=${near.lat}&lon=${near.lon}` : ""}`,
        ).then((r) => {
          setMatches(r.ok ? r.data : []);
          setActive(0);
        }),
      150,
    );
    return () => clearTimeout(id);
  }, [query, near]);

  function type(next: string) {
    setQuery(next);
    const r = readPlaceText(next);
    onChange({ placeText: next, place: r.kind === "point" ? { lat: r.lat, lon: r.lon } : null, area: null });
  }

  function choose(match: PlaceMatch) {
    setQuery(null);
    setMatches([]);
    const isArea = match.kind === "kota" || match.kind === "kecamatan" || match.kind === "kelurahan";
    onChange({
      placeText: `${match.name} (${t(`placeKinds.${match.kind}`)})`,
      place: { lat: Math.round(match.lat * 1e6) / 1e6, lon: Math.round(match.lon * 1e6) / 1e6 },
      // An area stands for its centre, which the form warns of; a landmark is its own point.
      area: isArea ? { name: match.name, level: match.kind } : null,
    });
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

  const outside = resolved && !resolved.insideJakarta;
  return (
    <div className="field place-field">
      <label htmlFor="place">{t("place")}</label>
      <input
        id="place"
        name="place"
        value={text}
        autoComplete="off"
        placeholder={t("placeSearch")}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches.length ? `${listId}-${active}` : undefined}
        aria-invalid={Boolean(error || problem)}
        aria-describedby={problem ? `${listId}-problem` : undefined}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="completions">
          {matches.map((a, i) => (
            <li
              key={`${a.kind}-${a.name}-${a.lat}-${a.lon}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(a);
              }}
            >
              {a.name}{" "}
              <span className="muted">
                {t(`placeKinds.${a.kind}`)}
                {a.kelurahan && a.kelurahan.name !== a.name ? `, ${a.kelurahan.name}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t("placeHint")}</p>
      {problem && (
        <p className="error" id={`${listId}-problem`} data-testid="place-problem" data-problem={problem}>
          {t(`errors.${problem}`)}
          {read.kind === "out_of_range" && read.swapped && (
            <>
              {" "}
              <button type="button" className="link-button" onClick={() => type(formatPoint(read.swapped!))}>
                {t("swap")}
              </button>
            </>
          )}
        </p>
      )}
      {resolved && (
        <p
          className={resolved.insideJakarta ? "resolved" : "error"}
          data-testid="resolved-place"
          aria-busy={!settled || undefined}
          data-at-sea={resolved.atSea || undefined}
          data-method={read.kind === "point" ? read.method : undefined}
          role={resolved.insideJakarta ? undefined : "alert"}
        >
          {resolved.insideJakarta
            ? `${t("resolved")}: ${[
                resolved.atSea && resolved.kelurahan
                  ? t("atSea", { name: resolved.kelurahan.name })
                  : resolved.kelurahan?.name,
                resolved.kecamatan?.name,
                resolved.kota?.name,
              ]
                .filter(Boolean)
                .join(", ")}${resolved.method === "nearest-point" ? ` (${t("approximate")})` : ""}`
            : resolved.neighbour
              ? t("outsideIn", { region: resolved.neighbour })
              : t("outside")}
          {read.kind === "point" && read.method !== "decimal" && (
            <span className="muted" data-testid="place-read-as">
              {" "}
              · {t(`placeMethods.${read.method}`)}
              {read.label ? `: ${read.label}` : ""}
            </span>
          )}
        </p>
      )}
      {area && place && (
        <p className="hint warn" data-testid="area-centre">
          {t("areaCentre", { name: area.name })}
        </p>
      )}
      {error && !problem && !outside && <p className="error">{error}</p>}
    </div>
  );
}
