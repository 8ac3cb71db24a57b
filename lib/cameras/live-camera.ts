import type { CameraHealth } from "./vocabulary";

/** A camera that streams to the police, as the camera monitors list it (never its stream address). */
export interface LiveCamera {
  id: number;
  name: string;
  lat: number;
  lon: number;
  health: CameraHealth;
  provider: string | null;
  ownerName: string | null;
  ptz: boolean;
  /** In the area the monitor is bound to. */
  inArea: boolean;
}
