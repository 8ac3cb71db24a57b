import { getTranslations } from "next-intl/server";

import { PolsekClient } from "@/components/polsek/polsek-client";
import { getDb } from "@/db";
import { jobsOfStation } from "@/db/queries/assignments";
import { incidentViewsByIds } from "@/db/queries/incidents";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { getStation } from "@/db/queries/stations";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

/** Jobs finished this long ago still show, so that the shift sees what it did. */
const DONE_HOURS = 12;

export default async function PolsekPage({ searchParams }: { searchParams: Promise<{ assignment?: string }> }) {
  const user = await requireScreen("/polsek");
  const db = getDb();
  const station = user.stationId ? await getStation(db, user.stationId) : null;
  if (!station) {
    const t = await getTranslations("polsek");
    return (
      <main className="page">
        <p className="notice" data-testid="no-station">
          {t("noStation")}
        </p>
      </main>
    );
  }
  const { seq, data } = await readAtSeq(db, async (tx) => {
    const jobs = await jobsOfStation(tx, station.id, DONE_HOURS);
    return { jobs, incidents: await incidentViewsByIds(tx, [...new Set(jobs.map((j) => j.incidentId))]) };
  });
  const wanted = Number((await searchParams).assignment);
  return (
    <main className="full">
      <PolsekClient
        station={{ name: station.name, code: station.code }}
        initialJobs={data.jobs}
        initialIncidents={data.incidents}
        initialSelected={Number.isSafeInteger(wanted) ? wanted : null}
        sinceSeq={seq}
        mapboxToken={env.MAPBOX_TOKEN ?? null}
      />
    </main>
  );
}
