import path from "node:path";

import { sql } from "drizzle-orm";

import type { Executor } from "@/db";
import { upsertAreas } from "@/db/queries/upsert-areas";
import { upsertCameras } from "@/db/queries/upsert-cameras";
import { upsertStations } from "@/db/queries/upsert-stations";
import { generateCameras } from "@/lib/cameras/generate-cameras";
import { KECAMATAN, KOTA } from "@/lib/geo/jakarta-reference";
import { planAreas } from "@/lib/import/import-areas";
import { openGeojsonFeatures } from "@/lib/import/read-geojson-features";
import { defaultStations } from "@/lib/stations/default-stations";

import { seedPlaces } from "./seed-places";

const BATCH = 2_000;

// Copies of ../shared/data/geo (BPS 2020 via OCHA HDX cod-ab-idn, CC BY-IGO), already
// simplified to 5e-5 degrees (about 5 m): 660 KB for 6 kota, 44 kecamatan and 270 kelurahan.
const boundaryFiles = ["kota", "kecamatan", "kelurahan"].map((level) =>
  path.join(process.cwd(), "lib", "seed", "data", `jakarta-${level}.geojson`),
);

/** Loads the built-in Jakarta on an empty database; returns false when it was already there. */
export async function seedJakarta(db: Executor, cameraCount: number): Promise<boolean> {
  const [row] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM stations`)).rows;
  if ((row?.n ?? 0) > 0) return false;
  const source = "built-in";
  // Through the import command's own path, so that built-in and imported boundaries are one.
  for (const file of boundaryFiles) {
    const tally = await planAreas(await openGeojsonFeatures(file, "polygon")).run(db, { source });
    if (tally.rejected > 0) throw new Error(`built-in boundaries ${path.basename(file)}: ${tally.rejected} rejected`);
  }
  // The names Jakarta uses and a point well inside each kota and kecamatan (for labels and the
  // generated cameras) over the file's; the boundaries stay.
  await upsertAreas(
    db,
    KOTA.map((k) => ({
      code: k.code,
      level: "kota",
      name: k.name,
      parentCode: null,
      kotaCode: k.code,
      lat: k.lat,
      lon: k.lon,
      source,
    })),
  );
  await upsertAreas(
    db,
    KECAMATAN.map((k) => ({
      code: k.code,
      level: "kecamatan",
      name: k.name,
      parentCode: k.kotaCode,
      kotaCode: k.kotaCode,
      lat: k.lat,
      lon: k.lon,
      areaKm2: k.areaKm2,
      source,
    })),
  );
  await upsertStations(db, defaultStations());
  const cameras = generateCameras(KECAMATAN, cameraCount);
  for (let i = 0; i < cameras.length; i += BATCH) await upsertCameras(db, cameras.slice(i, i + BATCH));
  await seedPlaces(db);
  return true;
}
