import type { AreaLevel } from "./vocabulary";

/** An area found by name, with a point inside it to stand for the place. */
export interface AreaMatch {
  code: string;
  level: AreaLevel;
  name: string;
  parentName: string | null;
  lat: number;
  lon: number;
}
