import type { Executor } from "@/db";
import { camerasInBounds, clustersInCells } from "@/db/queries/camera-tiles";

import { encodeCameraTile } from "./encode-camera-tile";
import { BUFFER_SHARE, CELL_DEPTH, cellRange, CLUSTER_MAX_ZOOM, POINT_LIMIT, tileBounds } from "./tile-grid";

/** A cached tile is used this long: other console processes' changes show within it. */
const TILE_TTL_MS = 60_000;
const MAX_CACHED = 4_000;

type Cache = Map<string, { bytes: Uint8Array; at: number }>;
// On globalThis: the Next.js bundle and the server's sweeps clear the same cache.
const holder = globalThis as unknown as { __siagaCameraTiles?: Cache };
const cache: Cache = (holder.__siagaCameraTiles ??= new Map() as Cache);

/** Forgets every cached tile (the registry or its clusters changed). */
export function clearCameraTiles(): void {
  cache.clear();
}

/**
 * Tile z/x/y of the camera layer: single cameras where the tile holds POINT_LIMIT or fewer (and
 * always past CLUSTER_MAX_ZOOM), else the cells of level z+CELL_DEPTH as clusters.
 */
export async function cameraTile(db: Executor, z: number, x: number, y: number): Promise<Uint8Array> {
  const key = `${z}/${x}/${y}`;
  const hit = cache.get(key);
  if (hit && performance.now() - hit.at < TILE_TTL_MS) return hit.bytes;
  const bytes = encodeCameraTile(z, x, y, await tileContent(db, z, x, y));
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, { bytes, at: performance.now() });
  return bytes;
}

async function tileContent(db: Executor, z: number, x: number, y: number) {
  const points = () => camerasInBounds(db, tileBounds(z, x, y, BUFFER_SHARE));
  if (z > CLUSTER_MAX_ZOOM) return { cameras: await points(), clusters: [] };
  // One cell beyond each edge, so that a cluster near the edge is drawn whole by both tiles.
  const clusters = await clustersInCells(db, z + CELL_DEPTH, cellRange(z, x, y, z + CELL_DEPTH, 1));
  const total = clusters.reduce((sum, c) => sum + c.count, 0);
  return total <= POINT_LIMIT ? { cameras: await points(), clusters: [] } : { cameras: [], clusters };
}
