"use client";
import { useEffect, useState } from "react";
import type { NearbyCamera } from "@/lib/cameras/cameras-near";
import { apiFetch } from "@/components/ui/api-fetch";

/** The ranked cameras around a place (the API's defaults: 8 within 500 m), fetched when it moves. */
export function useNearbyCameras(place: { lat: number; lon: number } | null): NearbyCamera[] {
  const [cameras, setCameras] = useState<NearbyCamera[]>([]);
  useEffect(() => {
    if (!place) return setCameras([]);
    let stale = false;
    void apiFetch<{ cameras: NearbyCamera[] }>(`/api/cameras/near?lat=${place.lat}&lon=${place.lon}`)
      .then((r) => !stale && setCameras(r.ok ? r.data.cameras : []));
    return () => void (stale = true);
  }, [place?.lat, place?.lon]);
  return cameras;
}
