// A request for footage from an on-request camera's recorder, from request to the owner's answer.
export const footageRequestStatuses = ["requested", "approved", "sent_to_owner", "received", "refused"] as const;
export type FootageRequestStatus = (typeof footageRequestStatuses)[number];

/** Still waiting on someone: the footage may yet be overwritten before it reaches the police. */
export const openFootageStatuses = [
  "requested",
  "approved",
  "sent_to_owner",
] as const satisfies readonly FootageRequestStatus[];

/** A supervisor's decision on a request. */
export const footageDecisions = ["approve", "refuse"] as const;
export type FootageDecision = (typeof footageDecisions)[number];

/** What follows the letter: sent to the owner, then the footage received or the owner's refusal. */
export const footageFollowUps = ["sent_to_owner", "received", "refused"] as const;
export type FootageFollowUp = (typeof footageFollowUps)[number];

/** Days before the recorder overwrites it from which a request stands out on the screens. */
export const OVERWRITE_SOON_DAYS = 2;

/** The default window around the incident's first call, in minutes. */
export const WINDOW_BEFORE_MIN = 15;
export const WINDOW_AFTER_MIN = 30;

/** The legal bases a request may cite (their wording: lib/footage/legal-bases). */
export const legalBasisCodes = [
  "kuhap_penyelidikan",
  "uu_polri",
  "uu_pdp_penegakan_hukum",
  "uu_ite_alat_bukti",
] as const;
export type LegalBasis = (typeof legalBasisCodes)[number];
