"use client";
import { useApiData } from "@/components/ui/use-api-data";
import type { NearbyCamera } from "@/lib/cameras/nearby-camera";

/** The ranked cameras around a place (the API's defaults: 8 within 500 m), fetched when it moves. */
export function useNearbyCameras(place: { lat: number; lon: number } | null): NearbyCamera[] {
  return useApiData<NearbyCamera[]>(place && `/api/cameras/near?lat=${place.lat}&lon=${place.lon}`) ?? [];
}
