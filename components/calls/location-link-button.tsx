"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import { apiFetch } from "@/components/ui/api-fetch";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { useWindowKeys } from "@/components/ui/use-window-keys";

interface Link {
  url: string;
  expiresAt: string;
  texted: boolean;
}

// Alt+L (or the button) makes a one-time link for the caller to send their phone's location:
// texted to them when Twilio is configured, else shown to be sent by hand. The point comes back
// on the form by itself, through the event stream.
export function LocationLinkButton({ callId }: { callId: number }) {
  const t = useTranslations("intake");
  const ta = useTranslations("apiErrors");
  const format = useFormatter();
  const [link, setLink] = useState<Link | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask() {
    setBusy(true);
    setError(null);
    const res = await apiFetch<Link>(
      `/api/calls/${callId}/location-link`,
      {},
      { "idempotency-key": newIdempotencyKey() },
    );
    setBusy(false);
    if (res.ok) setLink(res.data);
    else setError(ta(res.error.code));
  }

  useWindowKeys((e) => {
    if (!e.altKey || e.key.toLowerCase() !== "l" || busy) return;
    e.preventDefault();
    void ask();
  });

  return (
    <div className="location-link" data-testid="location-link">
      {/* Out of the Tab order: the form is filled field by field from the keyboard, Alt+L asks. */}
      <button type="button" tabIndex={-1} onClick={() => void ask()} disabled={busy}>
        {t(link ? "locationLinkAgain" : "locationLinkAsk")}
      </button>
      {link && (
        <p className="muted">
          {t(link.texted ? "locationLinkTexted" : "locationLinkByHand", {
            time: format.dateTime(new Date(link.expiresAt), { timeStyle: "short" }),
          })}{" "}
          <input
            readOnly
            tabIndex={-1}
            value={link.url}
            aria-label={t("locationLinkUrl")}
            onFocus={(e) => e.target.select()}
          />
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
