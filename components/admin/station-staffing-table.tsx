"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useLive } from "@/components/realtime/socket-provider";
import { useEventStream } from "@/components/realtime/use-event-stream";
import { apiFetch } from "@/components/ui/api-fetch";

interface Row {
  id: number;
  code: string;
  name: string;
  kind: string;
  staffed: boolean;
}

interface OpenJob {
  assignmentId: number;
  number: string;
  status: string;
}

// Staffing goes over the socket as a command; the table follows the committed events, so a
// change made on another console shows here too. Un-staffing asks first, naming the jobs the
// station still holds: they stay with it, and the dispatcher must move them.
export function StationStaffingTable({ stations, sinceSeq }: { stations: Row[]; sinceSeq: number }) {
  const t = useTranslations("pages.admin");
  const { socket } = useLive();
  const [rows, setRows] = useState(stations);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ row: Row; jobs: OpenJob[] } | null>(null);

  useEventStream(sinceSeq, (e) => {
    if (e.type !== "station.staffing_changed" || e.stationId === null) return;
    setRows((rs) => rs.map((r) => (r.id === e.stationId ? { ...r, staffed: e.payload.staffed } : r)));
  });

  const send = (row: Row, staffed: boolean) =>
    socket?.emit("station:staff", { stationId: row.id, staffed }, (res) =>
      setError("error" in res ? res.error.message : null),
    );

  async function toggle(row: Row) {
    if (!row.staffed) return send(row, true);
    const res = await apiFetch<OpenJob[]>(`/api/stations/${row.id}/open-jobs`);
    if (!res.ok) return setError(res.error.message);
    setAsking({ row, jobs: res.data });
  }

  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <div className="confirm panel" role="alertdialog" aria-label={t("unstaffTitle", { code: asking.row.code })}>
          <p>
            <strong>{t("unstaffTitle", { code: asking.row.code })}</strong>{" "}
            {asking.jobs.length === 0
              ? t("noOpenJobs")
              : t("openJobs", { count: asking.jobs.length, jobs: asking.jobs.map((j) => j.number).join(", ") })}
          </p>
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={() => {
              send(asking.row, false);
              setAsking(null);
            }}
            data-testid="confirm-unstaff"
          >
            {t("unstaff")}
          </button>{" "}
          <button type="button" onClick={() => setAsking(null)}>
            {t("cancel")}
          </button>
        </div>
      )}
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t("code")}</th>
            <th>{t("name")}</th>
            <th>{t("kind")}</th>
            <th>{t("staffed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.code}</td>
              <td>{r.name}</td>
              <td>{r.kind}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t("staffed")} ${r.code}`}
                  checked={r.staffed}
                  onChange={() => void toggle(r)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
