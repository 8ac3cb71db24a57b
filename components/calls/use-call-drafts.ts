"use client";
import { useCallback, useEffect, useState } from "react";

import {
  type CallDraft,
  type DraftPatch,
  draftStorageKey,
  type DraftStore,
  dropDraft,
  emptyDraft,
  emptyStore,
  pruneDrafts,
  readDraftStore,
  setDraft,
  writeDraftStore,
} from "@/lib/calls/call-draft";

export interface CallDrafts {
  /** The call whose form is open (kept across a reload too). */
  current: number | null;
  draftOf: (callId: number) => CallDraft;
  has: (callId: number) => boolean;
  update: (callId: number, patch: DraftPatch) => void;
  drop: (callId: number) => void;
  open: (callId: number | null) => void;
}

// The call-taker's drafts, one per call, in this tab's sessionStorage. Read after the first
// render (the server has no storage), written after every change; a storage that refuses
// (full, or switched off) costs the reload, never the typing.
export function useCallDrafts(
  userId: string,
  calls: readonly { id: number; classification: string | null; incidentId: number | null }[],
): CallDrafts {
  const key = draftStorageKey(userId);
  const [store, setStore] = useState<DraftStore>(emptyStore);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let text: string | null = null;
    try {
      text = window.sessionStorage.getItem(key);
    } catch {
      // storage switched off: drafts live as long as the page
    }
    setStore(readDraftStore(text, Date.now()));
    setLoaded(true);
  }, [key]);

  useEffect(() => {
    if (!loaded) return;
    try {
      window.sessionStorage.setItem(key, writeDraftStore(store));
    } catch {
      // full or switched off: the drafts are still in memory
    }
  }, [key, store, loaded]);

  // A call saved, classified or linked (here or by anyone) needs its draft no more.
  useEffect(() => setStore((s) => pruneDrafts(s, calls)), [calls, loaded]);

  const update = useCallback(
    (callId: number, patch: DraftPatch) => setStore((s) => setDraft(s, callId, patch, Date.now())),
    [],
  );
  const drop = useCallback((callId: number) => setStore((s) => dropDraft(s, callId)), []);
  const open = useCallback(
    (callId: number | null) => setStore((s) => (s.current === callId ? s : { ...s, current: callId })),
    [],
  );
  return {
    current: store.current,
    draftOf: (callId) => store.drafts[callId] ?? emptyDraft(0),
    has: (callId) => callId in store.drafts,
    update,
    drop,
    open,
  };
}
