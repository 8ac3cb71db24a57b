// The maplibre style the console's maps start from, and the fonts its labels are drawn with.
// Text is drawn from Noto Sans files the console serves itself (copied from @fontsource/noto-sans
// into public/fonts by `npm install`), declared in the style's `font-faces`: no glyph server, no
// network. A centre's own tile server (MAP_STYLE_URL) gives the base instead; its layers keep
// their own fonts and the console's labels keep these.

/** The font names the console's label layers ask for in `text-font`. */
export const CONSOLE_FONTS = { regular: "Siaga Noto Sans", bold: "Siaga Noto Sans Bold" } as const;

// The two subsets Indonesian names need, with the ranges @fontsource gives them: a file is
// downloaded only once a label holds a character it covers.
const LATIN = [
  "U+0000-00FF",
  "U+0131",
  "U+0152-0153",
  "U+02BB-02BC",
  "U+02C6",
  "U+02DA",
  "U+02DC",
  "U+0304",
  "U+0308",
  "U+0329",
  "U+2000-206F",
  "U+20AC",
  "U+2122",
  "U+2191",
  "U+2193",
  "U+2212",
  "U+2215",
  "U+FEFF",
  "U+FFFD",
];
const LATIN_EXT = [
  "U+0100-02BA",
  "U+02BD-02C5",
  "U+02C7-02CC",
  "U+02CE-02D7",
  "U+02DD-02FF",
  "U+1D00-1DBF",
  "U+1E00-1E9F",
  "U+1EF2-1EFF",
  "U+2020",
  "U+20A0-20AB",
  "U+20AD-20C0",
  "U+2113",
  "U+2C60-2C7F",
  "U+A720-A7FF",
];

/** The files, as `npm install` copies them (scripts/copy-map-assets.mjs). */
export const FONT_FILES = [400, 700].flatMap((weight) =>
  (["latin", "latin-ext"] as const).map((subset) => ({
    weight,
    subset,
    file: `noto-sans-${subset}-${weight}-normal.woff2`,
  })),
);

type FontFace = { url: string; "unicode-range": string[] };
export type StyleJson = Record<string, unknown> & {
  version: 8;
  layers: unknown[];
  sources: Record<string, unknown>;
  "font-faces": Record<string, unknown>;
};

/** The style's `font-faces` for the console's two font names, served from `origin` + /fonts/. */
export function consoleFontFaces(origin = ""): Record<string, FontFace[]> {
  const faces = (weight: number) =>
    FONT_FILES.filter((f) => f.weight === weight).map((f) => ({
      url: `${origin}/fonts/${f.file}`,
      "unicode-range": f.subset === "latin" ? LATIN : LATIN_EXT,
    }));
  return { [CONSOLE_FONTS.regular]: faces(400), [CONSOLE_FONTS.bold]: faces(700) };
}

/** The offline style: a plain background under the console's own layers, and its fonts. */
export function offlineStyle(origin = ""): StyleJson {
  return {
    version: 8,
    name: "Jakarta Siaga 112 offline",
    "font-faces": consoleFontFaces(origin),
    sources: {},
    layers: [{ id: "background", type: "background", paint: { "background-color": "#dfe9f0" } }],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// A relative address in a style is relative to the style's own; the browser gets the style from
// the console, so each is made absolute here. mapbox:// and other schemes are left as they are.
const absolute = (url: unknown, base: string) => {
  if (typeof url !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  // `{z}`, `{fontstack}` and `{range}` must survive URL parsing unescaped.
  return new URL(url, base).href.replace(/%7B/g, "{").replace(/%7D/g, "}");
};

/**
 * A centre's own style (MAP_STYLE_URL, read from `styleUrl`) as the base of the console's maps:
 * its addresses made absolute, and the console's font names added to its `font-faces` so that the
 * console's labels need neither its glyphs nor the internet. Anything not a version 8 style is refused.
 */
export function withConsoleFonts(base: unknown, styleUrl: string, origin = ""): StyleJson {
  if (!isRecord(base) || base.version !== 8 || !Array.isArray(base.layers) || !isRecord(base.sources))
    throw new Error("not a version 8 map style (version, sources and layers)");
  const sources = Object.fromEntries(
    Object.entries(base.sources).map(([id, source]) => {
      if (!isRecord(source)) return [id, source];
      const s = { ...source };
      if ("url" in s) s.url = absolute(s.url, styleUrl);
      if ("data" in s && typeof s.data === "string") s.data = absolute(s.data, styleUrl);
      if (Array.isArray(s.tiles)) s.tiles = s.tiles.map((t) => absolute(t, styleUrl));
      return [id, s];
    }),
  );
  const sprite = Array.isArray(base.sprite)
    ? (base.sprite as unknown[]).map((s) => (isRecord(s) ? { ...s, url: absolute(s.url, styleUrl) } : s))
    : absolute(base.sprite, styleUrl);
  return {
    ...base,
    version: 8,
    layers: base.layers,
    sources,
    ...(base.sprite === undefined ? {} : { sprite }),
    ...(base.glyphs === undefined ? {} : { glyphs: absolute(base.glyphs, styleUrl) }),
    "font-faces": { ...(isRecord(base["font-faces"]) ? base["font-faces"] : {}), ...consoleFontFaces(origin) },
  };
}
