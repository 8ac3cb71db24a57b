// maplibre-gl's worker cannot be bundled by Turbopack; it is served from public/ instead.
import fs from "node:fs";

fs.copyFileSync("node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs", "public/maplibre-gl-worker.mjs");
