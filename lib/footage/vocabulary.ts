// A request for footage from an on-request camera's recorder, from request to the owner's answer.
export const footageRequestStatuses = ["requested", "approved", "sent_to_owner", "received", "refused"] as const;
export type FootageRequestStatus = (typeof footageRequestStatuses)[number];
