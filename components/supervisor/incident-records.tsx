import { useFormatter, useTranslations } from "next-intl";

import type { IncidentView } from "@/lib/incidents/incident-view";
import { recordPath } from "@/lib/incidents/record-access";

/** The newest incidents, each a link to its whole record. */
export function IncidentRecords({ incidents }: { incidents: readonly IncidentView[] }) {
  const t = useTranslations("record");
  const tt = useTranslations("incidentTypes");
  const ts = useTranslations("dispatch.incidentStatus");
  const format = useFormatter();
  return (
    <section className="panel" data-testid="incident-records">
      <h2>{t("recentTitle")}</h2>
      {incidents.length === 0 ? (
        <p className="muted">{t("recentNone")}</p>
      ) : (
        <table className="grid compact">
          <thead>
            <tr>
              <th>{t("recentColumns.number")}</th>
              <th>{t("recentColumns.type")}</th>
              <th>{t("recentColumns.status")}</th>
              <th>{t("recentColumns.createdAt")}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id} data-incident={i.number}>
                <td className="mono">
                  <a href={recordPath(i.id)}>{i.number}</a>
                </td>
                <td>
                  {i.priority} {tt(i.type)}
                </td>
                <td>{ts(i.status)}</td>
                <td>{format.dateTime(new Date(i.createdAt), { dateStyle: "short", timeStyle: "short" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
