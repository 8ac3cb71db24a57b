"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { useApiAction } from "@/components/ui/use-api-action";
import { legalBases } from "@/lib/footage/legal-bases";
import { type LegalBasis, legalBasisCodes } from "@/lib/footage/vocabulary";

/** An on-request camera the request may name (from the incident's ranked cameras). */
export interface FootageCamera {
  id: number;
  name: string;
}

// A datetime-local value (the browser's local time) as an ISO instant, or undefined when empty.
const isoOf = (local: string) => (local ? new Date(local).toISOString() : undefined);

/**
 * Request an on-request camera's footage for an incident. Leaving the window empty takes the
 * default around the incident's first call; the answer arrives as a `footage.requested` event.
 */
export function FootageRequestForm({
  incidentId,
  cameras,
  onDone,
}: {
  incidentId: number;
  cameras: readonly FootageCamera[];
  onDone?: () => void;
}) {
  const t = useTranslations("footage");
  const locale = useLocale() === "en" ? "en" : "id";
  const { busy, error, run } = useApiAction();
  const [cameraId, setCameraId] = useState<number | null>(cameras[0]?.id ?? null);
  const [legalBasis, setLegalBasis] = useState<LegalBasis>("uu_pdp_penegakan_hukum");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const [sent, setSent] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (cameraId === null) return;
    const ok = await run("/api/footage-requests", {
      incidentId,
      cameraId,
      legalBasis,
      ...(from && to ? { windowStart: isoOf(from), windowEnd: isoOf(to) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setSent(ok);
    if (ok) onDone?.();
  }

  return (
    <form className="footage-request-form" onSubmit={(e) => void submit(e)} data-testid="footage-request-form">
      <h4>{t("request")}</h4>
      <label>
        {t("camera")}
        <select value={cameraId ?? ""} onChange={(e) => setCameraId(Number(e.target.value))} required>
          {cameras.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("legalBasis")}
        <select value={legalBasis} onChange={(e) => setLegalBasis(e.target.value as LegalBasis)}>
          {legalBasisCodes.map((code) => (
            <option key={code} value={code}>
              {legalBases[code][locale]}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t("windowDefault")}</p>
      <label>
        {t("from")}
        <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t("to")}
        <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <label>
        {t("note")}
        <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || cameraId === null}>
        {t("submit")}
      </button>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {sent && !error && <p role="status">{t("requested")}</p>}
    </form>
  );
}
