// Where a point outside Jakarta's land kelurahan lies: in DKI Jakarta's own waters (Jakarta Bay
// off its coast, and the sea around the Thousand Islands), or in a neighbouring region. The
// built-in boundaries are Jakarta's land only, so both are drawn here from documented facts,
// and both are approximate (README, "At sea and next door"):
//
// - The bay: Jakarta's coast runs from Kamal Muara (106.686° E, the Tangerang border at Kali
//   Kamal) to Marunda (106.973° E, the Bekasi border at Kali Blencong); these are the western-
//   and easternmost longitudes of the coastal kelurahan in the built-in boundaries. The sea off
//   that coast, between those meridians, out to the Thousand Islands, is Jakarta's.
// - The Thousand Islands: the box around Kabupaten Kepulauan Seribu's six kelurahan (from the
//   built-in boundaries: 106.383–106.848° E, 5.184–6.040° S), widened by about 5 km at sea;
//   to the south-west its edge stays at 5.98° S, halfway between Pulau Pari and the Tangerang
//   coast at Tanjung Kait, since the sea off Tangerang is Banten's.
// A point on land (or in a river mouth) between the meridians is inside a kelurahan already,
// so the polygon's southern edge can lie a little inland without taking any other region's land.

/** [lon, lat] corners of DKI Jakarta's waters, clockwise from the Tangerang border at the coast. */
export const JAKARTA_WATERS: readonly (readonly [number, number])[] = [
  [106.686, -6.13],
  [106.686, -6.04],
  [106.66, -5.98],
  [106.45, -5.98],
  [106.33, -5.85],
  [106.33, -5.13],
  [106.66, -5.13],
  [106.9, -5.7],
  [106.973, -5.93],
  [106.973, -6.13],
];

/** Even-odd ray casting over one ring of [lon, lat]. */
export function insideRing(ring: readonly (readonly [number, number])[], lat: number, lon: number): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Whether a point (not on any kelurahan's land) is in DKI Jakarta's own waters. */
export const inJakartaWaters = (lat: number, lon: number) => insideRing(JAKARTA_WATERS, lat, lon);

// Jakarta's neighbours, each by a few points inside it (its seat and its parts next to Jakarta,
// read off the map): a point outside Jakarta is in the region of the nearest of these. Coarse
// near the neighbours' own borders with one another, but right on which side of Jakarta a
// point lies, which is what a call-taker handing over a call needs.
const NEIGHBOURS: { name: string; points: [number, number][] }[] = [
  {
    name: "Kabupaten Tangerang",
    points: [
      [-6.27, 106.47],
      [-6.08, 106.6],
      [-6.2, 106.55],
      [-6.07, 106.7],
    ],
  },
  {
    name: "Kota Tangerang",
    points: [
      [-6.18, 106.63],
      [-6.14, 106.67],
      [-6.22, 106.66],
    ],
  },
  {
    name: "Kota Tangerang Selatan",
    points: [
      [-6.29, 106.72],
      [-6.3, 106.66],
      [-6.26, 106.75],
    ],
  },
  {
    name: "Kota Depok",
    points: [
      [-6.4, 106.82],
      [-6.38, 106.77],
      [-6.37, 106.86],
    ],
  },
  {
    name: "Kabupaten Bogor",
    points: [
      [-6.48, 106.85],
      [-6.42, 106.97],
      [-6.45, 106.7],
    ],
  },
  { name: "Kota Bogor", points: [[-6.6, 106.8]] },
  {
    name: "Kota Bekasi",
    points: [
      [-6.24, 107.0],
      [-6.18, 106.99],
      [-6.32, 106.97],
    ],
  },
  {
    name: "Kabupaten Bekasi",
    points: [
      [-6.1, 107.02],
      [-6.29, 107.15],
      [-6.03, 107.08],
    ],
  },
];
// Beyond this from every point above, a place is far from Jakarta: no neighbour is named.
const NEIGHBOURHOOD_KM = 25;

/** The neighbouring kota or kabupaten a point outside Jakarta lies in, approximately, or null. */
export function neighbourRegion(lat: number, lon: number): string | null {
  const km = (p: [number, number]) =>
    Math.hypot((p[0] - lat) * 111.3, (p[1] - lon) * 111.3 * Math.cos((lat * Math.PI) / 180));
  let best: { name: string; km: number } | null = null;
  for (const n of NEIGHBOURS)
    for (const p of n.points) if (!best || km(p) < best.km) best = { name: n.name, km: km(p) };
  return best && best.km <= NEIGHBOURHOOD_KM ? best.name : null;
}
