import { getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { FootageRequestList } from "@/components/cameras/footage-request-list";
import { RecentEvents } from "@/components/realtime/recent-events";
import { IncidentRecords } from "@/components/supervisor/incident-records";
import { LiveFloor } from "@/components/supervisor/live-floor";
import { getDb } from "@/db";
import { assignmentsOfOpenIncidents } from "@/db/queries/assignments";
import { listCalls, toCallView } from "@/db/queries/calls";
import { listIncidentViews, recentIncidentViews } from "@/db/queries/incidents";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { callTakerNames } from "@/db/queries/users";
import { requireScreen } from "@/lib/auth/session-user";
import { responseGroupings } from "@/lib/metrics/vocabulary";
import { rangeDays, supervisorViewSchema } from "@/lib/validations/supervisor-view";

import { FiguresSection } from "./figures-section";

export default async function SupervisorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireScreen("/supervisor");
  const t = await getTranslations("supervisor");
  const tf = await getTranslations("footage");
  const view = supervisorViewSchema.parse(await searchParams);
  const db = getDb();
  const to = new Date();
  const range = { from: new Date(to.getTime() - view.days * 86_400_000), to };
  const { seq, data: floor } = await readAtSeq(db, async (tx) => ({
    incidents: await listIncidentViews(tx, "open", user.id),
    assignments: await assignmentsOfOpenIncidents(tx, user.id),
    calls: [...(await listCalls(tx, "active", user.id)), ...(await listCalls(tx, "callback", user.id))].map(toCallView),
  }));
  const [names, recent] = await Promise.all([callTakerNames(db), recentIncidentViews(db, 15)]);
  return (
    <main className="page wide">
      <h1>{t("title")}</h1>
      <LiveFloor initialFloor={floor} sinceSeq={seq} callTakerNames={names} />
      <section className="panel">
        <h2>{tf("title")}</h2>
        <FootageRequestList role="supervisor" sinceSeq={seq} />
      </section>
      <form className="filters panel" method="get" data-testid="filters">
        <label>
          {t("range")}{" "}
          <select name="days" defaultValue={String(view.days)}>
            {rangeDays.map((d) => (
              <option key={d} value={d}>
                {t("lastDays", { days: d })}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("groupByLabel")}{" "}
          <select name="groupBy" defaultValue={view.groupBy}>
            {responseGroupings.map((g) => (
              <option key={g} value={g}>
                {t(`groupBy.${g}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit">{t("apply")}</button>
      </form>
      <Suspense
        fallback={
          <p className="panel muted" data-testid="figures-loading">
            {t("figuresLoading")}
          </p>
        }
      >
        <FiguresSection {...range} groupBy={view.groupBy} />
      </Suspense>
      <IncidentRecords incidents={recent} />
      <RecentEvents />
    </main>
  );
}
