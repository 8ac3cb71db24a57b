"use client";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";

import { PlacePickerMap } from "@/components/map/place-picker-map";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { PanelBoundary } from "@/components/ui/panel-boundary";
import { useAttention } from "@/components/ui/use-attention";
import { isTyping, useWindowKeys } from "@/components/ui/use-window-keys";
import type { Role } from "@/lib/auth/roles";
import { applyBoardEvent, type DispatchBoard, ofIncident } from "@/lib/dispatch/dispatch-board";

import { EscalationAlerts } from "./escalation-alerts";
import { IncidentDetail } from "./incident-detail";
import { IncidentTable } from "./incident-table";

interface Props {
  role: Role;
  initialBoard: DispatchBoard;
  /** The event sequence number the board was read at. */
  sinceSeq: number;
  mapboxToken: string | null;
}

export function DispatchClient({ role, initialBoard, sinceSeq, mapboxToken }: Props) {
  const t = useTranslations("dispatch");
  const tp = useTranslations("panel");
  const [board, setBoard] = useState<DispatchBoard>(initialBoard);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Incidents on the board when it opened count as seen; a new one sounds until it is opened.
  const [seen, setSeen] = useState<ReadonlySet<number>>(() => new Set(initialBoard.incidents.map((i) => i.id)));
  // Bumped by every event of the selected incident, so that its detail reads its timeline again.
  const [version, setVersion] = useState(0);

  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  useEventStream(sinceSeq, (e) => {
    setBoard((b) => applyBoardEvent(b, e));
    if (e.incidentId !== null && e.incidentId === selectedRef.current) setVersion((v) => v + 1);
    // With nothing open, a new incident opens by itself; it still counts as unseen until touched.
    if (e.type === "incident.created" && selectedRef.current === null) setSelectedId(e.payload.incident.id);
  });

  const { incidents } = board;
  const unseen = incidents.filter((i) => !seen.has(i.id)).length;
  useAttention(unseen, t("newIncidents"), "incident");

  const markSeen = useCallback((id: number) => setSeen((s) => (s.has(id) ? s : new Set(s).add(id))), []);
  const select = useCallback(
    (id: number) => {
      setSelectedId(id);
      markSeen(id);
    },
    [markSeen],
  );

  // Arrow keys (or j and k) walk the board; the detail panel takes its own keys. Any key
  // pressed with an incident open means the dispatcher has seen it.
  useWindowKeys((e) => {
    if (selectedId !== null) markSeen(selectedId);
    if (isTyping(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    // Escape puts the incident away: the next new one then opens by itself.
    if (e.key === "Escape") return setSelectedId(null);
    if (!incidents.length) return;
    const step = e.key === "ArrowDown" || e.key === "j" ? 1 : e.key === "ArrowUp" || e.key === "k" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const at = incidents.findIndex((i) => i.id === selectedId);
    const next = incidents[Math.min(incidents.length - 1, Math.max(0, at < 0 ? 0 : at + step))]!;
    select(next.id);
  });

  const selected = incidents.find((i) => i.id === selectedId) ?? null;
  const selectedAssignments = useMemo(
    () => (selected ? ofIncident(board.assignments, selected.id) : []),
    [board.assignments, selected],
  );

  return (
    <div className="dispatch-screen" data-since-seq={sinceSeq}>
      <section className="panel board-panel">
        <PanelBoundary name={tp("list")}>
          <h2>
            {t("open")} ({incidents.length})<span className="keys muted">{t("boardKeys")}</span>
          </h2>
          <EscalationAlerts alerts={board.escalations} onOpen={select} />
          <IncidentTable board={board} selectedId={selectedId} seen={seen} onSelect={select} />
        </PanelBoundary>
      </section>
      <section className="panel detail-panel">
        <PanelBoundary name={tp("detail")}>
          {selected ? (
            <IncidentDetail
              key={selected.id}
              incident={selected}
              assignments={selectedAssignments}
              calls={ofIncident(board.calls, selected.id)}
              recommendation={board.recommendations[selected.id] ?? null}
              version={version}
              role={role}
              sinceSeq={sinceSeq}
            />
          ) : (
            <p className="muted">{t("selectIncident")}</p>
          )}
        </PanelBoundary>
      </section>
      <section className="map-panel">
        <PanelBoundary name={tp("map")}>
          <PlacePickerMap
            mapboxToken={mapboxToken}
            picked={selected}
            markPicked={false}
            incidents={incidents}
            selectedId={selectedId}
            onSelectIncident={select}
          />
        </PanelBoundary>
      </section>
    </div>
  );
}
