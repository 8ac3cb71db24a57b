import { describe, expect, it } from "vitest";

import { cellRange, EXTENT, isTile, tileBounds, tilePixel, worldShare } from "./tile-grid";

// Monas, central Jakarta, and the z14 tile that holds it (as any slippy-map calculator gives).
const MONAS = { lon: 106.8272, lat: -6.1754 };
const MONAS_Z14 = { z: 14, x: 13053, y: 8473 };

describe("tile grid", () => {
  it("puts the world's corners and the equator where web mercator does", () => {
    expect(worldShare(-180, 0)).toEqual([0, 0.5]);
    expect(worldShare(180, 0)[0]).toBe(1);
    expect(worldShare(0, 85.0511287798)[1]).toBeCloseTo(0, 6);
  });

  it("finds the tile of a place and places it inside the tile's extent", () => {
    const { z, x, y } = MONAS_Z14;
    const b = tileBounds(z, x, y);
    expect(MONAS.lon).toBeGreaterThan(b.west);
    expect(MONAS.lon).toBeLessThan(b.east);
    expect(MONAS.lat).toBeGreaterThan(b.south);
    expect(MONAS.lat).toBeLessThan(b.north);
    const [px, py] = tilePixel(z, x, y, MONAS.lon, MONAS.lat);
    for (const v of [px, py]) expect(v >= 0 && v <= EXTENT).toBe(true);
  });

  it("widens the bounds by the buffer on every side", () => {
    const plain = tileBounds(10, 816, 529);
    const wide = tileBounds(10, 816, 529, 0.5);
    const width = plain.east - plain.west;
    expect(wide.west).toBeCloseTo(plain.west - width / 2, 9);
    expect(wide.east).toBeCloseTo(plain.east + width / 2, 9);
    expect(wide.north).toBeGreaterThan(plain.north);
    expect(wide.south).toBeLessThan(plain.south);
  });

  it("maps a tile to the cells of a finer level inside it", () => {
    expect(cellRange(10, 816, 529, 14)).toEqual({ x0: 13056, x1: 13071, y0: 8464, y1: 8479 });
    expect(cellRange(10, 816, 529, 14, 1)).toEqual({ x0: 13055, x1: 13072, y0: 8463, y1: 8480 });
  });

  it.each([
    [0, 0, 0, true],
    [16, 65535, 65535, true],
    [17, 0, 0, false],
    [3, 8, 0, false],
    [-1, 0, 0, false],
    [2, 1.5, 0, false],
  ])("z%i x%i y%i is a tile: %s", (z, x, y, ok) => expect(isTile(z, x, y)).toBe(ok));
});
