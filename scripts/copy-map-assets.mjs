// What the maps load from public/, copied from installed packages by `npm install`:
// maplibre-gl's worker (Turbopack cannot bundle it) and the Noto Sans files the map's labels are
// drawn with (lib/map/map-style.ts declares them in the style's font-faces), so that no label
// needs a glyph server or the internet.
import fs from "node:fs";

// A fresh clone has no public/ at all: everything in it is copied here.
fs.mkdirSync("public/fonts", { recursive: true });
fs.copyFileSync("node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs", "public/maplibre-gl-worker.mjs");
for (const weight of [400, 700])
  for (const subset of ["latin", "latin-ext"]) {
    const file = `noto-sans-${subset}-${weight}-normal.woff2`;
    fs.copyFileSync(`node_modules/@fontsource/noto-sans/files/${file}`, `public/fonts/${file}`);
  }
fs.copyFileSync("node_modules/@fontsource/noto-sans/LICENSE", "public/fonts/LICENSE-noto-sans.txt");
