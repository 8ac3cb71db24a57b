"use client";
import { useEffect, useRef } from "react";

/**
 * A keydown handler on the window that always sees the latest render. It is added once: a
 * handler removed and added again while a key's event is being dispatched (as a render that
 * the key itself caused would do) misses that event.
 */
export function useWindowKeys(handler: (e: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => latest.current(e);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

/** Keys typed into a field belong to the field, not to the screen's shortcuts. */
export const isTyping = (e: KeyboardEvent) =>
  e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
