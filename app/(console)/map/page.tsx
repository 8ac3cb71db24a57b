import { JakartaMap } from "@/components/map/jakarta-map";
import { getDb } from "@/db";
import { assignmentsOfOpenIncidents } from "@/db/queries/assignments";
import { listIncidentViews } from "@/db/queries/incidents";
import { readAtSeq } from "@/db/queries/read-at-seq";
import { requireScreen } from "@/lib/auth/session-user";
import { env } from "@/lib/env";

export default async function MapPage() {
  const user = await requireScreen("/map");
  const { seq, data } = await readAtSeq(getDb(), async (tx) => ({
    incidents: await listIncidentViews(tx, "open", user.id),
    assignments: await assignmentsOfOpenIncidents(tx, user.id),
  }));
  return (
    <main className="full">
      <JakartaMap
        mapboxToken={env.MAPBOX_TOKEN ?? null}
        initialBoard={{ ...data, calls: [], escalations: [], recommendations: {} }}
        sinceSeq={seq}
      />
    </main>
  );
}
