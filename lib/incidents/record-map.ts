/** A ring of a boundary: [lon, lat] pairs, WGS 84. */
type Ring = readonly (readonly [number, number])[];

/** What the record's small map draws, read from the database. */
export interface RecordMapSource {
  incident: { lat: number; lon: number };
  /** The kelurahan of the incident's kecamatan; `own` is the incident's own kelurahan. */
  areas: { code: string; name: string; own: boolean; rings: Ring[] }[];
  /** The stations sent to it, where they are. */
  stations: { code: string; name: string; lat: number; lon: number }[];
}

/** The same, projected: SVG path data in a box of `width` by `height`, for the page and the PDF alike. */
export interface RecordMap {
  width: number;
  height: number;
  areas: { code: string; name: string; own: boolean; d: string }[];
  incident: { x: number; y: number };
  stations: { code: string; name: string; x: number; y: number }[];
  scale: { metres: number; px: number };
}

const WIDTH = 480;
const MAX_HEIGHT = 340;
const PAD = 0.06;
const M_PER_DEG = 111_320;
// Half the side of the box around a place when no boundary is known: about 1.1 km.
const FALLBACK_DEG = 0.01;

const round = (v: number) => Math.round(v * 10) / 10;

// An equirectangular projection at the place's latitude: over a kecamatan (a few km) it
// differs from a proper map projection by far less than a pixel, and needs no library.
export function recordMap(source: RecordMapSource): RecordMap {
  const points: [number, number][] = [
    [source.incident.lon, source.incident.lat],
    ...source.stations.map((s): [number, number] => [s.lon, s.lat]),
    ...source.areas.flatMap((a) => a.rings.flatMap((r) => r.map(([lon, lat]): [number, number] => [lon, lat]))),
  ];
  if (source.areas.length === 0) {
    points.push(
      [source.incident.lon - FALLBACK_DEG, source.incident.lat - FALLBACK_DEG],
      [source.incident.lon + FALLBACK_DEG, source.incident.lat + FALLBACK_DEG],
    );
  }
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const cos = Math.cos((source.incident.lat * Math.PI) / 180);
  let [minX, maxX] = [Math.min(...lons) * cos, Math.max(...lons) * cos];
  let [minY, maxY] = [Math.min(...lats), Math.max(...lats)];
  const padX = (maxX - minX) * PAD || FALLBACK_DEG;
  const padY = (maxY - minY) * PAD || FALLBACK_DEG;
  [minX, maxX, minY, maxY] = [minX - padX, maxX + padX, minY - padY, maxY + padY];
  const k = Math.min(WIDTH / (maxX - minX), MAX_HEIGHT / (maxY - minY));
  const project = (lon: number, lat: number) => ({ x: round((lon * cos - minX) * k), y: round((maxY - lat) * k) });
  const path = (rings: Ring[]) =>
    rings
      .map(
        (ring) =>
          ring
            .map(([lon, lat], i) => {
              const { x, y } = project(lon, lat);
              return `${i === 0 ? "M" : "L"}${x} ${y}`;
            })
            .join("") + "Z",
      )
      .join("");
  // A scale bar of a round length, about a quarter of the map's width.
  const pxPerMetre = k / M_PER_DEG;
  const quarter = WIDTH / 4 / pxPerMetre;
  const metres = [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000].find((m) => m >= quarter * 0.6) ?? 10_000;
  return {
    width: Math.round((maxX - minX) * k),
    height: Math.round((maxY - minY) * k),
    // The incident's own kelurahan last, so that its outline is drawn over its neighbours'.
    areas: [...source.areas]
      .sort((a, b) => Number(a.own) - Number(b.own))
      .map((a) => ({ code: a.code, name: a.name, own: a.own, d: path(a.rings) })),
    incident: project(source.incident.lon, source.incident.lat),
    stations: source.stations.map((s) => ({ code: s.code, name: s.name, ...project(s.lon, s.lat) })),
    scale: { metres, px: round(metres * pxPerMetre) },
  };
}
