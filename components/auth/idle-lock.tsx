"use client";
import { useEffect } from "react";

import { authClient } from "@/lib/auth/auth-client";

const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

// After `idleSeconds` without a key or a pointer, this browser's session ends and the sign-in
// shows again: the server would refuse the session by then anyway, unless the page's own
// requests kept it alive without anyone at the screen. While someone is at work, the session
// (and its cookie, which lives as long as the idle time) is renewed now and then.
export function IdleLock({ idleSeconds }: { idleSeconds: number }) {
  useEffect(() => {
    let last = Date.now();
    let renewed = Date.now();
    const renewEveryMs = Math.max(1, Math.min(60, idleSeconds / 5)) * 1000;
    const touch = () => {
      last = Date.now();
      if (last - renewed < renewEveryMs) return;
      renewed = last;
      void authClient.getSession().catch(() => undefined);
    };
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
