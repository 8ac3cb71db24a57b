"use client";
import { useEffect, useRef } from "react";

import { type AlertTone, playAlertTone } from "./alert-tone";

/**
 * While `pending` things wait to be seen, the tab's title flashes with their count and the tone
 * sounds again every `repeatMs`; it sounds at once whenever their number grows.
 */
export function useAttention(pending: number, label: string, tone: AlertTone, repeatMs = 15_000): void {
  const before = useRef(0);
  useEffect(() => {
    if (pending > before.current) playAlertTone(tone);
    before.current = pending;
  }, [pending, tone]);

  useEffect(() => {
    if (pending === 0) return;
    const title = document.title;
    let on = false;
    const flash = setInterval(() => {
      on = !on;
      document.title = on ? `(${pending}) ${label}` : title;
    }, 1000);
    const again = setInterval(() => playAlertTone(tone), repeatMs);
    return () => {
      clearInterval(flash);
      clearInterval(again);
      document.title = title;
    };
  }, [pending, label, tone, repeatMs]);
}
