// Who a station belongs to and its place in the police hierarchy.
export const agencies = ["police", "fire", "ambulance", "satpol_pp", "dishub"] as const;
export type Agency = (typeof agencies)[number];

export const stationKinds = ["polda", "polres", "polsek"] as const;
export type StationKind = (typeof stationKinds)[number];
