"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { CallView } from "@/lib/calls/call-view";
import type { IncidentView } from "@/lib/incidents/incident-view";
import { applyCallEvent, isActive, needsCallback, upsertCall } from "@/lib/calls/apply-call-event";
import { applyIncidentEvent } from "@/lib/incidents/apply-incident-event";
import { apiFetch } from "@/components/ui/api-fetch";
import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { BrowserPhone } from "./browser-phone";
import { CallQueue } from "./call-queue";
import { CallbackList } from "./callback-list";
import { CallerHistory } from "./caller-history";
import { IntakeForm } from "./intake-form";
import { ManualCallForm } from "./manual-call-form";
import type { Place } from "./place-field";

interface Props {
  initialCalls: CallView[];
  initialIncidents: IncidentView[];
  /** The event sequence number the two lists were read at. */
  sinceSeq: number;
  twilioConfigured: boolean;
  mapboxToken: string | null;
}

export function CallsClient({ initialCalls, initialIncidents, sinceSeq, twilioConfigured, mapboxToken }: Props) {
  const t = useTranslations("calls");
  const [calls, setCalls] = useState<readonly CallView[]>(initialCalls);
  const [incidents, setIncidents] = useState<readonly IncidentView[]>(initialIncidents);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  useEventStream(sinceSeq, (e) => {
    setCalls((list) => applyCallEvent(list, e));
    setIncidents((list) => applyIncidentEvent(list, e));
  });

  const answer = useCallback(async (call: CallView) => {
    const res = await apiFetch<CallView>(`/api/calls/${call.id}/answer`, {});
    if (!res.ok) return setMessage(res.error.message);
    setCalls((list) => upsertCall(list, res.data));
    select(res.data);
  }, []);

  function select(call: CallView) {
    setSelectedId(call.id);
    setPlace(null);
    setMessage(null);
    setFormKey((k) => k + 1);
  }

  // Alt+J answers the call that has waited longest, from anywhere on the screen.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.key.toLowerCase() !== "j") return;
      const oldest = [...calls].filter((c) => c.status === "ringing").sort((a, b) => a.ringingAt.localeCompare(b.ringingAt))[0];
      if (oldest) { e.preventDefault(); void answer(oldest); }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [calls, answer]);

  const selected = calls.find((c) => c.id === selectedId && isActive(c)) ?? null;

  return (
    <div className="calls-screen" data-since-seq={sinceSeq}>
      <section className="panel queue-panel" aria-label={t("queue")}>
        <h2>{t("queue")}</h2>
        <CallQueue calls={calls.filter(isActive)} selectedId={selectedId} onAnswer={(c) => void answer(c)} onSelect={select} />
        {twilioConfigured ? <BrowserPhone /> : <ManualCallForm onLogged={select} />}
        <h2>{t("callback")}</h2>
        <CallbackList calls={calls.filter(needsCallback)} />
      </section>
      <section className="panel form-panel">
        {message && <p className="notice" role="status" data-testid="intake-result">{message}</p>}
        {selected ? (
          <>
            <CallerHistory call={selected} />
            <IntakeForm key={formKey} call={selected} place={place} onPlace={setPlace} onDone={(m) => { setMessage(m); setSelectedId(null); setPlace(null); }} />
          </>
        ) : (
          <p className="muted">{t("selectCall")}</p>
        )}
      </section>
      <section className="map-panel">
        <PlacePickerMap mapboxToken={mapboxToken} picked={place} incidents={incidents} onPick={(lat, lon) => selected && setPlace({ lat, lon })} />
      </section>
    </div>
  );
}
