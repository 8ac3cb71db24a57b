// Jakarta's administrative levels, largest first: kota (city), kecamatan (district), kelurahan (village).
export const areaLevels = ["kota", "kecamatan", "kelurahan"] as const;
export type AreaLevel = (typeof areaLevels)[number];
