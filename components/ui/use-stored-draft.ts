"use client";
import { useCallback, useEffect, useState } from "react";

/**
 * A text field's value kept in this tab's sessionStorage under `key`, so that a reload loses
 * nothing typed; `clear` once what was typed is saved. Read after the first render (the server
 * has no storage); a storage that refuses (full, or switched off) costs the reload, never the typing.
 */
export function useStoredDraft(key: string): [string, (value: string) => void, () => void] {
  const [value, setValue] = useState("");
  useEffect(() => {
    try {
      setValue(sessionStorage.getItem(key) ?? "");
    } catch {
      // No storage: the field simply starts empty.
    }
  }, [key]);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      try {
        if (next) sessionStorage.setItem(key, next);
        else sessionStorage.removeItem(key);
      } catch {
        // Kept in the page for as long as it lives.
      }
    },
    [key],
  );
  const clear = useCallback(() => update(""), [update]);
  return [value, update, clear];
}
