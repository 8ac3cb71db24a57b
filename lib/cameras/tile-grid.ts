// The web-mercator tile grid (the one maplibre and mapbox ask tiles in) and how the camera
// tiles use it: clusters of grid cells up to CLUSTER_MAX_ZOOM, single cameras after.

/** Cells per tile side are 2^CELL_DEPTH: a 512 px tile shows clusters on a 32 px grid. */
export const CELL_DEPTH = 4;
/** Above this zoom a tile always carries single cameras (a z16 tile is about 600 m wide). */
export const CLUSTER_MAX_ZOOM = 15;
/** The finest and coarsest levels of camera_clusters that a tile of zoom 0..CLUSTER_MAX_ZOOM reads. */
export const FINEST_CELL_LEVEL = CLUSTER_MAX_ZOOM + CELL_DEPTH;
export const COARSEST_CELL_LEVEL = CELL_DEPTH;
/** A tile with this many cameras or fewer carries them singly, whatever its zoom. */
export const POINT_LIMIT = 2_000;
/** The tile's own coordinates run 0..EXTENT (the vector-tile default). */
export const EXTENT = 4096;
/** Points this far (a share of the tile) beyond an edge are carried too, so a circle on the edge is drawn whole. */
export const BUFFER_SHARE = 1 / 32;
/** The deepest zoom a tile is made for; the map stretches z16 tiles past it. */
export const MAX_TILE_ZOOM = 16;

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Mercator x and y of a position as shares of the world (0..1, y down from the north). */
export function worldShare(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

const latOfShare = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The tile's bounds in degrees, widened by `buffer` tiles on every side. */
export function tileBounds(z: number, x: number, y: number, buffer = 0): Bounds {
  const n = 2 ** z;
  return {
    west: ((x - buffer) / n) * 360 - 180,
    east: ((x + 1 + buffer) / n) * 360 - 180,
    north: latOfShare((y - buffer) / n),
    south: latOfShare((y + 1 + buffer) / n),
  };
}

/**
 * A position in the tile's own coordinates (0..EXTENT-1 inside it). Floored, as the grid's cells
 * are: a camera is inside the same tile by its pixel as by its cluster cell.
 */
export function tilePixel(z: number, x: number, y: number, lon: number, lat: number): [number, number] {
  const [wx, wy] = worldShare(lon, lat);
  const n = 2 ** z;
  return [Math.floor((wx * n - x) * EXTENT), Math.floor((wy * n - y) * EXTENT)];
}

/** The range of cells of `level` that lie in tile (z, x, y), `pad` cells more on every side. */
export function cellRange(z: number, x: number, y: number, level: number, pad = 0) {
  const per = 2 ** (level - z);
  return { x0: x * per - pad, x1: (x + 1) * per - 1 + pad, y0: y * per - pad, y1: (y + 1) * per - 1 + pad };
}

/** Whether z/x/y names a tile of the grid, at a zoom the camera tiles serve. */
export const isTile = (z: number, x: number, y: number) =>
  Number.isInteger(z) &&
  Number.isInteger(x) &&
  Number.isInteger(y) &&
  z >= 0 &&
  z <= MAX_TILE_ZOOM &&
  x >= 0 &&
  y >= 0 &&
  x < 2 ** z &&
  y < 2 ** z;
