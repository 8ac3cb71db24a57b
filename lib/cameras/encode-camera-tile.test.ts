import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { describe, expect, it } from "vitest";

import { encodeCameraTile, TILE_LAYERS } from "./encode-camera-tile";
import { EXTENT, tileBounds } from "./tile-grid";

const Z = 14;
const X = 13053;
const Y = 8473;

const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));

describe("encodeCameraTile", () => {
  const b = tileBounds(Z, X, Y);
  const middle = { lon: (b.west + b.east) / 2, lat: (b.south + b.north) / 2 };

  it("carries each camera with its id, live and offline flags, and nothing else", () => {
    const tile = decode(
      encodeCameraTile(Z, X, Y, {
        cameras: [
          { id: 7, lon: b.west, lat: b.north, live: true, offline: false },
          { id: 9, ...middle, live: false, offline: true },
        ],
        clusters: [],
      }),
    );
    const layer = tile.layers[TILE_LAYERS.cameras]!;
    expect(layer.length).toBe(2);
    expect(layer.extent).toBe(EXTENT);
    const first = layer.feature(0);
    expect(first.id).toBe(7);
    expect(first.properties).toEqual({ id: 7, live: true, offline: false });
    expect(first.loadGeometry()[0]![0]).toMatchObject({ x: 0, y: 0 });
    const second = layer.feature(1);
    expect(second.properties).toEqual({ id: 9, live: false, offline: true });
    const p = second.loadGeometry()[0]![0]!;
    expect(Math.abs(p.x - EXTENT / 2)).toBeLessThanOrEqual(1);
    // Mercator stretches latitude, but inside one z14 tile the middle is within a unit of it.
    expect(Math.abs(p.y - EXTENT / 2)).toBeLessThanOrEqual(1);
    expect(tile.layers[TILE_LAYERS.clusters]?.length ?? 0).toBe(0);
  });

  it("carries clusters with their counts, and points in the buffer beyond the edge", () => {
    const tile = decode(
      encodeCameraTile(Z, X, Y, {
        cameras: [],
        clusters: [{ lon: b.east + (b.east - b.west) / 64, lat: middle.lat, count: 1234, live: 56, offline: 7 }],
      }),
    );
    const f = tile.layers[TILE_LAYERS.clusters]!.feature(0);
    expect(f.properties).toEqual({ count: 1234, live: 56, offline: 7 });
    expect(f.loadGeometry()[0]![0]!.x).toBe(EXTENT + EXTENT / 64);
  });

  it("makes an empty tile that still decodes", () => {
    const tile = decode(encodeCameraTile(Z, X, Y, { cameras: [], clusters: [] }));
    expect(tile.layers[TILE_LAYERS.cameras]?.length ?? 0).toBe(0);
  });
});
