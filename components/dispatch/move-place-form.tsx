"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { PlaceField, type PlaceValue } from "@/components/calls/place-field";
import type { IncidentView } from "@/lib/incidents/incident-view";

interface Props {
  incident: IncidentView;
  disabled: boolean;
  run: (url: string, body: unknown) => Promise<boolean>;
  onDone: () => void;
}

// The place corrected as the caller says more: any form of place the intake reads, and why.
// The stations and the cameras are ranked again by the console once it is saved.
export function MovePlaceForm({ incident, disabled, run, onDone }: Props) {
  const t = useTranslations("dispatch");
  const [value, setValue] = useState<PlaceValue>({ placeText: "", place: null, area: null });
  const [reason, setReason] = useState("");
  const { place } = value;

  async function submit() {
    if (place && reason.trim() && (await run(`/api/incidents/${incident.id}/place`, { ...place, reason }))) onDone();
  }

  return (
    <form
      className="move-place-form"
      data-testid="move-place"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <PlaceField value={value} onChange={setValue} near={incident} />
      <input
        aria-label={t("moveReason")}
        placeholder={t("moveReason")}
        maxLength={300}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="primary" disabled={disabled || !place || !reason.trim()}>
        {t("movePlace")}
      </button>
      <button type="button" onClick={onDone}>
        {t("cancelMove")}
      </button>
    </form>
  );
}
