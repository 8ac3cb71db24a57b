"use client";
import { useEffect } from "react";

import { authClient } from "@/lib/auth/auth-client";

const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

// After `idleSeconds` without a key or a pointer, this browser's session ends and the sign-in
// shows again: the server would refuse the session by then anyway, unless the page's own
// requests kept it alive without anyone at the screen.
export function IdleLock({ idleSeconds }: { idleSeconds: number }) {
  useEffect(() => {
    let last = Date.now();
    const touch = () => (last = Date.now());
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(
      () => {
        if (Date.now() - last < idleSeconds * 1000) return;
        window.clearInterval(timer);
        void lock();
      },
      Math.min(5_000, idleSeconds * 250),
    );
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch);
    };
  }, [idleSeconds]);
  return null;
}

async function lock() {
  // Only this browser's session: signing out would end the account's sessions everywhere.
  const session = await authClient.getSession().catch(() => null);
  const token = session?.data?.session.token;
  if (token) await authClient.revokeSession({ token }).catch(() => undefined);
  window.location.assign("/sign-in?locked=1");
}
