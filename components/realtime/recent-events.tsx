"use client";
import { useFormatter, useTranslations } from "next-intl";

import { describeEvent } from "@/lib/realtime/describe-event";
import type { LoggedEvent } from "@/lib/realtime/events";

import { useLive } from "./socket-provider";

/** The newest committed events this console has applied, newest first, as sentences. */
export function RecentEvents() {
  const t = useTranslations("live");
  const { recent } = useLive();
  return (
    <div className="panel">
      <h3>{t("recent")}</h3>
      {recent.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="event-list" data-testid="recent-events">
          {recent.map((e) => (
            <EventLine key={e.seq} event={e} />
          ))}
        </ul>
      )}
    </div>
  );
}

export function EventLine({ event }: { event: LoggedEvent }) {
  const t = useTranslations("events");
  const tc = useTranslations("classifications");
  const ts = useTranslations("callStatus");
  const tt = useTranslations("incidentTypes");
  const format = useFormatter();
  const { key, values } = describeEvent(event);
  // Codes inside the values are shown in the user's language too.
  const shown = {
    ...values,
    ...(values.classification ? { classification: tc(values.classification) } : {}),
    ...(values.callStatus ? { callStatus: ts(values.callStatus) } : {}),
    ...(values.incidentType ? { incidentType: tt(values.incidentType) } : {}),
  };
  return (
    <li data-event-type={event.type}>
      <span className="muted">
        #{event.seq} {format.dateTime(new Date(event.at), { timeStyle: "medium" })}
      </span>{" "}
      {t(key, shown)}
    </li>
  );
}
