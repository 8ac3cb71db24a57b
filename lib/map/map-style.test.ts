import fs from "node:fs";

import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";

import { CONSOLE_FONTS, consoleFontFaces, FONT_FILES, offlineStyle, withConsoleFonts } from "./map-style";

// A centre's OpenMapTiles-like style, with the relative addresses a tile server may write.
const centreStyle = {
  version: 8,
  name: "Jakarta streets",
  glyphs: "/fonts/{fontstack}/{range}.pbf",
  sprite: "sprites/streets",
  "font-faces": { "Their Font": "https://tiles.example/their.woff2" },
  sources: {
    openmaptiles: { type: "vector", url: "/data/v3.json" },
    hillshade: { type: "raster", tiles: ["/hill/{z}/{x}/{y}.png", "https://cdn.example/{z}/{x}/{y}.png"] },
  },
  layers: [
    { id: "background", type: "background" },
    {
      id: "road-label",
      type: "symbol",
      source: "openmaptiles",
      "source-layer": "transportation_name",
      layout: { "text-field": "{name}", "text-font": ["Noto Sans Regular"] },
    },
  ],
};
const STYLE_URL = "http://tiles.pusdalops.lan:8080/styles/streets/style.json";

describe("the offline style", () => {
  it("is a valid MapLibre style whose only text comes from the console's own font files", () => {
    const style = offlineStyle();
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(style).not.toHaveProperty("glyphs");
    const faces = style["font-faces"] as ReturnType<typeof consoleFontFaces>;
    expect(Object.keys(faces)).toEqual([CONSOLE_FONTS.regular, CONSOLE_FONTS.bold]);
    for (const face of Object.values(faces).flat())
      expect(face.url).toMatch(/^\/fonts\/noto-sans-latin(-ext)?-\d00-normal\.woff2$/);
  });

  it("covers Indonesian names, accented ones included, with the latin file first and latin-ext after", () => {
    const [latin, ext] = consoleFontFaces()[CONSOLE_FONTS.regular]!;
    expect(latin!.url).toContain("-latin-400-");
    expect(latin!["unicode-range"]).toContain("U+0000-00FF"); // a to z, digits, é, ü
    expect(ext!["unicode-range"]).toContain("U+0100-02BA"); // ā, ő
  });

  it("names font files that the package installs", () => {
    for (const { file } of FONT_FILES)
      expect(fs.existsSync(`node_modules/@fontsource/noto-sans/files/${file}`)).toBe(true);
  });
});

describe("a centre's own style (MAP_STYLE_URL)", () => {
  const style = withConsoleFonts(structuredClone(centreStyle), STYLE_URL);

  it("keeps its layers and fonts, and adds the console's fonts beside its own", () => {
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(style.layers).toEqual(centreStyle.layers);
    expect(Object.keys(style["font-faces"])).toEqual(["Their Font", CONSOLE_FONTS.regular, CONSOLE_FONTS.bold]);
  });

  it("makes its addresses absolute against the style's own, placeholders kept", () => {
    expect(style.glyphs).toBe("http://tiles.pusdalops.lan:8080/fonts/{fontstack}/{range}.pbf");
    expect(style.sprite).toBe("http://tiles.pusdalops.lan:8080/styles/streets/sprites/streets");
    const sources = style.sources as typeof centreStyle.sources;
    expect(sources.openmaptiles.url).toBe("http://tiles.pusdalops.lan:8080/data/v3.json");
    expect(sources.hillshade.tiles).toEqual([
      "http://tiles.pusdalops.lan:8080/hill/{z}/{x}/{y}.png",
      "https://cdn.example/{z}/{x}/{y}.png",
    ]);
  });

  it("leaves mapbox:// and absolute addresses alone", () => {
    const s = withConsoleFonts({ ...centreStyle, glyphs: "mapbox://fonts/x/{fontstack}/{range}.pbf" }, STYLE_URL);
    expect(s.glyphs).toBe("mapbox://fonts/x/{fontstack}/{range}.pbf");
  });

  it("refuses what is not a version 8 style", () => {
    expect(() => withConsoleFonts({ version: 7, sources: {}, layers: [] }, STYLE_URL)).toThrow(/version 8/);
    expect(() => withConsoleFonts("<html>", STYLE_URL)).toThrow(/version 8/);
    expect(() => withConsoleFonts({ version: 8, layers: [] }, STYLE_URL)).toThrow(/version 8/);
  });
});
