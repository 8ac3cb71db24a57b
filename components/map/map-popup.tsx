"use client";
import { type ReactNode, useEffect, useState } from "react";

import type { MapInstance } from "./load-map-library";

interface Props {
  map: MapInstance;
  at: { lat: number; lon: number };
  onClose: () => void;
  children: ReactNode;
}

// A popup drawn by React over the map, following its point as the map moves: the same on
// mapbox-gl and maplibre-gl, and its text never passes through innerHTML.
export function MapPopup({ map, at, onClose, children }: Props) {
  const [point, setPoint] = useState(() => map.project([at.lon, at.lat]));
  useEffect(() => {
    const follow = () => setPoint(map.project([at.lon, at.lat]));
    follow();
    map.on("move", follow);
    return () => void map.off("move", follow);
  }, [map, at.lat, at.lon]);
  return (
    <div className="map-popup" style={{ left: point.x, top: point.y }} role="dialog" data-testid="map-popup">
      <button type="button" className="close" aria-label="×" onClick={onClose}>
        ×
      </button>
      {children}
    </div>
  );
}
