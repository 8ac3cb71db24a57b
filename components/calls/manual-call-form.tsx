"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import type { CallView } from "@/lib/calls/call-view";
import { logCallSchema } from "@/lib/validations/calls";

/** Without Twilio: log a call by hand, or ring a training call through the real webhook. */
export function ManualCallForm({ onLogged }: { onLogged: (call: CallView) => void }) {
  const t = useTranslations("calls");
  const [number, setNumber] = useState("");
  const [time, setTime] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function log(e: React.FormEvent) {
    e.preventDefault();
    const parsed = logCallSchema.safeParse({ callerNumber: number, ringingAt: time ? new Date(time) : undefined });
    if (!parsed.success)
      return setError(t(parsed.error.issues[0]?.path[0] === "ringingAt" ? "timeFuture" : "numberInvalid"));
    const res = await apiFetch<CallView>("/api/calls", parsed.data);
    if (!res.ok) return setError(res.error.message);
    setError(null);
    setNumber("");
    setTime("");
    onLogged(res.data);
  }

  async function training() {
    const res = await apiFetch<{ callSid: string }>("/api/twilio/training", {});
    setError(res.ok ? null : res.error.message);
  }

  return (
    <div className="manual">
      <p className="muted">{t("twilioOff")}</p>
      <form onSubmit={log} aria-label={t("logCall")} className="row">
        <input
          aria-label={t("number")}
          placeholder={t("number")}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          inputMode="tel"
        />
        <input aria-label={t("time")} type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} />
        <button type="submit">{t("log")}</button>
      </form>
      <button type="button" onClick={() => void training()} data-testid="training-call">
        {t("trainingCall")}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
