"use client";
import type { Call, Device } from "@twilio/voice-sdk";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";

type PhoneState = "starting" | "ready" | "in-call" | "error";

// The call-taker's phone in the browser (Twilio Voice SDK). Pressing Answer in the queue
// makes the console bridge the caller here; the call is accepted at once.
export function BrowserPhone() {
  const t = useTranslations("phone");
  const [state, setState] = useState<PhoneState>("starting");
  const [error, setError] = useState<string | null>(null);
  const [muted, setMuted] = useState(false);
  const call = useRef<Call | null>(null);

  useEffect(() => {
    let device: Device | undefined;
    const token = async () => {
      const res = await apiFetch<{ token: string }>("/api/twilio/token");
      if (!res.ok) throw new Error(res.error.message);
      return res.data.token;
    };
    (async () => {
      const { Device } = await import("@twilio/voice-sdk");
      device = new Device(await token(), { closeProtection: true });
      device.on("registered", () => setState("ready"));
      device.on("error", (e: Error) => {
        setError(e.message);
        setState("error");
      });
      device.on("tokenWillExpire", () => void token().then((t) => device?.updateToken(t)));
      device.on("incoming", (incoming: Call) => {
        call.current = incoming;
        incoming.on("disconnect", () => {
          call.current = null;
          setMuted(false);
          setState("ready");
        });
        incoming.accept();
        setState("in-call");
      });
      await device.register();
    })().catch((e: unknown) => {
      setError(String(e));
      setState("error");
    });
    return () => device?.destroy();
  }, []);

  return (
    <div className="phone" data-testid="browser-phone" data-state={state}>
      <span className={`live-dot${state === "ready" || state === "in-call" ? " on" : ""}`} />
      {t(state)}
      {state === "in-call" && (
        <>
          <button
            type="button"
            onClick={() => {
              call.current?.mute(!muted);
              setMuted(!muted);
            }}
          >
            {muted ? t("unmute") : t("mute")}
          </button>
          <button type="button" className="primary" onClick={() => call.current?.disconnect()}>
            {t("hangUp")}
          </button>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
