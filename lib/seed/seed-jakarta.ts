import { sql } from "drizzle-orm";

import type { Executor } from "@/db";
import { upsertAreas } from "@/db/queries/upsert-areas";
import { upsertCameras } from "@/db/queries/upsert-cameras";
import { upsertStations } from "@/db/queries/upsert-stations";
import { generateCameras } from "@/lib/cameras/generate-cameras";
import { KECAMATAN, KOTA } from "@/lib/geo/jakarta-reference";
import { defaultStations } from "@/lib/stations/default-stations";

const BATCH = 2_000;

/** Loads the built-in Jakarta on an empty database; returns false when it was already there. */
export async function seedJakarta(db: Executor, cameraCount: number): Promise<boolean> {
  const [row] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM stations`)).rows;
  if ((row?.n ?? 0) > 0) return false;
  const source = "built-in";
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
  return true;
}
