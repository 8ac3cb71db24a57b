"use client";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";

import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { CallerScript } from "@/components/training/caller-script";
import { TrainingDispatch } from "@/components/training/training-dispatch";
import { apiFetch } from "@/components/ui/api-fetch";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import { useWindowKeys } from "@/components/ui/use-window-keys";
import { applyCallEvent, isActive, needsCallback, upsertCall } from "@/lib/calls/apply-call-event";
import type { CallView } from "@/lib/calls/call-view";
import { formatPoint } from "@/lib/geo/read-place-text";
import { applyIncidentEvent } from "@/lib/incidents/apply-incident-event";
import type { IncidentView } from "@/lib/incidents/incident-view";

import { BrowserPhone } from "./browser-phone";
import { CallQueue } from "./call-queue";
import { CallbackList } from "./callback-list";
import { CallerHistory } from "./caller-history";
import { IntakeForm } from "./intake-form";
import { ManualCallForm } from "./manual-call-form";
import { useCallDrafts } from "./use-call-drafts";

interface Props {
  userId: string;
  initialCalls: CallView[];
  initialIncidents: IncidentView[];
  /** The event sequence number the two lists were read at. */
  sinceSeq: number;
  twilioConfigured: boolean;
  handlingTimeoutSeconds: number;
  mapboxToken: string | null;
}

export function CallsClient({
  userId,
  initialCalls,
  initialIncidents,
  sinceSeq,
  twilioConfigured,
  handlingTimeoutSeconds,
  mapboxToken,
}: Props) {
  const t = useTranslations("calls");
  const tp = useTranslations("panel");
  const ta = useTranslations("apiErrors");
  const [calls, setCalls] = useState<readonly CallView[]>(initialCalls);
  const [incidents, setIncidents] = useState<readonly IncidentView[]>(initialIncidents);
  const [message, setMessage] = useState<string | null>(null);
  // Each call keeps what was typed for it: another call answered, or a reload, loses nothing.
  const drafts = useCallDrafts(userId, calls);
  const { open } = drafts;
  const selectedId = drafts.current;
  const current = useRef(selectedId);
  current.current = selectedId;

  useEventStream(sinceSeq, (e) => {
    setCalls((list) => applyCallEvent(list, e));
    setIncidents((list) => applyIncidentEvent(list, e));
    // The caller's phone sent its point through a location link: it becomes the draft's place.
    const mine = (id: number) => id === current.current || drafts.has(id);
    if (e.type === "call.location_shared" && mine(e.payload.callId)) {
      const { lat, lon, accuracyM } = e.payload;
      drafts.update(e.payload.callId, {
        place: { lat, lon },
        placeText: formatPoint({ lat, lon }),
        area: null,
        placeAccuracyM: accuracyM ?? 0,
      });
    }
    // The open call went back to the queue: its form closes (whoever answers it next has it),
    // and its draft stays here in case that is this call-taker again.
    if (e.type === "call.released" && e.payload.call.id === current.current) {
      open(null);
      if (e.payload.reason === "timeout")
        setMessage(
          t("releasedTimeout", {
            number: e.payload.call.callerNumber,
            minutes: Math.round(handlingTimeoutSeconds / 60),
          }),
        );
    }
  });

  const select = useCallback(
    (call: CallView) => {
      open(call.id);
      setMessage(null);
    },
    [open],
  );

  const answer = useCallback(
    async (call: CallView) => {
      const res = await apiFetch<CallView>(`/api/calls/${call.id}/answer`, {});
      if (!res.ok) return setMessage(ta(res.error.code));
      setCalls((list) => upsertCall(list, res.data));
      select(res.data);
    },
    [select, ta],
  );

  // Handed over: it rings again for everyone; the draft stays here in case it comes back.
  async function handOver(call: CallView) {
    const res = await apiFetch<CallView>(`/api/calls/${call.id}/release`, {});
    if (!res.ok) return setMessage(ta(res.error.code));
    setCalls((list) => upsertCall(list, res.data));
    open(null);
    setMessage(t("handedOver", { number: call.callerNumber }));
  }

  // Alt+J answers the call that has waited longest, from anywhere on the screen.
  useWindowKeys((e) => {
    if (!e.altKey || e.key.toLowerCase() !== "j") return;
    const oldest = [...calls]
      .filter((c) => c.status === "ringing")
      .sort((a, b) => a.ringingAt.localeCompare(b.ringingAt))[0];
    if (oldest) {
      e.preventDefault();
      void answer(oldest);
    }
  });

  // Only a call being handled has a form: one gone back to ringing waits for an answer first.
  // A caller who hangs up mid-intake leaves the form open for its call-taker to finish.
  const selected =
    calls.find(
      (c) =>
        c.id === selectedId &&
        !c.classification &&
        !c.incidentId &&
        (c.status === "in_progress" || (c.endedAt !== null && c.answeredAt !== null && c.callTakerId === userId)),
    ) ?? null;
  const draft = selected ? drafts.draftOf(selected.id) : null;
  const canHandOver =
    selected?.status === "in_progress" && !(twilioConfigured && selected.callSid && !selected.training);

  return (
    <div className="calls-screen" data-since-seq={sinceSeq}>
      <section className="panel queue-panel" aria-label={t("queue")}>
        <PanelBoundary name={tp("queue")}>
          <h2>{t("queue")}</h2>
          <CallQueue
            calls={calls.filter(isActive)}
            selectedId={selected?.id ?? null}
            drafted={drafts.has}
            onAnswer={(c) => void answer(c)}
            onSelect={select}
          />
          {twilioConfigured ? <BrowserPhone /> : <ManualCallForm onLogged={select} />}
          <h2>{t("callback")}</h2>
          <CallbackList calls={calls.filter(needsCallback)} />
        </PanelBoundary>
      </section>
      <section className="panel form-panel">
        <PanelBoundary name={tp("form")}>
          {message && (
            <p className="notice" role="status" data-testid="intake-result">
              {message}
            </p>
          )}
          <TrainingDispatch incidents={incidents} />
          {selected && draft ? (
            <>
              {selected.training && <CallerScript key={selected.id} call={selected} />}
              <CallerHistory call={selected} />
              {canHandOver && (
                <p className="call-actions">
                  <button
                    type="button"
                    onClick={() => void handOver(selected)}
                    title={t("handOverHint")}
                    data-testid="hand-over"
                  >
                    {t("handOver")}
                  </button>
                </p>
              )}
              <IntakeForm
                key={selected.id}
                call={selected}
                draft={draft}
                onDraft={(patch) => drafts.update(selected.id, patch)}
                onDone={(m) => {
                  setMessage(m);
                  drafts.drop(selected.id);
                }}
              />
            </>
          ) : (
            <p className="muted">{t("selectCall")}</p>
          )}
        </PanelBoundary>
      </section>
      <section className="map-panel">
        <PanelBoundary name={tp("map")}>
          <PlacePickerMap
            mapboxToken={mapboxToken}
            picked={draft?.place ?? null}
            incidents={incidents}
            onPick={(lat, lon) =>
              selected &&
              drafts.update(selected.id, {
                place: { lat, lon },
                placeText: formatPoint({ lat, lon }),
                area: null,
                placeAccuracyM: null,
              })
            }
          />
        </PanelBoundary>
      </section>
    </div>
  );
}
