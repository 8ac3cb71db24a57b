import type { FootageRequestStatus } from "./vocabulary";

/** Every step a request can take, by who takes it. */
export const footageSteps = ["approve", "refuse", "send", "receive", "owner_refuse"] as const;
export type FootageStep = (typeof footageSteps)[number];

// The one place that says which step may follow which. A supervisor decides a request; an
// approved one has its letter sent to the owner, who hands the footage over or refuses.
// Received and refused are final.
const NEXT: Readonly<Record<FootageRequestStatus, Partial<Record<FootageStep, FootageRequestStatus>>>> = {
  requested: { approve: "approved", refuse: "refused" },
  approved: { send: "sent_to_owner" },
  sent_to_owner: { receive: "received", owner_refuse: "refused" },
  received: {},
  refused: {},
};

/** The status a step leads to from `from`, or null when the step is not possible there. */
export const stepFootageRequest = (from: FootageRequestStatus, step: FootageStep): FootageRequestStatus | null =>
  NEXT[from][step] ?? null;

/** The steps that lead somewhere from `from`. */
export const nextFootageSteps = (from: FootageRequestStatus): FootageStep[] =>
  footageSteps.filter((s) => NEXT[from][s] !== undefined);
