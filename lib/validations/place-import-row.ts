import { z } from "zod";

import type { PlaceRow } from "@/db/queries/upsert-places";
import { normalizePlaceName } from "@/lib/places/normalize-place-name";
import { landmarkKinds } from "@/lib/places/vocabulary";

import { choice, latitude, longitude, optionalText, requiredText } from "./import-fields";

/*
 * Places for `npm run import -- places <file>`: a CSV with a header row (or GeoJSON points),
 * one named place a row, into the gazetteer. Upserted by name and position, so a file can be
 * run again. Columns:
 *
 *   name              yes   as people say it ("RSUP Nasional Dr. Cipto Mangunkusumo")
 *   lat, lon          yes   WGS84 degrees
 *   kind              no    hospital, health_centre, pharmacy, government_office, shopping,
 *                           supermarket, train_station, transjakarta_stop, fuel_station,
 *                           landmark (landmark); `category` is read as kind, as in
 *                           ../shared/data/geo/jakarta_landmarks.csv
 *   detail            no    a kind of its own ("RSU", "koridor 2")
 *   source            no    (import:<file name>)
 */
export const placeImportFields = z.object({
  name: requiredText(200),
  lat: latitude(),
  lon: longitude(),
  kind: choice(landmarkKinds, "landmark"),
  category: choice(landmarkKinds, "landmark"),
  detail: optionalText(200),
  source: optionalText(200),
});

export type PlaceImportRow = Omit<PlaceRow, "source"> & { source?: string | undefined };

export const placeImportRow = z.preprocess(
  (v) => {
    const r = v as Record<string, unknown>;
    return r.kind === undefined || r.kind === "" ? { ...r, kind: r.category } : r;
  },
  placeImportFields.transform((r): PlaceImportRow => ({
    key: `landmark:${normalizePlaceName(r.name)}@${r.lat.toFixed(5)},${r.lon.toFixed(5)}`,
    name: r.name,
    kind: r.kind,
    detail: r.detail ?? null,
    search: normalizePlaceName(r.name),
    lat: r.lat,
    lon: r.lon,
    source: r.source,
  })),
);

export const placeRequiredColumns = ["name", "lat", "lon"] as const;
