// Jakarta's kota and kecamatan: BPS codes, names and a point inside each (BPS 2020 via
// OCHA HDX cod-ab-idn, CC BY-IGO). Built in so that the console runs with no files given;
// `npm run import -- areas` adds the boundaries.

export interface KotaRef {
  code: string;
  name: string;
  lat: number;
  lon: number;
}
export interface KecamatanRef {
  code: string;
  kotaCode: string;
  name: string;
  lat: number;
  lon: number;
  areaKm2: number;
}

export const KOTA: readonly KotaRef[] = [
  { code: "3101", name: "Kabupaten Kepulauan Seribu", lat: -5.50155, lon: 106.54994 },
  { code: "3171", name: "Kota Jakarta Selatan", lat: -6.25031, lon: 106.82295 },
  { code: "3172", name: "Kota Jakarta Timur", lat: -6.27073, lon: 106.88911 },
  { code: "3173", name: "Kota Jakarta Pusat", lat: -6.18514, lon: 106.84337 },
  { code: "3174", name: "Kota Jakarta Barat", lat: -6.16291, lon: 106.78636 },
  { code: "3175", name: "Kota Jakarta Utara", lat: -6.12918, lon: 106.87079 },
];

export const KECAMATAN: readonly KecamatanRef[] = [
  { code: "3101010", kotaCode: "3101", name: "Kepulauan Seribu Selatan", lat: -5.8029, lon: 106.52214, areaKm2: 4.17 },
  { code: "3101020", kotaCode: "3101", name: "Kepulauan Seribu Utara", lat: -5.50155, lon: 106.54994, areaKm2: 6.49 },
  { code: "3171010", kotaCode: "3171", name: "Jagakarsa", lat: -6.3304, lon: 106.82211, areaKm2: 25.35 },
  { code: "3171020", kotaCode: "3171", name: "Pasar Minggu", lat: -6.29194, lon: 106.82776, areaKm2: 21.76 },
  { code: "3171030", kotaCode: "3171", name: "Cilandak", lat: -6.28992, lon: 106.7968, areaKm2: 17.82 },
  { code: "3171040", kotaCode: "3171", name: "Pesanggrahan", lat: -6.25675, lon: 106.76184, areaKm2: 13.59 },
  { code: "3171050", kotaCode: "3171", name: "Kebayoran Lama", lat: -6.24953, lon: 106.77787, areaKm2: 19.17 },
  { code: "3171060", kotaCode: "3171", name: "Kebayoran Baru", lat: -6.24331, lon: 106.80031, areaKm2: 12.77 },
  { code: "3171070", kotaCode: "3171", name: "Mampang Prapatan", lat: -6.25031, lon: 106.82295, areaKm2: 7.96 },
  { code: "3171080", kotaCode: "3171", name: "Pancoran", lat: -6.25742, lon: 106.8426, areaKm2: 8.87 },
  { code: "3171090", kotaCode: "3171", name: "Tebet", lat: -6.22623, lon: 106.84978, areaKm2: 9.49 },
  { code: "3171100", kotaCode: "3171", name: "Setia Budi", lat: -6.22194, lon: 106.82627, areaKm2: 8.9 },
  { code: "3172010", kotaCode: "3172", name: "Pasar Rebo", lat: -6.3243, lon: 106.85302, areaKm2: 13.15 },
  { code: "3172020", kotaCode: "3172", name: "Ciracas", lat: -6.32883, lon: 106.87606, areaKm2: 16.74 },
  { code: "3172030", kotaCode: "3172", name: "Cipayung", lat: -6.32749, lon: 106.90266, areaKm2: 27.97 },
  { code: "3172040", kotaCode: "3172", name: "Makasar", lat: -6.27073, lon: 106.88911, areaKm2: 21.43 },
  { code: "3172050", kotaCode: "3172", name: "Kramat Jati", lat: -6.27464, lon: 106.86234, areaKm2: 13.14 },
  { code: "3172060", kotaCode: "3172", name: "Jatinegara", lat: -6.22924, lon: 106.87743, areaKm2: 10.42 },
  { code: "3172070", kotaCode: "3172", name: "Duren Sawit", lat: -6.23359, lon: 106.91896, areaKm2: 21.93 },
  { code: "3172080", kotaCode: "3172", name: "Cakung", lat: -6.18581, lon: 106.93887, areaKm2: 40.99 },
  { code: "3172090", kotaCode: "3172", name: "Pulo Gadung", lat: -6.19096, lon: 106.89058, areaKm2: 15.06 },
  { code: "3172100", kotaCode: "3172", name: "Matraman", lat: -6.20359, lon: 106.86447, areaKm2: 4.86 },
  { code: "3173010", kotaCode: "3173", name: "Tanah Abang", lat: -6.20608, lon: 106.80933, areaKm2: 10.06 },
  { code: "3173020", kotaCode: "3173", name: "Menteng", lat: -6.19484, lon: 106.83218, areaKm2: 6.54 },
  { code: "3173030", kotaCode: "3173", name: "Senen", lat: -6.18514, lon: 106.84337, areaKm2: 4.37 },
  { code: "3173040", kotaCode: "3173", name: "Johar Baru", lat: -6.18295, lon: 106.85517, areaKm2: 2.39 },
  { code: "3173050", kotaCode: "3173", name: "Cempaka Putih", lat: -6.18127, lon: 106.86852, areaKm2: 4.68 },
  { code: "3173060", kotaCode: "3173", name: "Kemayoran", lat: -6.1629, lon: 106.85694, areaKm2: 7.17 },
  { code: "3173070", kotaCode: "3173", name: "Sawah Besar", lat: -6.15634, lon: 106.83365, areaKm2: 5.39 },
  { code: "3173080", kotaCode: "3173", name: "Gambir", lat: -6.17141, lon: 106.81734, areaKm2: 7.56 },
  { code: "3174010", kotaCode: "3174", name: "Kembangan", lat: -6.1908, lon: 106.73675, areaKm2: 25.25 },
  { code: "3174020", kotaCode: "3174", name: "Kebon Jeruk", lat: -6.19277, lon: 106.76963, areaKm2: 17.73 },
  { code: "3174030", kotaCode: "3174", name: "Palmerah", lat: -6.19186, lon: 106.79409, areaKm2: 7.41 },
  { code: "3174040", kotaCode: "3174", name: "Grogol Petamburan", lat: -6.16291, lon: 106.78636, areaKm2: 10.89 },
  { code: "3174050", kotaCode: "3174", name: "Tambora", lat: -6.14662, lon: 106.80126, areaKm2: 5.38 },
  { code: "3174060", kotaCode: "3174", name: "Taman Sari", lat: -6.14584, lon: 106.81828, areaKm2: 4.58 },
  { code: "3174070", kotaCode: "3174", name: "Cengkareng", lat: -6.15565, lon: 106.74241, areaKm2: 26.51 },
  { code: "3174080", kotaCode: "3174", name: "Kali Deres", lat: -6.13593, lon: 106.70428, areaKm2: 28.43 },
  { code: "3175010", kotaCode: "3175", name: "Penjaringan", lat: -6.11683, lon: 106.76737, areaKm2: 36.51 },
  { code: "3175020", kotaCode: "3175", name: "Pademangan", lat: -6.12825, lon: 106.82867, areaKm2: 12.55 },
  { code: "3175030", kotaCode: "3175", name: "Tanjung Priok", lat: -6.12918, lon: 106.87079, areaKm2: 22.54 },
  { code: "3175040", kotaCode: "3175", name: "Koja", lat: -6.12021, lon: 106.90694, areaKm2: 11.5 },
  { code: "3175050", kotaCode: "3175", name: "Kelapa Gading", lat: -6.15923, lon: 106.90236, areaKm2: 16.19 },
  { code: "3175060", kotaCode: "3175", name: "Cilincing", lat: -6.128, lon: 106.94459, areaKm2: 41.08 },
];
