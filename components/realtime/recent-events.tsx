"use client";
import { useTranslations } from "next-intl";
import { useLive } from "./socket-provider";

/** The newest committed events this console has applied, newest first. */
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
            <li key={e.seq}>#{e.seq} {new Date(e.at).toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta" })} {e.type} {JSON.stringify(e.payload)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
