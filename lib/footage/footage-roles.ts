import type { Role } from "@/lib/auth/roles";

/** Who may ask for footage (a polsek officer: for incidents their station was sent to). */
export const footageRequesters = ["dispatcher", "supervisor", "polsek"] as const satisfies readonly Role[];
/** Who decides: a supervisor, as DESIGN.md's domain rules say. */
export const footageApprovers = ["supervisor"] as const satisfies readonly Role[];
/** Who follows the letter to the owner and back. */
export const footageFollowers = ["dispatcher", "supervisor"] as const satisfies readonly Role[];
