"use client";
import { useTranslations } from "next-intl";

import type { NearbyCamera } from "@/lib/cameras/nearby-camera";

import { COLORS } from "./map-layers";
import { cameraTone } from "./nearby-cameras-layer";

/**
 * The cameras around the place, in the ranking's order: those that see it, live first. While
 * the place's own are on their way (`busy`), the last place's stay, greyed.
 */
export function NearbyCameraList({ cameras, busy = false }: { cameras: readonly NearbyCamera[]; busy?: boolean }) {
  const t = useTranslations("map");
  return (
    <aside
      className="map-legend nearby"
      aria-label={t("nearby")}
      data-testid="nearby-cameras"
      aria-busy={busy || undefined}
    >
      <strong>{t("nearby")}</strong>
      {cameras.length === 0 ? (
        <p className="muted">{t("noNearby")}</p>
      ) : (
        <ul>
          {cameras.map((c) => (
            <li key={c.id} className={c.sees ? "sees" : undefined}>
              <span className="sw" style={{ background: COLORS[cameraTone(c)] }} />
              <span className="name">{c.name}</span>
              <span className="muted">
                {" "}
                {Math.round(c.distanceM)} m · {t(cameraTone(c))}
                {c.sees ? ` · ${t("sees")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
