"use client";
import { useApiAnswer } from "@/components/ui/use-api-data";
import type { NearbyCamera } from "@/lib/cameras/nearby-camera";

/**
 * The ranked cameras around a place (the API's defaults: 8 within 500 m), fetched when it
 * moves; `settled` once the answer for this place is in (or it failed).
 */
export function useNearbyCameraAnswer(place: { lat: number; lon: number } | null) {
  const { data, settled } = useApiAnswer<NearbyCamera[]>(
    place && `/api/cameras/near?lat=${place.lat}&lon=${place.lon}`,
  );
  return { cameras: data ?? [], settled };
}

export const useNearbyCameras = (place: { lat: number; lon: number } | null): NearbyCamera[] =>
  useNearbyCameraAnswer(place).cameras;
