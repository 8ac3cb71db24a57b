// A number with this many earlier prank calls is flagged to the call-taker: answered still,
// since a prank caller may one day have a real emergency, but with a warning.
export const PRANK_FLAG_AT = 3;

export const repeatedPrankCaller = (counts: Record<string, number>) => (counts.prank ?? 0) >= PRANK_FLAG_AT;
