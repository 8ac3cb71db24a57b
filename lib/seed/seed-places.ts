import path from "node:path";

import type { Executor } from "@/db";
import { listNamedPoints, upsertPlaces } from "@/db/queries/upsert-places";
import { planPlaces } from "@/lib/import/import-places";
import { openCsvRows } from "@/lib/import/read-csv-rows";
import { normalizePlaceName } from "@/lib/places/normalize-place-name";

// A copy of ../shared/data/geo/jakarta_landmarks.csv: 2,090 named public places of DKI
// Jakarta's 1:1000 base map ("Peta Dasar DKI Jakarta 1:1000"), 205 KB.
const landmarksFile = path.join(process.cwd(), "lib", "seed", "data", "jakarta-landmarks.csv");

/** Fills the gazetteer: the built-in landmarks, then every area, station and real camera by name. */
export async function seedPlaces(db: Executor): Promise<void> {
  const tally = await planPlaces(await openCsvRows(landmarksFile)).run(db, { source: "built-in" });
  if (tally.rejected > 0) throw new Error(`built-in landmarks: ${tally.rejected} rejected`);
  await refreshNamedPlaces(db);
}

/** The areas, stations and cameras that are not generated, as gazetteer places. */
export async function refreshNamedPlaces(db: Executor): Promise<void> {
  const named = await listNamedPoints(db);
  await upsertPlaces(
    db,
    named.map((p) => ({
      ...p,
      // "kelurahan gambir": a call-taker may say the level ("kel. Gambir") or not.
      search: normalizePlaceName(p.kind === "station" || p.kind === "camera" ? p.name : `${p.kind} ${p.name}`),
      source: "built-in",
    })),
  );
}
