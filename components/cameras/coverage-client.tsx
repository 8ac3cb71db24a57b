"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { addCameraTileLayers } from "@/components/map/camera-tile-layers";
import { addLandmarkLayers } from "@/components/map/label-layers";
import { addAreaLayers, addNameLayersOnceDrawn } from "@/components/map/map-layers";
import { useConsoleMap } from "@/components/map/use-console-map";
import { getJson } from "@/components/ui/api-fetch";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import type { AreaCoverage } from "@/lib/coverage/area-coverage";

// Blind spots: H3 cells over Jakarta coloured by how much of them some camera sees, and the
// kecamatan and kelurahan least covered first, so the police see where to turn or add cameras.
export const COVERAGE_COLORS = { none: "#c0392b", some: "#f0b429", most: "#0b7a3e" };

export function CoverageClient({ areas, mapboxToken }: { areas: AreaCoverage[]; mapboxToken: string | null }) {
  const t = useTranslations("coverage");
  const f = useFormatter();
  const [level, setLevel] = useState<"kecamatan" | "kelurahan">("kecamatan");
  const [cells, setCells] = useState<number | null>(null);
  const { container } = useConsoleMap(mapboxToken, async (m) => {
    const [outlines, grid] = await Promise.all([
      getJson<GeoJSON.FeatureCollection>("/api/map/areas"),
      getJson<GeoJSON.FeatureCollection>("/api/coverage/cells"),
    ]);
    addAreaLayers(m, outlines);
    m.addSource("coverage", { type: "geojson", data: grid });
    m.addLayer(
      {
        id: "coverage",
        type: "fill",
        source: "coverage",
        paint: {
          "fill-color": [
            "case",
            ["==", ["get", "seen"], 0],
            COVERAGE_COLORS.none,
            ["<", ["get", "seen"], 0.5],
            COVERAGE_COLORS.some,
            COVERAGE_COLORS.most,
          ],
          "fill-opacity": ["case", ["==", ["get", "seen"], 0], 0.35, 0.55],
          "fill-outline-color": "rgba(255,255,255,0.4)",
        },
      },
      "kecamatan-line",
    );
    // The cameras themselves only close up, where they do not hide the cells.
    addCameraTileLayers(m, 14);
    addLandmarkLayers(m);
    addNameLayersOnceDrawn(m);
    setCells(grid.features.length);
  });
  const shown = areas.filter((a) => a.level === level);
  const pct = (a: AreaCoverage) => f.number(a.cells ? a.covered / a.cells : 0, { style: "percent" });
  const all = areas
    .filter((a) => a.level === "kecamatan")
    .reduce((s, a) => [s[0]! + a.covered, s[1]! + a.cells], [0, 0]);
  return (
    <div className="coverage-screen">
      <section className="map-panel">
        <div ref={container} className="map-canvas" data-testid="coverage-map" />
        <aside className="map-legend" aria-label={t("title")}>
          <strong>{t("title")}</strong>
          <div>
            <span className="sw" style={{ background: COVERAGE_COLORS.none }} />
            {t("none")}
          </div>
          <div>
            <span className="sw" style={{ background: COVERAGE_COLORS.some }} />
            {t("some")}
          </div>
          <div>
            <span className="sw" style={{ background: COVERAGE_COLORS.most }} />
            {t("most")}
          </div>
          <p className="muted small">{t("method")}</p>
          {cells !== null && (
            <p className="muted small" data-testid="coverage-cells">
              {t("cells", { cells: f.number(cells) })}
            </p>
          )}
        </aside>
      </section>
      <section className="panel">
        <PanelBoundary name={t("title")}>
          <h2>{t("title")}</h2>
          <p data-testid="coverage-total">
            {t("jakarta", {
              covered: f.number(all[0]!),
              cells: f.number(all[1]!),
              share: f.number(all[1] ? all[0]! / all[1] : 0, { style: "percent" }),
            })}
          </p>
          <p>
            <label>
              <input type="radio" checked={level === "kecamatan"} onChange={() => setLevel("kecamatan")} />{" "}
              {t("kecamatan")}
            </label>{" "}
            <label>
              <input type="radio" checked={level === "kelurahan"} onChange={() => setLevel("kelurahan")} />{" "}
              {t("kelurahan")}
            </label>
          </p>
          <table className="grid compact" data-testid="coverage-areas">
            <caption>{t("leastFirst")}</caption>
            <thead>
              <tr>
                <th>{level === "kecamatan" ? t("kecamatan") : t("kelurahan")}</th>
                <th>{t("kota")}</th>
                <th className="num">{t("covered")}</th>
                <th className="num">{t("cellsColumn")}</th>
                <th className="num">{t("cameras")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.code}>
                  <td>{a.name}</td>
                  <td>{a.kotaName}</td>
                  <td className="num">{pct(a)}</td>
                  <td className="num">
                    {f.number(a.covered)} / {f.number(a.cells)}
                  </td>
                  <td className="num">{f.number(a.cameras)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </PanelBoundary>
      </section>
    </div>
  );
}
