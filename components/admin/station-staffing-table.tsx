"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useLive } from "@/components/realtime/socket-provider";
import { useEventStream } from "@/components/realtime/use-event-stream";

interface Row {
  id: number;
  code: string;
  name: string;
  kind: string;
  staffed: boolean;
}

// Staffing goes over the socket as a command; the table follows the committed events, so a
// change made on another console shows here too.
export function StationStaffingTable({ stations, sinceSeq }: { stations: Row[]; sinceSeq: number }) {
  const t = useTranslations("pages.admin");
  const { socket } = useLive();
  const [rows, setRows] = useState(stations);
  const [error, setError] = useState<string | null>(null);

  useEventStream(sinceSeq, (e) => {
    if (e.type !== "station.staffing_changed" || e.stationId === null) return;
    setRows((rs) => rs.map((r) => (r.id === e.stationId ? { ...r, staffed: e.payload.staffed } : r)));
  });

  const toggle = (row: Row) =>
    socket?.emit("station:staff", { stationId: row.id, staffed: !row.staffed }, (res) =>
      setError("error" in res ? res.error.message : null),
    );

  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table className="grid">
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
                  onChange={() => toggle(r)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
