import { z } from "zod";

import { callClassifications } from "@/lib/calls/vocabulary";
import { incidentTypes, priorities } from "@/lib/incidents/vocabulary";
import { latSchema, lonSchema } from "@/lib/validations/coordinates";

// What a call-taker has typed for one call and not yet saved. Kept per call, so that answering
// another call and coming back finds everything as it was left, and in the tab's
// sessionStorage, so that a reload keeps it too (and closing the tab, or another user's tab,
// does not).
export const callDraftSchema = z.object({
  classification: z.enum(callClassifications),
  type: z.enum(incidentTypes).or(z.literal("")),
  priority: z.enum(priorities).or(z.literal("")),
  /** The place field as typed: coordinates, a name being completed, or a chosen area's name. */
  placeText: z.string().max(500),
  /** The place the text resolved to (coordinates, an area's centre, or a click on the map). */
  place: z.object({ lat: latSchema, lon: lonSchema }).nullable(),
  /** The area chosen by name, whose centre stands for the place. */
  area: z.object({ name: z.string().max(200), level: z.string().max(40) }).nullable(),
  /** The place came from the caller's own phone (a location link), this sure, in metres. */
  placeAccuracyM: z.number().nonnegative().nullable().optional(),
  address: z.string().max(300),
  description: z.string().max(4000),
  /** Milliseconds since the epoch of the last change: old drafts are let go. */
  updatedAt: z.number().int().nonnegative(),
});
export type CallDraft = z.infer<typeof callDraftSchema>;
export type DraftPatch = Partial<Omit<CallDraft, "updatedAt">>;

export interface DraftStore {
  /** The call whose form was open, to open again after a reload. */
  current: number | null;
  drafts: Readonly<Record<number, CallDraft>>;
}

// A shift is 12 hours: a draft older than that belongs to a call long dealt with elsewhere.
export const DRAFT_MAX_AGE_MS = 12 * 60 * 60 * 1000;
const MAX_DRAFTS = 50;

export const emptyStore: DraftStore = { current: null, drafts: {} };

export const emptyDraft = (now: number): CallDraft => ({
  classification: "emergency",
  type: "",
  priority: "",
  placeText: "",
  place: null,
  area: null,
  address: "",
  description: "",
  updatedAt: now,
});

/** The key in sessionStorage, one per signed-in user, so that a shared browser mixes no one's drafts. */
export const draftStorageKey = (userId: string) => `siaga112.call-drafts.v1.${userId}`;

const storedSchema = z.object({
  current: z.number().int().positive().nullable().catch(null),
  drafts: z.record(z.string(), z.unknown()),
});

/**
 * The store from what sessionStorage held. Whatever cannot be read is dropped, a draft at a
 * time: a damaged or outdated entry costs that entry, never the screen.
 */
export function readDraftStore(text: string | null, now: number): DraftStore {
  if (!text) return emptyStore;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return emptyStore;
  }
  const stored = storedSchema.safeParse(value);
  if (!stored.success) return emptyStore;
  const drafts: Record<number, CallDraft> = {};
  for (const [key, raw] of Object.entries(stored.data.drafts)) {
    const id = Number(key);
    const draft = callDraftSchema.safeParse(raw);
    if (Number.isInteger(id) && id > 0 && draft.success && now - draft.data.updatedAt <= DRAFT_MAX_AGE_MS)
      drafts[id] = draft.data;
  }
  return { current: stored.data.current, drafts };
}

export const writeDraftStore = (store: DraftStore): string => JSON.stringify(store);

/** The call's draft changed; the oldest drafts go past MAX_DRAFTS, so storage stays small. */
export function setDraft(store: DraftStore, callId: number, patch: DraftPatch, now: number): DraftStore {
  const draft = { ...(store.drafts[callId] ?? emptyDraft(now)), ...patch, updatedAt: now };
  const entries = Object.entries({ ...store.drafts, [callId]: draft })
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
    .slice(0, MAX_DRAFTS);
  return { ...store, drafts: Object.fromEntries(entries) };
}

export function dropDraft(store: DraftStore, callId: number): DraftStore {
  if (!(callId in store.drafts) && store.current !== callId) return store;
  const { [callId]: _dropped, ...drafts } = store.drafts;
  return { current: store.current === callId ? null : store.current, drafts };
}

/** Drafts of calls that are done with (classified, or part of an incident) go: nothing is left to type. */
export function pruneDrafts(
  store: DraftStore,
  calls: readonly { id: number; classification: string | null; incidentId: number | null }[],
): DraftStore {
  let next = store;
  for (const c of calls)
    if ((c.classification || c.incidentId) && (c.id in next.drafts || next.current === c.id))
      next = dropDraft(next, c.id);
  return next;
}
