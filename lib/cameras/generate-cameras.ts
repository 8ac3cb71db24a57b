import type { CameraRow } from "@/db/queries/upsert-cameras";
import type { KecamatanRef } from "@/lib/geo/jakarta-reference";
import { pickWeighted, seededRandom } from "@/lib/random";

// No public registry of Jakarta's cameras exists, so the default one is generated with the
// mix the city reports: mostly private and residential recorders reachable only on request,
// a few percent (city and Bali Tower poles) streaming live to the police.
const OWNER_WEIGHTS = { private: 52, residential: 22, company: 18, government: 8 } as const;
const LIVE_SHARE = { government: 0.3, company: 0.02, residential: 0.005, private: 0 } as const;
const PROVIDERS = ["Bali Tower", "Telkom Indonesia", "Hikvision / Ezviz", "Dahua / Imou"] as const;
const OWNER_LABEL = {
  government: "Pemprov DKI",
  company: "Gedung",
  residential: "Perumahan",
  private: "Rumah",
} as const;
const OFFLINE_SHARE = 0.08;

export function generateCameras(kecamatan: readonly KecamatanRef[], count: number, seed = 112): CameraRow[] {
  const rand = seededRandom(seed);
  // Cameras follow the built-up area: weight by area, but the islands of Kepulauan Seribu hold few.
  const weights = kecamatan.map((k) => (k.kotaCode === "3101" ? 0.3 : k.areaKm2));
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const rows: CameraRow[] = [];
  for (let i = 0; i < count; i++) {
    let r = rand() * totalWeight;
    let k = kecamatan[0]!;
    for (let j = 0; j < kecamatan.length; j++) {
      r -= weights[j]!;
      if (r <= 0) {
        k = kecamatan[j]!;
        break;
      }
    }
    // Evenly over a disc within the kecamatan's own radius (1° ≈ 111 km): a wider scatter puts
    // cameras in the sea off the coastal kecamatan.
    const radiusDeg = (Math.sqrt(k.areaKm2 / Math.PI) * 0.75) / 111;
    const distance = radiusDeg * Math.sqrt(rand());
    const angle = 2 * Math.PI * rand();
    const lat = k.lat + distance * Math.sin(angle);
    const lon = k.lon + distance * Math.cos(angle);
    const ownerType = pickWeighted(rand, OWNER_WEIGHTS);
    const live = rand() < LIVE_SHARE[ownerType];
    const provider = live ? PROVIDERS[rand() < 0.6 ? 0 : 1] : PROVIDERS[Math.floor(rand() * PROVIDERS.length)]!;
    const offline = rand() < OFFLINE_SHARE;
    const ptz = ownerType === "government" && rand() < 0.35;
    const n = String(i + 1).padStart(6, "0");
    rows.push({
      externalId: `GEN-${n}`,
      name: `CCTV ${OWNER_LABEL[ownerType]} ${k.name} ${n}`,
      lat: round(lat, 6),
      lon: round(lon, 6),
      ownerType,
      ownerName: `${OWNER_LABEL[ownerType]} (generated)`,
      provider,
      accessMode: live ? "live" : "on_request",
      jscIntegrated: ownerType === "government" || (live && rand() < 0.5),
      policeConnected: live,
      ringOne: live && rand() < 0.25,
      ptz,
      nightVision: rand() < 0.6,
      faceDetection: live && rand() < 0.2,
      plateReading: live && rand() < 0.15,
      bearingDeg: ptz ? null : Math.floor(rand() * 360),
      fovDeg: ptz ? 360 : 60 + Math.floor(rand() * 50),
      rangeM: ownerType === "government" ? 80 + Math.floor(rand() * 70) : 20 + Math.floor(rand() * 50),
      streamUrl: live ? `rtsp://stream.invalid/generated/${n}` : null,
      health: offline ? "offline" : "online",
      installation: "installed",
      retentionDays: live ? 30 : 7 + Math.floor(rand() * 24),
      generated: true,
      source: "generated",
    });
  }
  return rows;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
