"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";

import { FootageRequestForm } from "@/components/cameras/footage-request-form";
import { FootageRequestList } from "@/components/cameras/footage-request-list";
import { useNearbyCameras } from "@/components/map/use-nearby-cameras";
import { EventLine } from "@/components/realtime/recent-events";
import { apiFetch } from "@/components/ui/api-fetch";
import { CodeSelect } from "@/components/ui/code-select";
import { useApiAction } from "@/components/ui/use-api-action";
import { useApiData } from "@/components/ui/use-api-data";
import { useStoredDraft } from "@/components/ui/use-stored-draft";
import { isTyping, useWindowKeys } from "@/components/ui/use-window-keys";
import type { Role } from "@/lib/auth/roles";
import type { CallView } from "@/lib/calls/call-view";
import { canCloseIncident, isActiveAssignment } from "@/lib/dispatch/assignment-machine";
import type { AssignmentView } from "@/lib/dispatch/assignment-view";
import type { RecommendedStation } from "@/lib/dispatch/recommendation-view";
import { incidentDispositions } from "@/lib/dispatch/vocabulary";
import type { IncidentView } from "@/lib/incidents/incident-view";
import { mayReadRecord, recordPath } from "@/lib/incidents/record-access";
import type { LoggedEvent } from "@/lib/realtime/events";

import { AssignmentList } from "./assignment-list";
import { MovePlaceForm } from "./move-place-form";
import { RecommendationTable } from "./recommendation-table";

interface Props {
  incident: IncidentView;
  assignments: readonly AssignmentView[];
  calls: readonly CallView[];
  /** The ranking logged for it, as the event stream brought it; asked for when there is none yet. */
  recommendation: readonly RecommendedStation[] | null;
  /** Changes with every event of an incident: the timeline is read again. */
  version: number;
  role: Role;
  /** The screen's place in the event log, for the footage requests' own stream. */
  sinceSeq: number;
}

/** The selected incident: who called, the stations to send, those sent, notes, the close. */
export function IncidentDetail({ incident, assignments, calls, recommendation, version, role, sinceSeq }: Props) {
  const t = useTranslations("dispatch");
  const tt = useTranslations("incidentTypes");
  const td = useTranslations("dispositions");
  const tr = useTranslations("record");
  const format = useFormatter();
  const { busy, error, run } = useApiAction();
  const asked = useApiData<RecommendedStation[]>(
    recommendation ? null : `/api/incidents/${incident.id}/recommendation`,
  );
  const recommended = recommendation ?? asked;
  const timeline = useTimeline(incident.id, version);
  // Footage comes from the cameras around the place that only give it on request.
  const onRequest = useNearbyCameras(incident).filter((c) => c.accessMode === "on_request");
  // A note being written survives a reload until it is saved.
  const [note, setNote, clearNote] = useStoredDraft(`dispatch-note:${incident.id}`);
  const [disposition, setDisposition] = useState("");
  const [moving, setMoving] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const closeField = useRef<HTMLSelectElement>(null);

  const working = new Set(assignments.filter((a) => isActiveAssignment(a.status)).map((a) => a.stationId));
  const free = (recommended ?? []).filter((s) => !working.has(s.id));
  const closable = canCloseIncident(
    incident.status,
    assignments.map((a) => a.status),
  );

  const dispatch = useCallback(
    (s: RecommendedStation) => void run(`/api/incidents/${incident.id}/dispatch`, { stationId: s.id }),
    [run, incident.id],
  );

  // D sends the quickest free station, Alt+1..5 the one on that row, N writes a note, C closes.
  useWindowKeys((e) => {
    if (isTyping(e) || e.ctrlKey || e.metaKey || busy) return;
    const row = e.altKey && /^Digit[1-5]$/.test(e.code) ? Number(e.code.slice(5)) - 1 : null;
    const station = row !== null ? recommended?.[row] : !e.altKey && e.key === "d" ? free[0] : undefined;
    if (station && !working.has(station.id)) {
      e.preventDefault();
      return dispatch(station);
    }
    if (e.altKey) return;
    if (e.key === "n") {
      e.preventDefault();
      noteField.current?.focus();
    } else if (e.key === "p") {
      e.preventDefault();
      setMoving(true);
    } else if (e.key === "c" && closeField.current) {
      e.preventDefault();
      closeField.current.focus();
    }
  });

  async function addNote() {
    if (note.trim() && (await run(`/api/incidents/${incident.id}/notes`, { text: note }))) clearNote();
  }

  return (
    <div className="incident-detail" data-testid="incident-detail" data-open-incident={incident.number}>
      <h2>
        <span className="mono">{incident.number}</span> · {incident.priority} {tt(incident.type)} ·{" "}
        {t(`incidentStatus.${incident.status}`)}
        {/* The whole record is the supervisor's export (lib/incidents/record-access). */}
        {mayReadRecord(role) && (
          <a className="record-link" href={recordPath(incident.id)} data-testid="record-link">
            {tr("openRecord")}
          </a>
        )}
      </h2>
      <p className="place-line">
        {[incident.address, incident.kelurahan?.name, incident.kecamatan?.name, incident.kota?.name]
          .filter(Boolean)
          .join(", ")}
      </p>
      {moving ? (
        <MovePlaceForm incident={incident} disabled={busy} run={run} onDone={() => setMoving(false)} />
      ) : (
        <button type="button" className="link" onClick={() => setMoving(true)}>
          {t("movePlaceOpen")}
        </button>
      )}
      {incident.description && <p className="description">{incident.description}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      <h3>{t("callers")}</h3>
      {calls.length ? (
        <ul className="plain" data-testid="incident-callers">
          {calls.map((c) => (
            <li key={c.id}>
              <a href={`tel:${c.callerNumber}`} className="mono">
                {c.callerNumber}
              </a>{" "}
              <span className="muted">{format.dateTime(new Date(c.ringingAt), { timeStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noCallers")}</p>
      )}

      <h3>{t("recommendation")}</h3>
      <RecommendationTable stations={recommended} busyStationIds={working} disabled={busy} onDispatch={dispatch} />

      <h3>{t("assigned")}</h3>
      <AssignmentList assignments={assignments} alternatives={free} disabled={busy} run={run} />

      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void addNote();
        }}
      >
        <textarea
          ref={noteField}
          aria-label={t("note")}
          placeholder={t("notePlaceholder")}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && e.ctrlKey) void addNote();
          }}
        />
        <button type="submit" disabled={busy || !note.trim()}>
          {t("addNote")}
        </button>
      </form>

      {closable && (
        <form
          className="inline-form close-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(`/api/incidents/${incident.id}/close`, { disposition });
          }}
        >
          <CodeSelect
            selectRef={closeField}
            label={t("disposition")}
            codes={incidentDispositions}
            name={(d) => td(d)}
            value={disposition}
            onChange={setDisposition}
          />
          <button type="submit" className="primary" disabled={busy || !disposition}>
            {t("close")}
          </button>
        </form>
      )}

      <h3>{t("footage")}</h3>
      <FootageRequestList role={role} incidentId={incident.id} sinceSeq={sinceSeq} />
      <FootageRequestForm incidentId={incident.id} cameras={onRequest} />

      <h3>{t("timeline")}</h3>
      <ul className="event-list timeline" data-testid="incident-timeline">
        {[...timeline].reverse().map((e) => (
          <EventLine key={e.seq} event={e} />
        ))}
      </ul>
    </div>
  );
}

/** The incident's events, read again when `version` changes. */
function useTimeline(incidentId: number, version: number): readonly LoggedEvent[] {
  const [timeline, setTimeline] = useState<readonly LoggedEvent[]>([]);
  useEffect(() => {
    let stale = false;
    void apiFetch<{ timeline: LoggedEvent[] }>(`/api/incidents/${incidentId}`).then(
      (r) => !stale && r.ok && setTimeline(r.data.timeline),
    );
    return () => void (stale = true);
  }, [incidentId, version]);
  return timeline;
}
