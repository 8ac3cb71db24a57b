"use client";
import { useFormatter, useTranslations } from "next-intl";

import { describeEvent } from "@/lib/realtime/describe-event";
import type { LoggedEvent } from "@/lib/realtime/events";

type AuditRow = LoggedEvent & { actorName: string | null; actorEmail: string | null };

/** The trail as a dense table: when, who, what (as a sentence in the user's language), about what. */
export function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  const t = useTranslations("audit");
  if (rows.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <table className="grid compact" data-testid="audit-table">
      <thead>
        <tr>
          <th>#</th>
          <th>{t("at")}</th>
          <th>{t("user")}</th>
          <th>{t("action")}</th>
          <th>{t("what")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <AuditLine key={row.seq} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function AuditLine({ row }: { row: AuditRow }) {
  const t = useTranslations("events");
  const ta = useTranslations("audit");
  const tc = useTranslations("classifications");
  const ts = useTranslations("callStatus");
  const tt = useTranslations("incidentTypes");
  const format = useFormatter();
  const { key, values } = describeEvent(row);
  const shown = {
    ...values,
    ...(values.classification ? { classification: tc(values.classification) } : {}),
    ...(values.callStatus ? { callStatus: ts(values.callStatus) } : {}),
    ...(values.incidentType ? { incidentType: tt(values.incidentType) } : {}),
  };
  return (
    <tr data-event-type={row.type}>
      <td>{row.seq}</td>
      <td>
        {format.dateTime(new Date(row.at), {
          dateStyle: "short",
          timeStyle: "medium",
          timeZone: "Asia/Jakarta",
        })}
      </td>
      <td title={row.actorEmail ?? undefined}>{row.actorName ?? <span className="muted">{ta("system")}</span>}</td>
      <td>
        <code>{row.type}</code>
      </td>
      <td>{t(key, shown)}</td>
    </tr>
  );
}
